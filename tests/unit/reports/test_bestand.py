"""Writing documents: atomic, and clear Dutch messages for targets that cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.reports.bestand import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    write_atomic(b"%PDF-1 oud", target)
    write_atomic(b"%PDF-1 nieuw", target)
    assert target.read_bytes() == b"%PDF-1 nieuw"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("a?b.pdf", "tekens die niet mogen"),
        ("regel\nnieuw.pdf", "tekens die niet mogen"),
        ("x" * 300 + ".pdf", "te lang"),
        ("CON.pdf", "kan niet als bestandsnaam"),
    ],
)
def test_hostile_names_are_refused(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(SamenLerenError, match=message):
        write_atomic(b"data", tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_a_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(SamenLerenError, match="bestaat niet"):
        write_atomic(b"data", tmp_path / "nergens" / "x.pdf")
    with pytest.raises(SamenLerenError, match="is een map"):
        write_atomic(b"data", tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    target = folder / "plan.pdf"
    target.write_bytes(b"oud")
    folder.chmod(0o500)
    try:
        with pytest.raises(SamenLerenError, match="Kan niet schrijven"):
            write_atomic(b"nieuw", target)
        assert target.read_bytes() == b"oud"
    finally:
        folder.chmod(0o700)


def test_a_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"oud")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "Geen ruimte meer op de schijf")

    monkeypatch.setattr(os, "replace", disk_full)  # the OS fails, not our code
    with pytest.raises(SamenLerenError, match="Geen ruimte meer"):
        write_atomic(b"nieuw", target)
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
