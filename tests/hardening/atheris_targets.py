"""Coverage-guided fuzz targets (atheris) for the parsers that take bytes.

Run by `test_atheris.py` in a subprocess, one target at a time, so a crash is reported and
cannot take pytest down with it:

    python -m tests.hardening.atheris_targets keyfile CORPUS_DIR -runs=2000 -seed=20261204

Each target says what must hold for any input; anything else raised is a crash:

- keyfile: `keyfile.read_key_file` reads a key file or gives one Dutch WorkspaceError;
- content: `check_content` lists problems for a content folder with one file replaced (the
  first byte picks which), never raises, and content without problems loads;
- push: what a laptop pushes (`PushRequest` JSON) is refused by pydantic or, per change,
  checked by `field_problem` without raising; what it lets through converts on every laptop
  (`from_json`), or a pull would stop there;
- answers: what the laptop does with a server answer (200, any body; the first byte picks the
  call): a model, or a SyncError in Dutch.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["samenleren_desktop"]):
    import httpx
    import pydantic

    import samenleren_desktop.model.entities  # noqa: F401 - registers the synced tables
    from samenleren_desktop.model.content import clear_content_cache, load_content
    from samenleren_desktop.model.content.check import check_content
    from samenleren_desktop.model.errors import SamenLerenError, WorkspaceError
    from samenleren_desktop.model.paths import content_dir
    from samenleren_desktop.model.store import keyfile
    from samenleren_desktop.sync.connection import SyncClient, SyncError
    from samenleren_desktop.sync.protocol import PushRequest
    from samenleren_desktop.sync.values import field_problem, from_json, synced_tables

CONTENT_FILES = sorted(str(p.relative_to(content_dir())) for p in content_dir().rglob("*.json"))
"""The shipped content files; a content input's first byte picks one (modulo their number)."""
ANSWER_CALLS = ("login", "push", "pull", "retire", "content")
"""The laptop's calls an answer input goes to; its first byte picks one."""

_work = Path(tempfile.mkdtemp(prefix="samenleren-atheris-"))


def _dutch(error: SamenLerenError) -> None:
    """A known problem: one sentence, no traceback text in it."""
    assert error.message.endswith("."), error.message
    assert "Traceback" not in error.message, error.message


def keyfile_input(data: bytes) -> None:
    path = _work / "werkruimte.key"
    path.write_bytes(data)
    try:
        keyfile.read_key_file(path)
    except WorkspaceError as error:
        _dutch(error)


def _content_folder() -> Path:
    folder = _work / "inhoud"
    if not folder.exists():
        for name in CONTENT_FILES:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes((content_dir() / name).read_bytes())
    return folder


def content_input(data: bytes) -> None:
    if not data:
        return
    folder = _content_folder()
    name = CONTENT_FILES[data[0] % len(CONTENT_FILES)]
    (folder / name).write_bytes(data[1:])
    try:
        problems = check_content(folder).problems
        assert all(str(problem) for problem in problems)
        if not problems:
            clear_content_cache()
            load_content(folder)
    finally:
        (folder / name).write_bytes((content_dir() / name).read_bytes())


def push_input(data: bytes) -> None:
    try:
        request = PushRequest.model_validate_json(data)
    except pydantic.ValidationError:
        return
    for change in request.changes:
        if change.table not in synced_tables():
            continue
        problem = field_problem(change.table, change.fields)
        if problem is None:
            from_json(change.table, change.fields)
        else:
            assert problem.endswith("."), problem


def answers_input(data: bytes) -> None:
    if not data:
        return
    body = data[1:]
    transport = httpx.MockTransport(lambda _request: httpx.Response(200, content=body))
    client = SyncClient("http://127.0.0.1:9", "token", transport)
    calls: dict[str, Callable[[], object]] = {
        "login": lambda: client.login("sanne", "wachtwoord", "laptop"),
        "push": lambda: client.push([]),
        "pull": lambda: client.pull(0, 100),
        "retire": lambda: client.retire([]),
        "content": lambda: client.content(0),
    }
    try:
        calls[ANSWER_CALLS[data[0] % len(ANSWER_CALLS)]]()
    except SyncError as error:
        _dutch(error)
    finally:
        client.close()


TARGETS: dict[str, Callable[[bytes], None]] = {
    "keyfile": keyfile_input,
    "content": content_input,
    "push": push_input,
    "answers": answers_input,
}


def main(argv: list[str]) -> None:
    """`atheris_targets TARGET [libFuzzer arguments and corpus folders]`."""
    target = TARGETS[argv[1]]
    atheris.Setup([argv[0], *argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
