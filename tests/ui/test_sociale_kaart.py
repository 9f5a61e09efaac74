"""The sociale kaart page: add, change, search and remove partners, read back from the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Partner, Verwijzing
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.sociale_kaart import SocialeKaartPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> SocialeKaartPage:
    widget = SocialeKaartPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def _names(page: SocialeKaartPage) -> list[str]:
    items = (page.list.topLevelItem(i) for i in range(page.list.topLevelItemCount()))
    return [item.text(0) for item in items if item is not None]


def test_add_edit_search_delete(page: SocialeKaartPage, ctx: AppContext) -> None:
    before = len(_names(page))
    assert before >= 3
    page.new_button.click()
    QTest.keyClicks(page.edits["naam"], "Opvoedpunt Noord")
    QTest.keyClicks(page.edits["soort"], "opvoeding")
    QTest.keyClicks(page.edits["regio"], "Gouda")
    QTest.keyClicks(page.edits["email"], "info@opvoedpunt.example")
    QTest.keyClick(page.edits["email"], Qt.Key.Key_Return)  # Enter saves
    assert "Opvoedpunt Noord" in _names(page)
    assert "opgeslagen" in page.status.text()
    with ctx.session() as session:
        stored = session.exec(select(Partner).where(Partner.naam == "Opvoedpunt Noord")).one()
    assert (stored.soort, stored.regio, stored.email) == (
        "opvoeding",
        "Gouda",
        "info@opvoedpunt.example",
    )

    assert page.select(stored.id)
    page.edits["telefoon"].setText("0182-123456")
    page.save_button.click()
    with ctx.session() as session:
        assert session.get(Partner, stored.id).telefoon == "0182-123456"  # type: ignore[union-attr]

    QTest.keyClicks(page.search, "opvoed")
    assert _names(page) == ["Opvoedpunt Noord"]
    page.grab().save("/tmp/shots/sociale_kaart.png")
    page.search.clear()
    assert len(_names(page)) == before + 1

    page.select(stored.id)
    page.delete_button.click()
    assert page.confirm_button.isVisible()
    page.confirm_button.click()
    assert "Opvoedpunt Noord" not in _names(page)
    assert "verwijderd" in page.status.text()
    with ctx.session() as session:
        assert session.get(Partner, stored.id) is None


def test_partner_in_use_is_kept_with_plain_message(page: SocialeKaartPage, ctx: AppContext) -> None:
    with ctx.session() as session:
        used = session.exec(select(Verwijzing.partner_id)).first()
    assert used is not None
    assert page.select(used)
    page.delete_button.click()
    page.confirm_button.click()
    assert page.error.isVisible()
    assert "kan niet weg" in page.error.text()
    with ctx.session() as session:
        assert session.get(Partner, used) is not None


def test_bad_input_is_explained_and_kept(page: SocialeKaartPage, ctx: AppContext) -> None:
    page.new_button.click()
    page.edits["naam"].setText("Huisartsenpost")
    page.edits["email"].setText("geen adres")
    page.save_button.click()
    assert page.error.isVisible()
    assert "e-mailadres" in page.error.text()
    assert page.edits["naam"].text() == "Huisartsenpost"
    page.edits["naam"].setText("x" * 250)
    page.edits["email"].setText("")
    page.save_button.click()
    assert "te lang" in page.error.text()
    with ctx.session() as session:
        assert session.exec(select(Partner).where(Partner.naam == "Huisartsenpost")).all() == []
    assert page.new_button.minimumHeight() >= 36
    assert page.search.accessibleName()
