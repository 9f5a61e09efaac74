"""The zorg tab on the demo workspace: consent with a drawn signature or on paper, a referral
through to the warm handover, and a concern with its decision, all read back from the store."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from samenleren_desktop.model.entities import (
    Contraindicatie,
    Ouder,
    Partner,
    Toestemming,
    Traject,
    Verwijzing,
)
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.toestemming import ToestemmingDialog, select_data
from samenleren_desktop.ui.zorg import (
    BesluitDialog,
    DatumDialog,
    VerwijzingDialog,
    ZorgDialog,
    ZorgTab,
)

pytestmark = pytest.mark.gui


def _traject_with_parent(ctx: AppContext) -> Traject:
    with ctx.session() as session:
        parents = {o.gezin_id for o in session.exec(select(Ouder)).all()}
        trajecten = session.exec(select(Traject).order_by(col(Traject.aanmeld_datum))).all()
        return next(t for t in trajecten if t.gezin_id in parents)


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> ZorgTab:
    widget = ZorgTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    widget.show_traject(_traject_with_parent(ctx).id)
    return widget


def _select(box: QComboBox, value: object) -> None:
    assert select_data(box, value)


def _sign(dialog: ToestemmingDialog) -> None:
    pad = dialog.pad
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(60, 90))
    for i in range(1, 25):
        QTest.mouseMove(pad, QPoint(60 + 12 * i, 90 + (30 if i % 2 else -20)))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(350, 100)
    )


def test_signed_consent_is_stored_as_png(tab: ZorgTab, ctx: AppContext) -> None:
    rows_before = tab.toestemmingen.topLevelItemCount()
    tab.toestemming_button.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, ToestemmingDialog)
    assert dialog.soort.currentData() == "verwerking"
    _select(dialog.wijze, "handtekening")
    assert dialog.pad.isVisible()
    dialog.save_button.click()  # nothing drawn yet: refused with a plain message
    assert dialog.isVisible()
    assert "handtekening" in dialog.error.text()
    _sign(dialog)
    dialog.grab().save("/tmp/shots/toestemming_dialog.png")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with ctx.session() as session:
        stored = session.get(Toestemming, dialog.saved_id)
    assert stored is not None
    assert stored.wijze == "handtekening"
    assert stored.handtekening
    image = QImage.fromData(stored.handtekening)
    assert not image.isNull()
    assert image.width() > 100
    assert tab.toestemmingen.topLevelItemCount() == rows_before + 1


def test_paper_consent_needs_no_drawing(tab: ZorgTab, ctx: AppContext) -> None:
    tab.toestemming_button.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, ToestemmingDialog)
    _select(dialog.wijze, "papier")
    _select(dialog.soort, "contact_school")
    assert not dialog.pad.isVisible()
    assert not dialog.partner.isVisible()
    dialog.save_button.click()
    with ctx.session() as session:
        stored = session.get(Toestemming, dialog.saved_id)
    assert stored is not None
    assert (stored.wijze, stored.soort, stored.handtekening) == ("papier", "contact_school", None)


def test_referral_through_warm_handover(tab: ZorgTab, ctx: AppContext) -> None:
    assert tab.overzicht is not None
    gezin_id = tab.overzicht.gezin_id
    with ctx.session() as session:
        consented = {
            t.partner_id
            for t in session.exec(select(Toestemming).where(Toestemming.gezin_id == gezin_id))
        }
        partner = next(p for p in session.exec(select(Partner)) if p.id not in consented)
    tab.verwijs_button.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, VerwijzingDialog)
    _select(dialog.partner, partner.id)
    dialog.reden.setPlainText("Zorgen over geld; moeder wil hulp.")
    dialog.save_button.click()
    assert not dialog.isVisible()
    verwijzing_id = _row_with(tab, "Zorgen over geld; moeder wil hulp.")
    for stap in ("Benoemen", "Zorg uiten"):
        assert tab.stap_button.isEnabled()
        tab.stap_button.click()
        _row_with(tab, "Zorgen over geld; moeder wil hulp.")
        assert tab.verwijzingen.currentItem().text(3) == stap  # type: ignore[union-attr]
    assert not tab.stap_button.isEnabled()

    tab.overdracht_button.click()
    handover = tab.active_dialog
    assert isinstance(handover, DatumDialog)
    handover.save_button.click()
    assert handover.isVisible()
    assert "nog geen toestemming" in handover.error.text()
    assert partner.naam in handover.error.text()

    assert handover.extra_button is not None
    handover.extra_button.click()
    consent = tab.active_dialog
    assert isinstance(consent, ToestemmingDialog)
    assert consent.soort.currentData() == "overdracht_partner"
    assert consent.partner.currentData() == partner.id
    _select(consent.wijze, "mondeling")
    consent.save_button.click()
    assert not consent.isVisible()
    handover.save_button.click()
    assert not handover.isVisible()

    with ctx.session() as session:
        stored = session.get(Verwijzing, verwijzing_id)
    assert stored is not None
    assert stored.stap == "warme_overdracht"
    assert stored.warme_overdracht_op == ctx.today()
    assert stored.toestemming_id == consent.saved_id
    _row_with(tab, "Zorgen over geld; moeder wil hulp.")
    assert tab.verwijzingen.currentItem().text(3) == "Warme overdracht"  # type: ignore[union-attr]
    assert not tab.overdracht_button.isEnabled()
    tab.grab().save("/tmp/shots/zorg_tab.png")


def _row_with(tab: ZorgTab, reden: str) -> uuid.UUID:
    for index in range(tab.verwijzingen.topLevelItemCount()):
        item = tab.verwijzingen.topLevelItem(index)
        assert item is not None
        if item.text(2) == reden:
            tab.verwijzingen.setCurrentItem(item)
            value = item.data(0, Qt.ItemDataRole.UserRole)
            assert isinstance(value, uuid.UUID)
            return value
    raise AssertionError(f"no referral row for {reden!r}")


def test_concern_with_too_long_text_then_decision(tab: ZorgTab, ctx: AppContext) -> None:
    tab.zorg_button.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, ZorgDialog)
    _select(dialog.soort, "niet_beschikbaar")
    dialog.toelichting.setPlainText("Werkt in ploegen. " * 200)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "te lang" in dialog.error.text()
    assert dialog.toelichting.toPlainText().startswith("Werkt in ploegen.")
    dialog.toelichting.setPlainText("Werkt in ploegen.")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with ctx.session() as session:
        zorg = session.exec(
            select(Contraindicatie).where(Contraindicatie.toelichting == "Werkt in ploegen.")
        ).one()
    for index in range(tab.zorgen.topLevelItemCount()):
        item = tab.zorgen.topLevelItem(index)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == zorg.id:
            tab.zorgen.setCurrentItem(item)
    tab.besluit_button.click()
    besluit = tab.active_dialog
    assert isinstance(besluit, BesluitDialog)
    _select(besluit.besluit, "uitstellen")
    besluit.save_button.click()
    with ctx.session() as session:
        stored = session.get(Contraindicatie, zorg.id)
    assert stored is not None
    assert (stored.besluit, stored.besluit_op) == ("uitstellen", ctx.today())


def test_withdraw_consent_via_the_tab(tab: ZorgTab, ctx: AppContext) -> None:
    item = tab.toestemmingen.topLevelItem(0)
    assert item is not None
    tab.toestemmingen.setCurrentItem(item)
    toestemming_id = item.data(0, Qt.ItemDataRole.UserRole)
    tab.intrekken_button.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, DatumDialog)
    dialog.save_button.click()
    assert not dialog.isVisible()
    with ctx.session() as session:
        stored = session.get(Toestemming, toestemming_id)
    assert stored is not None
    assert stored.ingetrokken_op == ctx.today()
    assert tab.toestemmingen.topLevelItem(0).text(5) == "02-11-2026"  # type: ignore[union-attr]


def test_decision_to_refer_goes_on_to_the_referral(tab: ZorgTab, ctx: AppContext) -> None:
    tab.zorg_button.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, ZorgDialog)
    _select(dialog.soort, "hoge_stress")
    dialog.toelichting.setPlainText("Schulden")
    dialog.save_button.click()
    for index in range(tab.zorgen.topLevelItemCount()):
        item = tab.zorgen.topLevelItem(index)
        if item is not None and item.text(2) == "Schulden":
            tab.zorgen.setCurrentItem(item)
    tab.besluit_button.click()
    besluit = tab.active_dialog
    assert isinstance(besluit, BesluitDialog)
    _select(besluit.besluit, "doorverwijzen")
    besluit.save_button.click()
    verwijzing = tab.active_dialog
    assert isinstance(verwijzing, VerwijzingDialog)
    assert verwijzing.isVisible()
    assert "Schulden" in verwijzing.reden.toPlainText()
    before = tab.verwijzingen.topLevelItemCount()
    verwijzing.save_button.click()
    assert tab.verwijzingen.topLevelItemCount() == before + 1
