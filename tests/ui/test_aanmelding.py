"""A new aanmelding through the dialog: stored with parent, child and traject; bad input kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin, Kind, Ouder, Traject
from samenleren_desktop.ui.aanmelding import AanmeldingDialog
from samenleren_desktop.ui.context import AppContext
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> AanmeldingDialog:
    """The dialog, shown."""
    dlg = AanmeldingDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _type(qtbot: QtBot, dialog: AanmeldingDialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    qtbot.keyClicks(edit, text)


def _choose(dialog: AanmeldingDialog, name: str, index: int) -> QComboBox:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None, name
    combo.setCurrentIndex(index)
    return combo


def _gezinnen(ctx: AppContext) -> int:
    with ctx.session() as session:
        return len(session.exec(select(Gezin)).all())


def _fill(qtbot: QtBot, dialog: AanmeldingDialog) -> None:
    _type(qtbot, dialog, "naam", "Gezin Kramer")
    _type(qtbot, dialog, "plaats", "Utrecht")
    _type(qtbot, dialog, "ouder_0_voornaam", "Noor")
    _type(qtbot, dialog, "ouder_0_achternaam", "Kramer")
    _type(qtbot, dialog, "ouder_0_telefoon", "06-11112222")
    taal = dialog.findChild(QComboBox, "ouder_0_taal")
    assert taal is not None
    taal.setCurrentText("Tigrinya")
    tolk = dialog.findChild(QCheckBox, "ouder_0_tolk")
    assert tolk is not None
    tolk.setChecked(True)
    _type(qtbot, dialog, "kind_0_voornaam", "Lina")
    _type(qtbot, dialog, "kind_0_geboortedatum", "4-5-2020")
    _choose(dialog, "kind_0_groep", 2)
    _choose(dialog, "kind_0_school", 1)
    _choose(dialog, "kind_0_leerkracht", 1)
    _choose(dialog, "bron", 2)
    _type(qtbot, dialog, "aangemeld_door", "wijkteam Oost")


def test_new_aanmelding_is_stored(qtbot: QtBot, ctx: AppContext, dialog: AanmeldingDialog) -> None:
    _fill(qtbot, dialog)
    opslaan = dialog.findChild(QPushButton, "opslaan")
    assert opslaan is not None
    with (
        qtbot.waitSignal(ctx.events.data_changed) as changed,
        qtbot.waitSignal(ctx.events.open_gezin) as opened,
    ):
        opslaan.click()
    assert not dialog.isVisible()
    gezin_id = dialog.gezin_id
    assert changed.args == [gezin_id]
    assert opened.args == [gezin_id]
    with ctx.session() as session:
        gezin = session.get(Gezin, gezin_id)
        assert gezin is not None
        assert (gezin.naam, gezin.plaats) == ("Gezin Kramer", "Utrecht")
        ouder = session.exec(select(Ouder).where(Ouder.gezin_id == gezin_id)).one()
        assert (ouder.voornaam, ouder.achternaam, ouder.taal) == ("Noor", "Kramer", "Tigrinya")
        assert ouder.tolk_nodig
        assert ouder.telefoon == "06-11112222"
        kind = session.exec(select(Kind).where(Kind.gezin_id == gezin_id)).one()
        assert kind.voornaam == "Lina"
        assert kind.groep == 3
        assert kind.geboortedatum is not None
        assert kind.geboortedatum.isoformat() == "2020-05-04"
        assert kind.school_id is not None
        assert kind.leerkracht_id is not None
        traject = session.exec(select(Traject).where(Traject.gezin_id == gezin_id)).one()
        assert traject.id == dialog.traject_id
        assert traject.aanmeld_datum == TODAY
        assert traject.aanmeld_bron == "wijkteam"
        assert traject.aangemeld_door == "wijkteam Oost"


def _error(dialog: AanmeldingDialog, name: str) -> str:
    label = dialog.findChild(QLabel, f"{name}_fout")
    assert label is not None
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("naam", "", "naam van het gezin"),
        ("ouder_0_voornaam", "", "voornaam"),
        ("kind_0_geboortedatum", "31-02-2020", "bestaat niet"),
        ("kind_0_geboortedatum", "gisteren", "dag-maand-jaar"),
        ("aanmeld_datum", "2026-11-02", "dag-maand-jaar"),
        ("ouder_0_telefoon", "0" * 40, "te lang"),
        ("kind_0_voornaam", "x" * 150, "te lang"),
        ("kind_0_geboortedatum", "01-01-2030", "na de aanmelddatum"),
    ],
)
def test_bad_input_shows_a_message_and_keeps_everything(
    qtbot: QtBot,
    ctx: AppContext,
    dialog: AanmeldingDialog,
    name: str,
    text: str,
    words: str,
) -> None:
    before = _gezinnen(ctx)
    _fill(qtbot, dialog)
    _type(qtbot, dialog, name, text)
    assert not dialog.save()
    assert dialog.isVisible()
    assert words in _error(dialog, name)
    assert words in dialog.melding.text()
    assert _gezinnen(ctx) == before
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None
    assert edit.text() == text
    naam = dialog.findChild(QLineEdit, "naam")
    assert naam is not None
    assert naam.text() == ("" if name == "naam" else "Gezin Kramer")
    # Fixing the field and saving again works.
    _fill(qtbot, dialog)
    _type(qtbot, dialog, "aanmeld_datum", f"{TODAY:%d-%m-%Y}")
    assert dialog.save()
    assert _gezinnen(ctx) == before + 1


def test_second_parent_and_child(qtbot: QtBot, ctx: AppContext, dialog: AanmeldingDialog) -> None:
    _fill(qtbot, dialog)
    dialog.ouder_toevoegen.click()
    dialog.kind_toevoegen.click()
    dialog.kind_toevoegen.click()  # a third child left empty is ignored
    _type(qtbot, dialog, "ouder_1_voornaam", "Sam")
    _type(qtbot, dialog, "kind_1_voornaam", "Ties")
    assert dialog.save()
    with ctx.session() as session:
        ouders = session.exec(select(Ouder).where(Ouder.gezin_id == dialog.gezin_id)).all()
        kinderen = session.exec(select(Kind).where(Kind.gezin_id == dialog.gezin_id)).all()
    assert sorted(o.voornaam for o in ouders) == ["Noor", "Sam"]
    assert sorted(k.voornaam for k in kinderen) == ["Lina", "Ties"]


def test_leerkracht_list_follows_the_school(dialog: AanmeldingDialog) -> None:
    leerkracht = dialog.findChild(QComboBox, "kind_0_leerkracht")
    assert leerkracht is not None
    assert not leerkracht.isEnabled()
    _choose(dialog, "kind_0_school", 1)
    assert leerkracht.isEnabled()
    assert leerkracht.count() > 1


def test_tab_goes_down_the_form(qtbot: QtBot, dialog: AanmeldingDialog) -> None:
    dialog.ouder_toevoegen.click()
    order = []
    widget = dialog.findChild(QLineEdit, "naam")
    assert widget is not None
    for _ in range(20):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.objectName():
            widget = widget.nextInFocusChain()
    assert order[:6] == [
        "naam",
        "adres",
        "postcode",
        "plaats",
        "ouder_0_voornaam",
        "ouder_0_achternaam",
    ]
    assert (
        order.index("ouder_1_voornaam")
        < order.index("ouder_toevoegen")
        < order.index("kind_0_voornaam")
    )
