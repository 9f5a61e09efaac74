"""Content from the server: a checked bundle of content files, stored in the workspace.

A content bundle maps the relative paths of a content folder (docs/content.md) to their JSON:
`{"doelen.json": {...}, "informatiemap.json": {...}, "questionnaires/intake_ouder/v1.json": ...}`.
The server checks a bundle with `bundle_problems` (the same `check_content` as
`samenleren content check`) before it publishes it; the laptop checks it again before it stores
it in the workspace folder:

    <workspace>/inhoud/v<version>/      the files of the stored version
    <workspace>/inhoud/huidig.json      which version is in use (replaced atomically)

`workspace_content(workspace)` is the content the program uses: the stored content when there
is one and it is in order, plus every questionnaire version that only the shipped content has
(so every saved answer can still be shown); otherwise the shipped content.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from samenleren_desktop.model.content import Content, clear_content_cache, load_content
from samenleren_desktop.model.content.check import check_content
from samenleren_desktop.model.content.problems import Problem
from samenleren_desktop.model.errors import SamenLerenError, ValidationError
from samenleren_desktop.model.store.workspace import Workspace

FOLDER = "inhoud"
POINTER = "huidig.json"
MAX_BUNDLE_BYTES = 20_000_000
_NAME = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}"
BUNDLE_PATH = re.compile(
    rf"^(?:doelen\.json|informatiemap\.json|questionnaires/{_NAME}/{_NAME}\.json)$"
)
_log = logging.getLogger(__name__)


class ContentRejected(SamenLerenError):
    """Content that cannot be used; `message` says why in Dutch, `problems` lists each."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def bundle_problems(files: dict[str, Any]) -> list[Problem]:
    """Everything wrong with a bundle: unknown paths, then what `check_content` finds."""
    problems = [
        Problem(path, "", "onbekend bestand in de inhoud")
        for path in sorted(files)
        if not BUNDLE_PATH.match(path)
    ]
    if problems:
        return problems
    with tempfile.TemporaryDirectory(prefix="samenleren-inhoud-") as tmp:
        write_bundle(Path(tmp), files)
        return check_content(Path(tmp)).problems


def write_bundle(folder: Path, files: dict[str, Any]) -> None:
    """Write the files of a bundle (paths already checked against `BUNDLE_PATH`)."""
    for path, doc in files.items():
        if not BUNDLE_PATH.match(path):
            raise ContentRejected(f"Onbekend bestand in de inhoud: {path}.")
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        # ASCII with \u escapes: text that cannot be UTF-8 (a lone surrogate) is still written,
        # and then named by check_content instead of failing here.
        target.write_text(json.dumps(doc, ensure_ascii=True, indent=1), encoding="utf-8")


def rejection(problems: list[Problem], what: str = "De inhoud") -> ContentRejected:
    """One Dutch sentence naming the first problem (and how many more)."""
    more = len(problems) - 1
    extra = f" (en nog {more} andere problemen)" if more > 0 else ""
    return ContentRejected(f"{what} klopt niet: {problems[0]}{extra}.", problems)


def _pointer(workspace: Workspace) -> dict[str, Any] | None:
    """What `huidig.json` says, or None when there is no (readable) stored content."""
    try:
        data = json.loads((workspace.folder / FOLDER / POINTER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def stored_version(workspace: Workspace, server_epoch: str) -> int:
    """The version of the stored content from this server database (0: none)."""
    pointer = _pointer(workspace)
    if pointer is None or pointer.get("server_epoch") != server_epoch:
        return 0
    version = pointer.get("version")
    return version if isinstance(version, int) else 0


def store_content(
    workspace: Workspace,
    version: int,
    files: dict[str, Any],
    server_epoch: str,
    published_at: datetime | None = None,
) -> None:
    """Check a bundle and make it the workspace's content; raises ContentRejected if wrong.

    The files go to a new folder first and `huidig.json` is replaced in one step, so a crash
    leaves either the old or the new content in use, never a mix.
    """
    problems = bundle_problems(files)
    if problems:
        raise rejection(problems, f"De inhoud van de server (versie {version})")
    base = workspace.folder / FOLDER
    base.mkdir(exist_ok=True)
    name = f"v{version}"
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=base))
    write_bundle(staging, files)
    target = base / name
    if target.exists():  # the same number from a replaced server database
        shutil.rmtree(target)
        clear_content_cache()
    staging.rename(target)
    pointer = {
        "version": version,
        "folder": name,
        "server_epoch": server_epoch,
        "published_at": published_at.isoformat() if published_at else None,
    }
    temporary = base / f".{POINTER}.tmp"
    temporary.write_text(json.dumps(pointer), encoding="utf-8")
    os.replace(temporary, base / POINTER)
    for old in base.iterdir():
        if old.is_dir() and old.name != name:
            shutil.rmtree(old, ignore_errors=True)


def workspace_content(workspace: Workspace) -> Content:
    """The content the program uses for this workspace (see the top of this module)."""
    shipped = load_content()
    pointer = _pointer(workspace)
    folder = pointer.get("folder") if pointer else None
    if not isinstance(folder, str) or not re.fullmatch(r"v[0-9]+", folder):
        return shipped
    try:
        stored = load_content(workspace.folder / FOLDER / folder)
    except ValidationError as exc:
        _log.warning("Stored content not used: %s", exc)
        return shipped
    return with_shipped_versions(stored, shipped)


def with_shipped_versions(stored: Content, shipped: Content) -> Content:
    """`stored`, plus the questionnaire versions that only `shipped` has (oldest first)."""
    questionnaires = dict(stored.questionnaires)
    for questionnaire_id, versions in shipped.questionnaires.items():
        have = questionnaires.get(questionnaire_id, ())
        numbers = {q.version for q in have}
        extra = tuple(q for q in versions if q.version not in numbers)
        if extra:
            merged = sorted((*have, *extra), key=lambda q: q.version)
            questionnaires[questionnaire_id] = tuple(merged)
    return dataclasses.replace(stored, questionnaires=questionnaires)
