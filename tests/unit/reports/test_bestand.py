"""Writing documents: atomic, and clear Dutch messages for targets that cannot be written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.reports.bestand import oorzaak, write_atomic


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
        raise OSError(errno.ENOSPC, "No space left on device")  # what the OS says, in English

    monkeypatch.setattr(os, "replace", disk_full)  # the OS fails, not our code
    with pytest.raises(SamenLerenError, match="De schijf is vol") as caught:
        write_atomic(b"nieuw", target)
    assert "No space" not in str(caught.value)
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


@pytest.mark.parametrize(
    ("code", "english", "dutch"),
    [
        (errno.EACCES, "Permission denied", "U mag daar niet schrijven"),
        (errno.EPERM, "Operation not permitted", "U mag daar niet schrijven"),
        (errno.EROFS, "Read-only file system", "alleen-lezen"),
        (errno.ENOSPC, "No space left on device", "De schijf is vol"),
        (errno.ENOENT, "No such file or directory", "bestaat niet"),
        (errno.ENOTDIR, "Not a directory", "is een bestand, geen map"),
        (errno.EISDIR, "Is a directory", "al een map met die naam"),
        (errno.ENAMETOOLONG, "File name too long", "te lang"),
    ],
)
def test_os_errors_are_told_in_plain_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, english: str, dutch: str
) -> None:
    assert dutch in oorzaak(OSError(code, english))

    def fails(*args: object, **kwargs: object) -> None:
        raise OSError(code, english)

    monkeypatch.setattr("tempfile.mkstemp", fails)
    with pytest.raises(SamenLerenError, match=dutch) as caught:
        write_atomic(b"data", tmp_path / "plan.pdf")
    assert english not in str(caught.value)


def test_an_unknown_os_error_still_gets_a_dutch_sentence() -> None:
    assert "fout 5" in oorzaak(OSError(5, "Input/output error"))


def test_a_path_through_a_file_is_said_plainly(tmp_path: Path) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text("tekst", encoding="utf-8")
    with pytest.raises(SamenLerenError, match=r"brief\.txt is een bestand, geen map"):
        write_atomic(b"data", brief / "map" / "plan.pdf")
