"""Content published on the server reaches the laptops and is used; bad content never does."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from samenleren_desktop.model.content import clear_content_cache, load_content
from samenleren_desktop.model.paths import content_dir
from samenleren_desktop.sync import content
from samenleren_desktop.sync.client import SyncClient
from samenleren_server import db
from samenleren_server.cli import main as server_main
from tests.server.live import LiveServer
from tests.sync.laptops import FaultyTransport, Laptop

INTAKE = "questionnaires/intake_ouder"


@pytest.fixture
def laptop(server: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    server.user("Noord", "begeleider", "sanne")
    laptop = Laptop(tmp_path / "sanne", "sanne")
    try:
        laptop.enrol(server)
        yield laptop
    finally:
        laptop.close()


def _folder(tmp_path: Path, name: str = "inhoud") -> Path:
    """A copy of the shipped content to change."""
    target = tmp_path / name
    shutil.copytree(content_dir(), target)
    return target


def _change(folder: Path, relative: str, change: Any) -> None:
    path = folder / relative
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _rename_goal(doc: dict[str, Any]) -> None:
    doc["doelen"][0]["kort"] = "Leerhouding (Noord)"


def _publish(server: LiveServer, path: Path) -> int:
    args = ["--database", server.database_url, "publish-content", "--org", "Noord"]
    return server_main(["admin", *args, "--file", str(path)])


def _published(server: LiveServer) -> list[int]:
    with server.db.engine.connect() as conn:
        query = sa.select(db.content_bundle.c.version).order_by(db.content_bundle.c.version)
        return list(conn.execute(query).scalars())


def test_published_content_reaches_the_laptop_and_is_used(
    server: LiveServer, laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = laptop.service.sync()
    assert first.ok
    assert first.content_version == 0  # nothing published: the shipped content
    assert content.workspace_content(laptop.workspace) == load_content()
    folder = _folder(tmp_path)
    _change(folder, "doelen.json", _rename_goal)
    assert _publish(server, folder) == 0
    assert "versie 1" in capsys.readouterr().out
    result = laptop.service.sync()
    assert result.ok
    assert result.content_version == 1
    assert "Nieuwe inhoud ontvangen (versie 1)" in result.message
    used = content.workspace_content(laptop.workspace)
    assert used.goal(1).short_name == "Leerhouding (Noord)"
    assert used.questionnaire_versions("intake_ouder") == (1, 2)
    watch = FaultyTransport()
    laptop.service.transport = watch
    assert laptop.service.sync().content_version == 0  # up to date: nothing sent again
    paths = [path for path, _ in watch.requests]
    assert paths[0] == "/sync/v1/pull"  # the pull tells the content version ...
    assert "/sync/v1/content" not in paths  # ... so the content is not asked for again
    watch.close()
    client = SyncClient(server.url, laptop.service.credentials.get("sync-token"))
    try:
        assert client.content(1).files is None
        assert client.content(0).files is not None
    finally:
        client.close()
    assert _publish(server, folder) == 1  # the same content again: no new version
    assert "al gepubliceerd als versie 1" in capsys.readouterr().err


def test_bad_content_is_refused_with_every_problem_and_nothing_published(
    server: LiveServer, laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    _change(folder, "informatiemap.json", lambda doc: doc["activiteiten"][0].update(doelen=[99]))
    (folder / INTAKE / "v2.json").write_text("{ kapot", encoding="utf-8")
    assert _publish(server, folder) == 1
    err = capsys.readouterr().err
    assert "er is niets gepubliceerd" in err
    assert f"{INTAKE}/v2.json: regel 1, kolom 3: ongeldige JSON" in err
    (folder / INTAKE / "v2.json").write_text("{}", encoding="utf-8")
    assert _publish(server, folder) == 1
    err = capsys.readouterr().err
    assert "informatiemap.json: activiteiten[0]" in err
    assert f"{INTAKE}/v2.json" in err
    assert _published(server) == []
    assert _publish(server, tmp_path / "bestaat-niet") == 1
    assert "geen map met inhoud en geen zip-bestand" in capsys.readouterr().err
    assert laptop.service.sync().content_version == 0


def test_a_published_questionnaire_version_never_changes(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.user("Noord", "admin", "beheer")
    folder = _folder(tmp_path)
    assert _publish(server, folder) == 0
    _change(folder, f"{INTAKE}/v1.json", lambda doc: doc.update(title="Anders"))
    assert _publish(server, folder) == 1
    assert "al gepubliceerd en mag niet veranderen" in capsys.readouterr().err
    shutil.copy(content_dir() / INTAKE / "v1.json", folder / INTAKE / "v1.json")
    (folder / INTAKE / "v2.json").unlink()
    assert _publish(server, folder) == 1  # a version may not disappear either
    capsys.readouterr()
    shutil.copy(content_dir() / INTAKE / "v2.json", folder / INTAKE / "v2.json")
    _change(folder, "doelen.json", _rename_goal)
    archive = tmp_path / "inhoud.zip"  # a zip with the folder inside works too
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(folder.rglob("*")):
            zipped.write(path, Path("inhoud") / path.relative_to(folder))
        zipped.writestr("__MACOSX/inhoud/._doelen.json", b"\x00\x05")
    assert _publish(server, archive) == 0
    assert "versie 2" in capsys.readouterr().out
    assert _published(server) == [1, 2]


def test_content_this_program_cannot_use_is_not_stored(
    server: LiveServer, laptop: Laptop, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    _change(folder, "doelen.json", _rename_goal)
    assert _publish(server, folder) == 0
    assert laptop.service.sync().content_version == 1
    bad = content_dir() / "doelen.json"
    files = {"doelen.json": json.loads(bad.read_text(encoding="utf-8")), "extra.json": {}}
    with server.db.writer.begin() as conn:  # e.g. made by a newer server with a newer validator
        conn.execute(
            sa.insert(db.content_bundle).values(
                org_id=1,
                version=2,
                files=files,
                digest="x",
                published_at=sa.func.now(),
                published_by="",
            )
        )
    result = laptop.service.sync()
    assert result.ok
    assert result.content_version == 0
    assert "niet in gebruik genomen" in result.message
    assert content.workspace_content(laptop.workspace).goal(1).short_name == "Leerhouding (Noord)"


def test_broken_stored_content_falls_back_to_the_shipped_content(
    laptop: Laptop, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    _change(folder, "doelen.json", _rename_goal)
    shutil.rmtree(folder / "questionnaires" / "nazorg")
    shutil.rmtree(folder / INTAKE)
    files = {
        path.relative_to(folder).as_posix(): json.loads(path.read_text(encoding="utf-8"))
        for path in folder.rglob("*.json")
    }
    content.store_content(laptop.workspace, 7, files, "epoch")
    used = content.workspace_content(laptop.workspace)
    assert used.goal(1).short_name == "Leerhouding (Noord)"
    assert used.questionnaire_versions("intake_ouder") == (1, 2)  # from the shipped content
    assert used.questionnaire_versions("nazorg") == (1,)
    assert content.stored_version(laptop.workspace, "epoch") == 7
    assert content.stored_version(laptop.workspace, "another server") == 0
    stored = laptop.workspace.folder / content.FOLDER / "v7" / "doelen.json"
    stored.write_text("[]", encoding="utf-8")
    clear_content_cache()
    assert content.workspace_content(laptop.workspace) == load_content()
    with pytest.raises(content.ContentRejected, match="versie 8"):
        content.store_content(laptop.workspace, 8, {"doelen.json": {}}, "epoch")
    assert content.stored_version(laptop.workspace, "epoch") == 7
