"""The Logboek page: the audit trail listed with family names, filters, the chain's state,
CSV export, and who gets the page."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import AuditEntry, Gezin
from samenleren_desktop.model.services.audit import log_access
from samenleren_desktop.model.services.audit_access import access_entry
from samenleren_desktop.model.services.audit_chain import append
from samenleren_desktop.model.services.audit_search import log_search
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.sync import apply
from samenleren_desktop.sync.client import TOKEN_NAME, SyncService
from samenleren_desktop.ui.app import build_pages
from samenleren_desktop.ui.audit_table import GEZIN_COLUMN
from samenleren_desktop.ui.audit_view import AuditLogPage
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.i18n import install_translators
from tests.server.live import PASSWORD, LiveServer, fast_argon2, free_port, fresh_database
from tests.sync.laptops import Laptop
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui
__all__ = ["fast_argon2"]  # autouse: cheap password hashing on the test server
KARIM = Actor("karim", "kantoor-pc")
WAIT = 20_000


def _open(qtbot: QtBot, ctx: AppContext) -> AuditLogPage:
    page = AuditLogPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    return page


def _rows(page: AuditLogPage) -> list[list[str]]:
    model = page.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _entries(ctx: AppContext) -> list[AuditEntry]:
    with ctx.session() as session:
        return list(session.exec(select(AuditEntry)).all())


def _gezinnen(ctx: AppContext) -> dict[uuid.UUID, str]:
    with ctx.session() as session:
        return {g.id: g.naam for g in session.exec(select(Gezin)).all()}


def _choose(qtbot: QtBot, page: AuditLogPage, combo_name: str, data: str) -> None:
    combo: QComboBox = getattr(page.filters, combo_name)
    index = combo.findData(data)
    assert index >= 0, (combo_name, data)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        combo.setCurrentIndex(index)


def _log_at(ctx: AppContext, moment: datetime, gezin_id: uuid.UUID | None = None) -> None:
    """A read by Karim at `moment` (local time), chained like any other entry."""
    entry = access_entry(KARIM, "read", gezin_id)
    entry.tijd = moment.astimezone()
    with ctx.workspace.transaction() as session:
        append(session, entry)


def test_the_page_lists_the_trail_newest_first_with_family_names(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = _open(qtbot, ctx)
    entries, namen = _entries(ctx), _gezinnen(ctx)
    rows = _rows(page)
    assert len(rows) == len(entries)
    numbers = [int(r[0]) for r in rows]
    assert numbers == sorted(numbers, reverse=True)
    assert page.keten.text().startswith("✔ Keten in orde")
    assert str(len(entries)) in page.keten.text()
    assert "niet gekoppeld" in page.server.text()
    assert page.count.text() == f"{len(entries)} regels"
    by_number = {e.volgnummer: e for e in entries}
    for row in rows:
        gezin_id = by_number[int(row[0])].gezin_id
        assert row[GEZIN_COLUMN] == (namen[gezin_id] if gezin_id else "")
    assert {r[4] for r in rows} <= {"aangemaakt", "gewijzigd", "verwijderd", "bekeken"}
    assert "gezin" in {r[6] for r in rows}
    row = next(i for i, n in enumerate(numbers) if by_number[n].gezin_id)
    tip = page.model.data(page.model.index(row, GEZIN_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{rows[row][GEZIN_COLUMN]}\n{by_number[numbers[row]].gezin_id}"


def test_a_family_no_longer_on_this_laptop_is_named_by_its_short_id(
    qtbot: QtBot, ctx: AppContext
) -> None:
    gone = uuid.uuid4()
    log_access(ctx.workspace, KARIM, "read", gone)
    page = _open(qtbot, ctx)
    assert _rows(page)[0][GEZIN_COLUMN] == f"niet op deze laptop ({str(gone)[:8]})"
    combo = page.filters.gezin
    assert combo.itemText(combo.count() - 1) == f"niet op deze laptop ({str(gone)[:8]})"


def test_a_search_says_how_many_families_it_found(qtbot: QtBot, ctx: AppContext) -> None:
    for found in (2, 1, 0):
        log_search(ctx.workspace, KARIM, found=found)
    page = _open(qtbot, ctx)
    searches = [r for r in _rows(page) if r[4] == "gezocht"]
    assert [r[7] for r in searches] == [
        "0 gezinnen gevonden",
        "1 gezin gevonden",
        "2 gezinnen gevonden",
    ]
    assert {r[6] for r in searches} == {"gezin"}


def test_filters_by_family_action_user_and_period(qtbot: QtBot, ctx: AppContext) -> None:
    namen = _gezinnen(ctx)
    gezin_id = sorted(namen, key=lambda i: namen[i].casefold())[0]
    log_access(ctx.workspace, KARIM, "read", gezin_id)
    page = _open(qtbot, ctx)
    entries = _entries(ctx)
    family = page.filters.gezin
    assert [family.itemText(i) for i in range(1, len(namen) + 1)] == sorted(
        namen.values(), key=str.casefold
    )

    _choose(qtbot, page, "gezin", str(gezin_id))
    rows = _rows(page)
    assert len(rows) == len([e for e in entries if e.gezin_id == gezin_id]) >= 2
    assert {r[GEZIN_COLUMN] for r in rows} == {namen[gezin_id]}

    _choose(qtbot, page, "gezin", "")
    _choose(qtbot, page, "actie", "update")
    updates = [e for e in entries if e.actie == "update"]
    assert len(_rows(page)) == len(updates) > 0
    assert {r[4] for r in _rows(page)} == {"gewijzigd"}

    _choose(qtbot, page, "actie", "")
    _choose(qtbot, page, "gebruiker", "karim")
    assert [(r[2], r[3], r[4], r[GEZIN_COLUMN]) for r in _rows(page)] == [
        ("karim", "kantoor-pc", "bekeken", namen[gezin_id])
    ]


def test_the_period_counts_back_from_today_or_takes_own_dates(
    qtbot: QtBot, ctx: AppContext
) -> None:
    _log_at(ctx, datetime.combine(TODAY, time(9, 30)))
    long_ago = TODAY - timedelta(days=40)
    _log_at(ctx, datetime.combine(long_ago, time(14, 0)))
    page = _open(qtbot, ctx)
    local_days = [e.tijd.replace(tzinfo=UTC).astimezone().date() for e in _entries(ctx)]
    assert not page.filters.van.isVisible()

    _choose(qtbot, page, "periode", "vandaag")
    assert len(_rows(page)) == local_days.count(TODAY) >= 1
    _choose(qtbot, page, "periode", "maand")
    assert len(_rows(page)) == sum(TODAY - timedelta(days=29) <= d <= TODAY for d in local_days)

    _choose(qtbot, page, "periode", "zelf")
    assert page.filters.van.isVisible()
    assert page.filters.tot.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.filters.van.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.filters.tot.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    assert [r[1][:10] for r in _rows(page)] == [long_ago.strftime("%d-%m-%Y")]

    before = _rows(page)
    page.filters.tot.setDate(page.filters.van.date().addDays(-1))
    assert page.status.text() == "De einddatum ligt voor de begindatum."
    assert _rows(page) == before  # nothing lost, nothing loaded
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.filters.tot.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert page.status.text() == ""


def test_a_tampered_chain_is_shown_as_broken_with_where_and_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.workspace.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_entry SET gebruiker = 'iemand' WHERE volgnummer = 5"))
    page = _open(qtbot, ctx)
    assert page.keten.text().startswith(
        "✖ Keten verbroken bij regel 5: een regel is achteraf veranderd."
    )
    assert "#B3261E" in page.keten.styleSheet()
    row = next(i for i, r in enumerate(_rows(page)) if r[0] == "5")
    tip = page.model.data(page.model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Hier is de keten verbroken.\niemand"
    assert page.model.data(page.model.index(row, 2), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(page.model.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None


def test_only_the_newest_entries_are_listed_and_the_count_says_so(
    qtbot: QtBot, ctx: AppContext
) -> None:
    entries = _entries(ctx)
    page = AuditLogPage(ctx)
    qtbot.addWidget(page)
    page.limit = 10
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    assert page.model.rowCount() == 10
    assert page.count.text() == (
        f"De nieuwste 10 van {len(entries)} regels; kies een periode of gezin voor de rest."
    )
    assert [int(r[0]) for r in _rows(page)] == list(range(len(entries), len(entries) - 10, -1))


def test_no_matching_entries_is_said_in_words(qtbot: QtBot, ctx: AppContext) -> None:
    page = _open(qtbot, ctx)
    _choose(qtbot, page, "actie", "purge")
    assert page.model.rowCount() == 0
    assert page.count.text() == "Geen regels bij deze keuzes."


def test_f5_checks_the_chain_again_a_filter_change_does_not(qtbot: QtBot, ctx: AppContext) -> None:
    page = _open(qtbot, ctx)
    with ctx.workspace.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_entry SET actie = 'read' WHERE volgnummer = 7"))
    _choose(qtbot, page, "actie", "read")
    assert page.keten.text().startswith("✔")  # the last check, not read again
    page.table.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert "bij regel 7: een regel is achteraf veranderd" in page.keten.text()


def test_a_check_overtaken_by_a_filter_change_is_still_made(qtbot: QtBot, ctx: AppContext) -> None:
    page = _open(qtbot, ctx)
    with ctx.workspace.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_entry SET actie = 'read' WHERE volgnummer = 7"))
    page.reload()  # a check, then at once a filter change that does not check
    _choose(qtbot, page, "actie", "read")
    assert "bij regel 7" in page.keten.text()


def test_a_removed_entry_is_shown_as_removed(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.workspace.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_entry WHERE volgnummer = 3"))
    page = _open(qtbot, ctx)
    assert "bij regel 3: er is een regel weggehaald" in page.keten.text()


def test_export_writes_the_filtered_entries_without_names_and_says_it_is_plaintext(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = _open(qtbot, ctx)
    _choose(qtbot, page, "actie", "create")
    shown = _rows(page)
    target = tmp_path / "logboek.csv"
    with (
        qtbot.waitSignal(page.loaded, timeout=WAIT),  # the export is logged: the page reloads
        qtbot.waitSignal(page.exported, timeout=WAIT) as signal,
    ):
        page.export_to(target)
    assert signal.args == [target]
    assert "niet versleuteld" in page.status.text()  # still there after the reload
    text = target.read_text(encoding="utf-8-sig")
    assert not any(naam in text for naam in _gezinnen(ctx).values())
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert len(rows) == len(shown)
    assert {r["actie"] for r in rows} == {"create"}
    assert sorted(int(r["volgnummer"]) for r in rows) == sorted(int(r[0]) for r in shown)
    exports = [e for e in _entries(ctx) if e.actie == "export" and e.tabel == "audit_entry"]
    assert len(exports) == 1


def test_an_unwritable_target_gets_a_plain_message(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = _open(qtbot, ctx)
    page.export_to(tmp_path / "bestaat-niet" / "logboek.csv")
    qtbot.waitUntil(lambda: "Kan niet schrijven" in page.status.text(), timeout=WAIT)
    assert page.export_button.isEnabled()
    assert not (tmp_path / "bestaat-niet").exists()


def test_every_filter_has_a_label_with_an_alt_key(qtbot: QtBot, ctx: AppContext) -> None:
    page = _open(qtbot, ctx)
    bar = page.filters
    buddies = {label.buddy(): label.text() for label in bar.findChildren(QLabel) if label.buddy()}
    for field in (bar.periode, bar.gezin, bar.actie, bar.gebruiker, bar.van, bar.tot):
        assert "&" in buddies[field], field.accessibleName()
    source = next(label for label in page.source.findChildren(QLabel) if label.buddy())
    assert source.buddy() is page.source.combo
    texts = [
        *buddies.values(),
        source.text(),
        page.refresh_button.text(),
        page.export_button.text(),
    ]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(keys) == len(set(keys)), keys
    assert all(isinstance(w, QComboBox | QDateEdit) for w in buddies)


def test_only_coordinators_and_administrators_get_the_page(qtbot: QtBot, ctx: AppContext) -> None:
    def keys() -> list[str]:
        pages = build_pages(ctx)
        for _key, _title, widget in pages:
            qtbot.addWidget(widget)
        return [key for key, _title, _widget in pages]

    assert "logboek" in keys()  # a workspace of one's own (not linked): everything is shown
    state = apply.load_state(ctx.workspace)
    state.server_url, state.rol = "https://sync.example.org", "begeleider"
    apply.save_state(ctx.workspace, state)
    assert "logboek" not in keys()
    for rol in ("coordinator", "admin"):
        state.rol = rol
        apply.save_state(ctx.workspace, state)
        assert "logboek" in keys()
    page = _open(qtbot, ctx)
    assert page.server.text() == "Het logboek is nog niet naar de server gestuurd."


def test_the_page_speaks_english_when_chosen(
    qtbot: QtBot, ctx: AppContext, qapp: QApplication
) -> None:
    translators = install_translators(qapp, "en")
    try:
        page = _open(qtbot, ctx)
        _choose(qtbot, page, "actie", "update")
        texts = [label.text() for label in page.filters.findChildren(QLabel)]
        assert "Fa&mily:" in texts
        assert "&Period:" in texts
        assert page.title.text() == "Audit log"
        assert page.keten.text().startswith("✔ Chain intact: none of the")
        assert {r[4] for r in _rows(page)} == {"changed"}
        assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Family"
        assert page.filters.gezin.itemText(0) == "All families"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


# The whole organisation's trail, from a real server on loopback (SQLite; the query client's
# own tests in tests/sync/test_audit_query.py run on PostgreSQL too).


@pytest.fixture
def live(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    """A sync server with a begeleider (sanne) and a coordinator (karim)."""
    server = LiveServer(fresh_database("sqlite", tmp_path, request)).start()
    server.user("Stichting Noord", "begeleider", "sanne")
    server.user("Stichting Noord", "coordinator", "karim")
    yield server
    server.stop()


def _enrol(ctx: AppContext, live: LiveServer, username: str) -> WorkspaceCredentials:
    """Enrol the page's workspace as `username` and sync it (its trail goes to the server)."""
    credentials = WorkspaceCredentials(ctx.workspace)
    service = SyncService(ctx.workspace, credentials=credentials)
    try:
        service.enrol(live.url, username, PASSWORD, "kantoor-pc")
        assert service.sync().ok
    finally:
        service.close()
    return credentials


@pytest.fixture
def coach(live: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """Sanne's laptop: she made a family and opened it; her trail is on the server."""
    laptop = Laptop(tmp_path / "sanne", "sanne")
    laptop.enrol(live)
    with record_changes(laptop.workspace, laptop.actor) as changes:
        gezin = changes.create(Gezin(naam="Gezin Yilmaz", plaats="Gouda"))
    log_access(laptop.workspace, laptop.actor, "read", gezin.id)
    assert laptop.service.sync().ok
    yield laptop
    laptop.close()


def _organisation(qtbot: QtBot, page: AuditLogPage) -> None:
    combo = page.source.combo
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        combo.setCurrentIndex(combo.findData("server"))


def test_the_organisation_view_lists_every_laptop_from_the_server(
    qtbot: QtBot, ctx: AppContext, live: LiveServer, coach: Laptop, tmp_path: Path
) -> None:
    credentials = _enrol(ctx, live, "karim")  # after sanne: her family comes to this laptop
    page = AuditLogPage(ctx, credentials=credentials)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    local = page.model.rowCount()
    _organisation(qtbot, page)
    rows = _rows(page)
    assert {r[3] for r in rows} == {"sanne", "kantoor-pc (demo)"}  # both devices
    assert ("sanne", "bekeken", "Gezin Yilmaz") in {(r[2], r[4], r[GEZIN_COLUMN]) for r in rows}
    assert len(rows) == local + 2  # this laptop's whole trail and sanne's two entries
    assert page.keten.text().startswith("✔ Ketens in orde")
    assert "van 2 apparaten" in page.server.text()
    assert page.count.text() == f"{len(rows)} regels"

    _choose(qtbot, page, "gebruiker", "sanne")
    hers = _rows(page)
    assert {r[2] for r in hers} == {"sanne"}
    assert len(hers) == 2  # created, read
    offered = [page.filters.gebruiker.itemData(i) for i in range(page.filters.gebruiker.count())]
    assert set(offered) == {"", "sanne", *(r[2] for r in rows)}  # the others stay offered

    target = tmp_path / "organisatie.csv"
    with (
        qtbot.waitSignal(page.loaded, timeout=WAIT),
        qtbot.waitSignal(page.exported, timeout=WAIT),
    ):
        page.export_to(target)
    exported = list(csv.DictReader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert [r["gebruiker"] for r in exported] == ["sanne", "sanne"]
    assert "Gezin Yilmaz" not in target.read_text("utf-8-sig")
    assert all(r["apparaat_id"] for r in exported)

    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.source.combo.setCurrentIndex(page.source.combo.findData("laptop"))
    assert page.keten.text().startswith("✔ Keten in orde")


def test_a_begeleider_gets_a_plain_message_and_the_laptop_trail(
    qtbot: QtBot, ctx: AppContext, live: LiveServer
) -> None:
    credentials = _enrol(ctx, live, "sanne")
    page = AuditLogPage(ctx, credentials=credentials)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    before = _rows(page)
    _organisation(qtbot, page)  # refused: the page loads this laptop's trail again
    assert page.status.text().startswith("Alleen een coördinator of beheerder kan")
    assert page.status.text().endswith("U ziet weer het logboek van deze laptop.")
    assert not page.source.organisation()
    assert _rows(page)[-len(before) :] == before[-len(before) :]
    assert page.keten.text().startswith("✔ Keten in orde")


def test_offline_or_not_linked_keeps_the_laptop_trail(qtbot: QtBot, ctx: AppContext) -> None:
    page = _open(qtbot, ctx)
    _organisation(qtbot, page)
    assert "niet gekoppeld aan een server" in page.status.text()
    assert not page.source.organisation()
    state = apply.load_state(ctx.workspace)
    state.server_url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    apply.save_state(ctx.workspace, state)
    credentials = WorkspaceCredentials(ctx.workspace)
    credentials.set(TOKEN_NAME, "een-token")
    page.org.credentials = credentials
    _organisation(qtbot, page)
    assert page.status.text().startswith("De server is nu niet bereikbaar")
    assert page.model.rowCount() > 0


def test_the_servers_refusal_of_a_broken_chain_is_shown_in_red(
    qtbot: QtBot, ctx: AppContext, live: LiveServer, coach: Laptop
) -> None:
    log_access(coach.workspace, coach.actor, "read")
    with coach.workspace.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_entry SET actie = 'delete' WHERE volgnummer = 3"))
    assert coach.service.sync().ok
    page = AuditLogPage(ctx, credentials=_enrol(ctx, live, "karim"))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    progress: list[str] = []
    page.org.progress.connect(progress.append)
    _organisation(qtbot, page)
    assert page.keten.text().startswith(
        "✖ De server heeft 1 keer een logboek geweigerd omdat de keten niet klopte; het laatst "
        "van sanne bij regel 3"
    )
    assert "#B3261E" in page.keten.styleSheet()
    assert progress[0] == "Verbinden met de server…"
    assert progress[-1].startswith("Logboek van de organisatie ophalen… ")
