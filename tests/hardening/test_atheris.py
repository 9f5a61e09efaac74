"""Coverage-guided fuzzing with atheris of the parsers that take bytes (`atheris_targets.py`).

Each target runs in its own process with a seed corpus made from real files, a bounded number
of runs and a fixed seed (`fuzzing.py`: SAMENLEREN_FUZZ_RUNS, SAMENLEREN_FUZZ_SEED), so a crash
is reported with the input that caused it. atheris has wheels for Linux on x86-64 only; elsewhere
these tests are skipped (hypothesis covers the same parsers in the other hardening tests).
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from samenleren_desktop.model.paths import content_dir
from samenleren_desktop.model.store.workspace import KEY_NAME, Workspace
from samenleren_desktop.sync.protocol import Change, PushRequest
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.hardening.fuzzing import ATHERIS_RUNS, SEED

pytest.importorskip("atheris", reason="atheris installs on Linux x86-64 only")

ROOT = Path(__file__).resolve().parents[2]
CONTENT_SHARE = 10
"""The content target checks a whole folder per input (~15 ms): it gets a tenth of the runs."""


def _keyfile_seeds(base: Path) -> list[bytes]:
    with Workspace.create(base / "werkruimte", PASSPHRASE, FAST_KDF) as workspace:
        folder = workspace.folder
    return [
        (folder / KEY_NAME).read_bytes(),
        b'{"format": "samenleren-workspace-key", "version": 1}',
    ]


def _content_seeds(_base: Path) -> list[bytes]:
    """The first byte picks the file (as in `atheris_targets.CONTENT_FILES`), then its bytes."""
    folder = content_dir()
    files = sorted(str(path.relative_to(folder)) for path in folder.rglob("*.json"))
    return [bytes([index]) + (folder / name).read_bytes() for index, name in enumerate(files)]


def _change(table: str, op: str = "create", **fields: object) -> Change:
    gezin = str(uuid.UUID(int=1))
    return Change(
        change_id=str(uuid.uuid4()),
        table=table,
        record_id=str(uuid.uuid4()),
        gezin_id=gezin,
        op=op,  # type: ignore[arg-type]
        base_version=0 if op == "create" else 3,
        fields=fields if table == "gezin" else {"gezin_id": gezin, **fields},
        client_time=datetime(2026, 11, 2, 9, 30),
    )


def _push_seeds(_base: Path) -> list[bytes]:
    traject = str(uuid.UUID(int=2))
    changes = [
        _change("kind", voornaam="Noor", groep=2, geboortedatum=str(date(2022, 3, 1))),
        _change("traject", aanmeld_datum="2026-09-01", overgeslagen={"intake": "al bekend"}),
        _change("contactmoment", "update", traject_id=traject, datum="2026-09-08", doelen=[1]),
        _change("toestemming", "update", handtekening="89504e47", gegeven_op="2026-09-08"),
        _change("gezin", "update", naam="Gezin Bakker", plaats="Zwolle"),
    ]
    return [
        PushRequest(changes=changes).model_dump_json().encode(),
        PushRequest(changes=changes[:1]).model_dump_json().encode(),
    ]


def _answer_seeds(_base: Path) -> list[bytes]:
    """The first byte picks the call (as in `atheris_targets.ANSWER_CALLS`), then the body."""
    return [bytes([index]) + b'{"results": [], "changes": []}' for index in range(5)]


def _fuzz(target: str, corpus: Path, runs: int) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "tests.hardening.atheris_targets",
        target,
        str(corpus),
        f"-runs={runs}",
        f"-seed={SEED}",
        "-timeout=20",  # one input taking longer is reported as a hang
        f"-artifact_prefix={corpus.parent}/",
    ]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


SEEDS: dict[str, Callable[[Path], list[bytes]]] = {
    "keyfile": _keyfile_seeds,
    "content": _content_seeds,
    "push": _push_seeds,
    "answers": _answer_seeds,
}


@pytest.mark.parametrize(
    "target",
    [
        "keyfile",
        "content",
        "push",
        "answers",
    ],
)
def test_the_parser_survives_coverage_guided_fuzzing(target: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index, seed in enumerate(SEEDS[target](tmp_path)):
        (corpus / f"seed-{index}").write_bytes(seed)
    runs = max(ATHERIS_RUNS // CONTENT_SHARE, 1) if target == "content" else ATHERIS_RUNS
    result = _fuzz(target, corpus, runs)
    report = "\n".join(result.stderr.splitlines()[-40:])
    assert result.returncode == 0, f"atheris found a crash in {target}:\n{report}"
    assert f"Done {runs} runs" in result.stderr, report
