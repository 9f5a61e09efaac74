"""The organisation's content (goals, informatiemap, questionnaires) published from the server.

An admin publishes a content folder or a zip of one (`samenleren-server admin publish-content`).
It is checked with the desktop's own validator, and a questionnaire version once published may
never change or disappear: saved answers refer to it. Each publication gets the next version
number of its organisation; laptops fetch the newest one during sync (`/sync/v1/content`).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from samenleren_desktop.model.content.problems import Problem
from samenleren_desktop.sync.content import MAX_BUNDLE_BYTES, bundle_problems
from samenleren_desktop.sync.protocol import ContentResponse
from samenleren_server import db
from samenleren_server.accounts import AdminError, now
from samenleren_server.db import Database

_QUESTIONNAIRE_PREFIX = "questionnaires/"


def read_bundle(path: Path) -> tuple[dict[str, Any], list[Problem]]:
    """The JSON files of a content folder or zip as a bundle, and the files that do not parse."""
    if path.is_dir():
        raw = {
            file.relative_to(path).as_posix(): file.read_bytes()
            for file in sorted(path.rglob("*.json"))
            if file.is_file() and not _hidden(file.relative_to(path).as_posix())
        }
    elif zipfile.is_zipfile(path):
        raw = _zip_files(path)
    else:
        raise AdminError(f"{path} is geen map met inhoud en geen zip-bestand.")
    if sum(len(data) for data in raw.values()) > MAX_BUNDLE_BYTES:
        raise AdminError("De inhoud is te groot (meer dan 20 MB).")
    files: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, data in raw.items():
        try:
            files[name] = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            problems.append(Problem(name, "", "het bestand is geen UTF-8-tekst"))
        except json.JSONDecodeError as error:
            where = f"regel {error.lineno}, kolom {error.colno}"
            problems.append(Problem(name, where, f"ongeldige JSON: {error.msg}"))
    return files, problems


def _hidden(name: str) -> bool:
    """Files a zip tool or file manager adds (`__MACOSX/`, `.DS_Store`, `._x.json`)."""
    return any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(name).parts)


def _zip_files(path: Path) -> dict[str, bytes]:
    """The .json entries of a zip, relative to the folder that holds doelen.json."""
    with zipfile.ZipFile(path) as archive:
        entries = [
            info
            for info in archive.infolist()
            if not info.is_dir() and info.filename.endswith(".json") and not _hidden(info.filename)
        ]
        if sum(info.file_size for info in entries) > MAX_BUNDLE_BYTES:
            raise AdminError("De inhoud is te groot (meer dan 20 MB).")
        names = [info.filename for info in entries]
        roots = [
            name[: -len("doelen.json")]
            for name in names
            if name == "doelen.json" or name.endswith("/doelen.json")
        ]
        root = min(roots, key=len) if roots else ""
        return {
            name[len(root) :]: archive.read(name)
            for name in names
            if name.startswith(root) and ".." not in PurePosixPath(name).parts
        }


def _digest(files: dict[str, Any]) -> str:
    canonical = json.dumps(files, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _latest(conn: Connection, org_id: int, with_files: bool = False) -> Any:
    c = db.content_bundle
    columns = [c.c.version, c.c.published_at, c.c.digest] + ([c.c.files] if with_files else [])
    query = sa.select(*columns).where(c.c.org_id == org_id).order_by(c.c.version.desc())
    return conn.execute(query.limit(1)).first()


def changed_versions(previous: dict[str, Any], files: dict[str, Any]) -> list[Problem]:
    """Published questionnaire versions that the new bundle changes or leaves out."""
    return [
        Problem(
            name,
            "",
            "deze vragenlijstversie is al gepubliceerd en mag niet veranderen of verdwijnen; "
            "maak een nieuwe versie",
        )
        for name, doc in sorted(previous.items())
        if name.startswith(_QUESTIONNAIRE_PREFIX) and files.get(name) != doc
    ]


def publish(database: Database, org: str, files: dict[str, Any], user: str = "") -> int:
    """Check a bundle and publish it as the organisation's next content version; the version.

    Raises AdminError listing every problem; then nothing is published.
    """
    problems = bundle_problems(files)
    with database.writer.begin() as conn:
        o = db.organisation
        org_id = conn.execute(sa.select(o.c.id).where(o.c.name == org)).scalar()
        if org_id is None:
            raise AdminError(f"De organisatie {org!r} bestaat niet.")
        latest = _latest(conn, org_id, with_files=True)
        if latest is not None:
            problems += changed_versions(latest.files, files)
        if problems:
            raise problem_list(problems)
        digest = _digest(files)
        if latest is not None and latest.digest == digest:
            raise AdminError(f"Deze inhoud is al gepubliceerd als versie {latest.version}.")
        version = (latest.version if latest is not None else 0) + 1
        conn.execute(
            sa.insert(db.content_bundle).values(
                org_id=org_id,
                version=version,
                files=files,
                digest=digest,
                published_at=now(),
                published_by=user[:100],
            )
        )
    return int(version)


def problem_list(problems: list[Problem]) -> AdminError:
    """Every problem on its own line, under one sentence saying nothing was published."""
    count = len(problems)
    noun = "probleem" if count == 1 else "problemen"
    lines = "\n".join(f"  {problem}" for problem in problems)
    return AdminError(f"De inhoud klopt niet ({count} {noun}); er is niets gepubliceerd.\n{lines}")


def content_for(database: Database, org_id: int, since: int) -> ContentResponse:
    """The organisation's newest content; the files only when the laptop has another version."""
    with database.engine.connect() as conn:
        latest = _latest(conn, org_id)
        if latest is None:
            return ContentResponse(version=0)
        answer = ContentResponse(version=latest.version, published_at=latest.published_at)
        if since != latest.version:
            c = db.content_bundle
            query = sa.select(c.c.files).where(c.c.org_id == org_id, c.c.version == latest.version)
            answer.files = conn.execute(query).scalar_one()
    return answer
