"""The audit trail's hash chain: every change and access chained; tampering is detected."""

from __future__ import annotations

import itertools
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import AuditEntry, Gezin
from samenleren_desktop.model.entities.logboek import GENESIS_HASH
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services import audit
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.export import export_audited
from samenleren_desktop.model.services.gezinnen import NieuwGezin, NieuwKind, create_gezin
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

SANNE = Actor("sanne", "laptop-7")
AUDIT = AuditEntry.__table__  # type: ignore[attr-defined]


def _families(workspace: Workspace, *names: str) -> list[Gezin]:
    made = []
    for name in names:
        with record_changes(workspace, SANNE) as changes:
            gezin = create_gezin(changes, NieuwGezin(naam=name, plaats="Gouda"))
            changes.update(gezin, plaats="Delft")
            made.append(gezin)
    return made


def _entries(workspace: Workspace) -> list[AuditEntry]:
    with workspace.session() as session:
        return list(audit.audit_entries(session))


def _sql(workspace: Workspace, statement: str, **params: Any) -> None:
    with workspace.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def _hex(value: uuid.UUID) -> str:
    return value.hex  # how SQLite stores a Uuid column


def test_changes_are_chained_across_transactions(workspace: Workspace) -> None:
    _families(workspace, "Gezin Akkerman", "Gezin Bos")
    entries = _entries(workspace)
    assert [e.volgnummer for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].vorige_hash == GENESIS_HASH
    for before, after in itertools.pairwise(entries):
        assert after.vorige_hash == before.hash
    assert all(e.hash == e.compute_hash() and len(e.hash) == 64 for e in entries)
    assert audit.verify_chain(workspace) == audit.ChainReport(True, len(entries))


def test_the_hash_covers_no_personal_data_and_the_entry_holds_none(workspace: Workspace) -> None:
    _families(workspace, "Gezin Brandsma")
    for entry in _entries(workspace):
        text = entry.canonical().decode() + json.dumps(entry.model_dump(mode="json"))
        assert "Brandsma" not in text
        assert "Gouda" not in text
        assert "Delft" not in text


def test_a_failed_transaction_leaves_the_chain_whole(workspace: Workspace) -> None:
    _families(workspace, "Gezin Goed")

    def one_good_one_bad() -> None:
        with record_changes(workspace, SANNE) as changes:
            create_gezin(changes, NieuwGezin(naam="Gezin Ook"))
            create_gezin(changes, NieuwGezin(naam="Gezin Fout", kinderen=[NieuwKind("Tim", 7)]))

    with pytest.raises(ValidationError):
        one_good_one_bad()
    _families(workspace, "Gezin Daarna")
    assert audit.verify_chain(workspace).ok
    assert [e.volgnummer for e in _entries(workspace)] == list(range(1, 5))


def test_a_demo_workspace_verifies(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        fill_demo(session, 6, seed=4, today=date(2026, 11, 22))
    with workspace.session() as session:
        total = session.exec(select(sa.func.count()).select_from(AUDIT)).one()
    report = audit.verify_chain(workspace)
    assert report == audit.ChainReport(True, total)
    assert "in orde" in report.sentence


# --- tampering with raw SQL, as someone with the passphrase and a SQLite tool could ----------


@pytest.fixture
def chained(workspace: Workspace) -> Workspace:
    """A workspace with a chain of 6 entries."""
    _families(workspace, "Gezin Een", "Gezin Twee", "Gezin Drie")
    assert audit.verify_chain(workspace).entries == 6
    return workspace


def test_a_changed_field_is_detected(chained: Workspace) -> None:
    _sql(chained, "UPDATE audit_entry SET velden = '[]' WHERE volgnummer = 3")
    report = audit.verify_chain(chained)
    assert (report.ok, report.broken_at, report.reason) == (False, 3, "changed")
    assert "bij regel 3" in report.sentence
    assert "veranderd" in report.sentence


@pytest.mark.parametrize("column", ["gebruiker", "tijd", "actie", "gezin_id"])
def test_every_field_is_covered(chained: Workspace, column: str) -> None:
    other = {
        "gebruiker": "iemand-anders",
        "tijd": "2020-01-01 00:00:00.000000",
        "actie": "delete",
        "gezin_id": None,
    }[column]
    _sql(chained, f"UPDATE audit_entry SET {column} = :v WHERE volgnummer = 2", v=other)
    assert audit.verify_chain(chained).reason == "changed"


def test_a_removed_entry_is_detected(chained: Workspace) -> None:
    _sql(chained, "DELETE FROM audit_entry WHERE volgnummer = 4")
    report = audit.verify_chain(chained)
    assert (report.ok, report.broken_at, report.reason) == (False, 4, "removed")


def test_a_removed_entry_with_renumbering_is_detected(chained: Workspace) -> None:
    _sql(chained, "DELETE FROM audit_entry WHERE volgnummer = 2")
    for number in range(3, 7):
        _sql(
            chained, f"UPDATE audit_entry SET volgnummer = {number - 1} WHERE volgnummer = {number}"
        )
    report = audit.verify_chain(chained)
    assert (report.ok, report.broken_at, report.reason) == (False, 2, "removed")


def test_two_swapped_entries_are_detected(chained: Workspace) -> None:
    _sql(chained, "UPDATE audit_entry SET volgnummer = -1 WHERE volgnummer = 2")
    _sql(chained, "UPDATE audit_entry SET volgnummer = 2 WHERE volgnummer = 5")
    _sql(chained, "UPDATE audit_entry SET volgnummer = 5 WHERE volgnummer = -1")
    report = audit.verify_chain(chained)
    assert (report.ok, report.broken_at, report.reason) == (False, 2, "reordered")


def test_an_inserted_entry_is_detected(chained: Workspace) -> None:
    """A forged entry with a correct hash, room made for it by renumbering the rest."""
    entries = _entries(chained)
    for number in range(6, 3, -1):
        _sql(
            chained, f"UPDATE audit_entry SET volgnummer = {number + 1} WHERE volgnummer = {number}"
        )
    forged = AuditEntry(gebruiker="sanne", actie="delete", tabel="gezin", record_id=uuid.uuid4())
    forged.tijd = entries[2].tijd + timedelta(microseconds=1)
    audit.link(forged, audit.ChainHead(3, entries[2].hash))
    with chained.engine.begin() as conn:
        conn.execute(sa.insert(AUDIT).values(**forged.model_dump()))
    report = audit.verify_chain(chained)
    assert (report.ok, report.broken_at, report.reason) == (False, 4, "inserted")
    assert "tussengevoegd" in report.sentence


def test_an_inserted_first_entry_is_detected(chained: Workspace) -> None:
    for number in range(6, 0, -1):
        _sql(
            chained, f"UPDATE audit_entry SET volgnummer = {number + 1} WHERE volgnummer = {number}"
        )
    forged = AuditEntry(gebruiker="sanne", actie="create", tabel="gezin")
    audit.link(forged, audit.EMPTY_CHAIN)
    with chained.engine.begin() as conn:
        conn.execute(sa.insert(AUDIT).values(**forged.model_dump()))
    report = audit.verify_chain(chained)
    assert (report.broken_at, report.reason) == (1, "inserted")


# --- entries written outside Changes (sync writes its purges and conflict decisions so) -------


def test_an_entry_written_straight_to_the_table_is_chained_by_the_next_change(
    chained: Workspace,
) -> None:
    entry = AuditEntry(gebruiker="sanne", apparaat="sync", actie="purge", tabel="gezin")
    with chained.engine.begin() as conn:
        conn.execute(sa.insert(AUDIT).values(**entry.model_dump()))
    report = audit.verify_chain(chained)
    assert (report.ok, report.entries, report.pending) == (True, 6, 1)
    assert "buiten de keten" in report.sentence
    _families(chained, "Gezin Vier")
    report = audit.verify_chain(chained)
    assert (report.ok, report.entries, report.pending) == (True, 9, 0)
    assert _entries(chained)[6].actie == "purge"


# --- reads, exports, searches, unlocks -------------------------------------------------------


def test_log_access_is_chained_and_names_the_family_only(workspace: Workspace) -> None:
    [gezin] = _families(workspace, "Gezin Akkerman")
    audit.log_access(workspace, SANNE, "read", gezin.id)
    audit.log_access(workspace, SANNE, "search", velden=["naam", "plaats"])
    audit.log_access(workspace, SANNE, "unlock")
    read, search, unlock = _entries(workspace)[2:]
    assert (read.actie, read.tabel, read.record_id, read.gezin_id) == (
        "read",
        "gezin",
        gezin.id,
        gezin.id,
    )
    assert (search.actie, search.gezin_id, search.velden) == ("search", None, ["naam", "plaats"])
    assert (unlock.actie, unlock.gebruiker, unlock.apparaat) == ("unlock", "sanne", "laptop-7")
    assert audit.verify_chain(workspace) == audit.ChainReport(True, 5)


def test_log_access_refuses_a_change_action(workspace: Workspace) -> None:
    with pytest.raises(ValueError, match="actie"):
        audit.log_access(workspace, SANNE, "update")


def test_access_inside_a_transaction_with_changes_shares_the_chain(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Akkerman"))
        audit.record_access(changes.session, SANNE, "read", gezin.id)
        changes.update(gezin, plaats="Gouda")
    assert [e.actie for e in _entries(workspace)] == ["create", "read", "update"]
    assert audit.verify_chain(workspace).ok


def test_the_json_export_logs_each_family_exported(workspace: Workspace) -> None:
    een, twee = _families(workspace, "Gezin Een", "Gezin Twee")
    data = export_audited(workspace, SANNE, een.id)
    assert len(data["gezinnen"]) == 1
    export_audited(workspace, SANNE)
    exports = [e for e in _entries(workspace) if e.actie == "export"]
    assert [e.gezin_id for e in exports] == [een.id, een.id, twee.id]
    assert audit.verify_chain(workspace).ok


# --- CSV export --------------------------------------------------------------------------------


def _csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return [line.split(";") for line in text.splitlines()]


def test_csv_export_of_all_entries_and_of_one_family(workspace: Workspace, tmp_path: Path) -> None:
    een, _twee = _families(workspace, "Gezin Een", "Gezin Twee")
    target = tmp_path / "logboek.csv"
    assert audit.export_csv(workspace, SANNE, target) == 4
    rows = _csv(target)
    assert tuple(rows[0]) == audit.CSV_COLUMNS
    assert [r[9] for r in rows[1:]] == [e.hash for e in _entries(workspace)[:4]]
    first = dict(zip(audit.CSV_COLUMNS, rows[1], strict=True))
    assert first["actie"] == "create"
    assert first["gezin"] == str(een.id)
    assert first["volgnummer"] == "1"
    assert first["tijd"].endswith("+00:00")
    assert "Gezin Een" not in target.read_text(encoding="utf-8-sig")
    assert not list(tmp_path.glob(".logboek-*"))

    assert audit.export_csv(workspace, SANNE, target, gezin_id=een.id) == 2
    assert {r[6] for r in _csv(target)[1:]} == {str(een.id)}
    # The export itself is in the trail, and the chain still holds.
    last = _entries(workspace)[-1]
    assert (last.actie, last.tabel, last.gezin_id) == ("export", "audit_entry", een.id)
    assert audit.verify_chain(workspace).ok


def test_csv_export_by_dates(workspace: Workspace, tmp_path: Path) -> None:
    _families(workspace, "Gezin Een")
    _sql(
        workspace, "UPDATE audit_entry SET tijd = '2026-03-01 12:00:00.000000' WHERE volgnummer = 1"
    )
    target = tmp_path / "logboek.csv"
    assert (
        audit.export_csv(workspace, SANNE, target, van=date(2026, 3, 1), tot=date(2026, 3, 1)) == 1
    )
    today = datetime.now(UTC).date()
    assert audit.export_csv(workspace, SANNE, target, van=today - timedelta(days=1)) == 2
    with pytest.raises(ValidationError):
        audit.export_csv(workspace, SANNE, target, van=date(2026, 3, 2), tot=date(2026, 3, 1))


# --- migration 0005 ---------------------------------------------------------------------------


def test_migration_chains_an_older_workspaces_entries_in_time_order(workspace_dir: Path) -> None:
    ws = Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF, revision="0004")
    ids = [uuid.uuid4() for _ in range(3)]
    times = ["2026-05-02 10:00:00.000000", "2026-05-01 09:00:00.000000", "2026-05-03 08:00:00.5"]
    with ws.engine.begin() as conn:
        for entry_id, tijd in zip(ids, times, strict=True):
            conn.execute(
                sa.text(
                    "INSERT INTO audit_entry (id, tijd, gebruiker, apparaat, actie, tabel, velden)"
                    " VALUES (:id, :tijd, 'sanne', 'oud', 'update', 'gezin', '[\"plaats\"]')"
                ),
                {"id": _hex(entry_id), "tijd": tijd},
            )
    ws.close()
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        entries = _entries(ws)
        assert [e.id for e in entries] == [ids[1], ids[0], ids[2]]
        assert [e.volgnummer for e in entries] == [1, 2, 3]
        assert audit.verify_chain(ws) == audit.ChainReport(True, 3)
        _families(ws, "Gezin Na De Upgrade")
        assert audit.verify_chain(ws) == audit.ChainReport(True, 5)
