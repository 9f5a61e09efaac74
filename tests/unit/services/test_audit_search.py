"""A caseload search in the audit trail: once per finished search, with a count, never the text."""

from __future__ import annotations

import sqlalchemy as sa

from samenleren_desktop.model.entities import AuditEntry
from samenleren_desktop.model.services import audit
from samenleren_desktop.model.services.audit_search import SearchLog, log_search
from samenleren_desktop.model.services.changes import Actor
from samenleren_desktop.model.store.workspace import Workspace

SANNE = Actor("sanne", "laptop-7")


def _type(searches: SearchLog, text: str) -> None:
    """Letter by letter, as a coach types."""
    for end in range(1, len(text) + 1):
        searches.typed(text[:end])


def test_typing_a_name_is_one_search() -> None:
    searches = SearchLog()
    _type(searches, "jansen")
    assert searches.rested()
    assert not searches.rested()  # waiting longer records nothing more
    assert not searches.finish()  # nor does opening a family from the results


def test_a_changed_search_is_a_new_one_the_same_again_is_not() -> None:
    searches = SearchLog()
    _type(searches, "jansen")
    assert searches.rested()
    searches.typed("jansen x")
    searches.typed("Jansen ")  # undone within the pause; case and spaces do not count
    assert not searches.rested()
    searches.typed("jansen gouda")
    assert searches.rested()


def test_an_empty_search_is_none_and_a_cleared_search_may_come_back() -> None:
    searches = SearchLog()
    assert not searches.rested()
    searches.typed("   ")
    assert not searches.finish()
    _type(searches, "bos")
    assert searches.rested()
    searches.typed("")
    assert not searches.rested()
    _type(searches, "bos")
    assert searches.rested()  # a new search after clearing


def test_opening_a_family_before_the_pause_counts_the_search() -> None:
    searches = SearchLog()
    _type(searches, "pie")
    assert searches.finish()
    assert not searches.rested()


def test_the_entry_holds_the_count_not_the_text(workspace: Workspace) -> None:
    searches = SearchLog()
    _type(searches, "Vermeulen")
    assert searches.rested()
    entry = log_search(workspace, SANNE, found=2)
    assert (entry.actie, entry.tabel, entry.velden) == ("search", "gezin", ["resultaten=2"])
    assert (entry.gezin_id, entry.record_id) == (None, None)
    assert audit.verify_chain(workspace).ok
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    with workspace.engine.connect() as conn:
        stored = [dict(row) for row in conn.execute(sa.select(table)).mappings()]
    assert len(stored) == 1
    assert "vermeulen" not in repr(stored).casefold()
