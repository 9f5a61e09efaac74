"""A new aanmelding: register a family with its parents and children and start its traject.

    dialog = AanmeldingDialog(ctx, parent)
    dialog.open()     # after saving: ctx.changed(gezin_id), then ctx.events.open_gezin

Every field has an objectName so tests (and the end-to-end test) can fill it with qtbot:
    naam, adres, postcode, plaats,
    ouder_<i>_voornaam, ouder_<i>_achternaam, ouder_<i>_telefoon, ouder_<i>_taal (editable
        combo), ouder_<i>_tolk (checkbox); button ouder_toevoegen adds parent i+1,
    kind_<i>_voornaam, kind_<i>_geboortedatum ("dd-mm-jjjj"), kind_<i>_groep (combo, data 1-4),
        kind_<i>_school, kind_<i>_leerkracht (combos, data = id or None); button kind_toevoegen,
    aanmeld_datum ("dd-mm-jjjj", today), bron (combo, data = AanmeldBron value),
    aangemeld_door, buttons opslaan and annuleren.
A problem is shown in the label `<field>_fout` under the field (e.g. `ouder_0_voornaam_fout`)
and in `melding` at the top; the dialog stays open with everything typed.
"""

from __future__ import annotations

import itertools
import re
import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, select

from samenleren_desktop.model.entities import Leerkracht, School
from samenleren_desktop.model.entities.keuzes import AanmeldBron
from samenleren_desktop.model.errors import SamenLerenError, ValidationError
from samenleren_desktop.model.services.aanmelding import NieuweAanmelding, registreer_aanmelding
from samenleren_desktop.model.services.gezinnen import NieuweOuder, NieuwGezin, NieuwKind
from samenleren_desktop.ui.context import AppContext

TALEN = ("Nederlands", "Arabisch", "Turks", "Tamazight", "Pools", "Engels", "Somalisch")
MAX_OUDERS, MAX_KINDEREN = 4, 6
_DATUM = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


class _Velden(QWidget):
    """Fields with an error label under each, in a form; keeps them by key for errors."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        widget.setAccessibleName(label.replace("&", ""))
        widget.setMinimumHeight(36)
        fout = QLabel(self)
        fout.setObjectName(f"{key}_fout")
        fout.setWordWrap(True)
        fout.setStyleSheet("color: #a40000; font-weight: bold;")
        fout.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(fout)
        text = QLabel(label, self)
        text.setBuddy(widget)
        self.form.addRow(text, box)
        self.fields[key] = (widget, fout)


class AanmeldingDialog(QDialog):
    """Register a new family and start its traject in one transaction.

    Signals:
        saved: the new family's id, after it was stored.

    Attributes:
        gezin_id: the stored family (after saving).
        traject_id: its new traject (after saving).
    """

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.gezin_id: uuid.UUID | None = None
        self.traject_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Nieuwe aanmelding"))
        self.setMinimumSize(620, 640)
        with ctx.session() as session:
            self._scholen = [(s.id, s.naam) for s in session.exec(select(School)).all()]
            self._leerkrachten = [
                (lk.id, lk.school_id, lk.naam)
                for lk in session.exec(select(Leerkracht).order_by(col(Leerkracht.naam))).all()
            ]
        self._scholen.sort(key=lambda s: s[1].casefold())
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._ouders = 0
        self._kinderen = 0
        self._build()

    def _build(self) -> None:
        self.melding = QLabel(self)
        self.melding.setObjectName("melding")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #a40000; font-weight: bold;")
        self.melding.hide()
        content = QWidget(self)
        column = QVBoxLayout(content)
        self.gezin = self._group(column, self.tr("Gezin"))
        self._line(
            self.gezin,
            "naam",
            self.tr("&Naam van het gezin"),
            self.tr("Bijvoorbeeld: Gezin Jansen"),
        )
        self._line(self.gezin, "adres", self.tr("A&dres"), self.tr("Straat en huisnummer"))
        self._line(self.gezin, "postcode", self.tr("&Postcode"), "1234 AB")
        self._line(self.gezin, "plaats", self.tr("Pl&aats"), "")
        self.ouders_box = self._group(column, self.tr("Ouders"))
        self.ouder_toevoegen = self._add_button(
            column, "ouder_toevoegen", self.tr("Ouder toevoegen")
        )
        self.kinderen_box = self._group(column, self.tr("Kinderen"))
        self.kind_toevoegen = self._add_button(column, "kind_toevoegen", self.tr("Kind toevoegen"))
        self.aanmelding = self._group(column, self.tr("Aanmelding"))
        datum = self._line(self.aanmelding, "aanmeld_datum", self.tr("Aanmel&ddatum"), "dd-mm-jjjj")
        datum.setText(f"{self.ctx.today():%d-%m-%Y}")
        bron = QComboBox(self)
        for value, label in self._bronnen():
            bron.addItem(label, value)
        self.aanmelding.add("bron", self.tr("Aangemeld &via"), bron)
        self.fields["bron"] = self.aanmelding.fields["bron"]
        self._line(
            self.aanmelding,
            "aangemeld_door",
            self.tr("Aangemeld d&oor"),
            self.tr("Bijvoorbeeld juf Mirjam"),
        )
        column.addStretch(1)
        self.ouder_toevoegen.clicked.connect(self.add_ouder)
        self.kind_toevoegen.clicked.connect(self.add_kind)
        self.add_ouder()
        self.add_kind()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self._buttons())
        self._tab_order()
        self._field("naam").setFocus()

    def _tab_order(self) -> None:
        """Tab goes down the form as it reads: family, parents, children, aanmelding, buttons."""
        if not hasattr(self, "opslaan"):
            return
        keys = list(self.fields)
        chain: list[QWidget] = [self._field(k) for k in ("naam", "adres", "postcode", "plaats")]
        chain += [self._field(k) for k in keys if k.startswith("ouder_")]
        chain.append(self.ouder_toevoegen)
        chain += [self._field(k) for k in keys if k.startswith("kind_")]
        chain.append(self.kind_toevoegen)
        chain += [self._field(k) for k in ("aanmeld_datum", "bron", "aangemeld_door")]
        chain += [self.opslaan, self.annuleren]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _buttons(self) -> QHBoxLayout:
        self.opslaan = QPushButton(self.tr("&Opslaan en traject starten"), self)
        self.opslaan.setObjectName("opslaan")
        self.opslaan.setDefault(True)
        self.annuleren = QPushButton(self.tr("Annuleren"), self)
        self.annuleren.setObjectName("annuleren")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.annuleren, self.opslaan):
            button.setMinimumHeight(40)
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        self.opslaan.clicked.connect(self.save)
        self.annuleren.clicked.connect(self.reject)
        return row

    def _bronnen(self) -> list[tuple[str, str]]:
        labels = {
            AanmeldBron.SCHOOL: self.tr("School"),
            AanmeldBron.OUDER: self.tr("Ouder zelf"),
            AanmeldBron.WIJKTEAM: self.tr("Wijkteam"),
            AanmeldBron.ANDERS: self.tr("Anders"),
        }
        return [(bron.value, labels[bron]) for bron in AanmeldBron]

    def _group(self, column: QVBoxLayout, title: str) -> _Velden:
        group = QGroupBox(title, self)
        inner = QVBoxLayout(group)
        velden = _Velden(group)
        inner.addWidget(velden)
        column.addWidget(group)
        return velden

    def _add_button(self, column: QVBoxLayout, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setMinimumHeight(40)
        column.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        return button

    def _line(self, velden: _Velden, key: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        velden.add(key, label, edit)
        self.fields[key] = velden.fields[key]
        return edit

    def _combo(self, velden: _Velden, key: str, label: str) -> QComboBox:
        combo = QComboBox(self)
        velden.add(key, label, combo)
        self.fields[key] = velden.fields[key]
        return combo

    def add_ouder(self) -> None:
        """Add the fields of one more parent (an extra parent left empty is ignored)."""
        i, box = self._ouders, self.ouders_box
        self._ouders += 1
        nummer = f" {i + 1}" if i else ""
        self._line(box, f"ouder_{i}_voornaam", self.tr("Voornaam ouder") + nummer, "")
        self._line(box, f"ouder_{i}_achternaam", self.tr("Achternaam ouder") + nummer, "")
        self._line(box, f"ouder_{i}_telefoon", self.tr("Telefoon ouder") + nummer, "06-12345678")
        taal = self._combo(box, f"ouder_{i}_taal", self.tr("Taal thuis") + nummer)
        taal.setEditable(True)
        taal.addItems(TALEN)
        tolk = QCheckBox(self.tr("Tolk nodig"), self)
        box.add(f"ouder_{i}_tolk", self.tr("Tolk") + nummer, tolk)
        self.fields[f"ouder_{i}_tolk"] = box.fields[f"ouder_{i}_tolk"]
        self.ouder_toevoegen.setEnabled(self._ouders < MAX_OUDERS)
        self._tab_order()

    def add_kind(self) -> None:
        """Add the fields of one more child (an extra child left empty is ignored)."""
        i, box = self._kinderen, self.kinderen_box
        self._kinderen += 1
        nummer = f" {i + 1}" if i else ""
        self._line(box, f"kind_{i}_voornaam", self.tr("Voornaam kind") + nummer, "")
        self._line(box, f"kind_{i}_geboortedatum", self.tr("Geboortedatum") + nummer, "dd-mm-jjjj")
        groep = self._combo(box, f"kind_{i}_groep", self.tr("Groep") + nummer)
        for nr in range(1, 5):
            groep.addItem(self.tr("Groep {nr}").format(nr=nr), nr)
        school = self._combo(box, f"kind_{i}_school", self.tr("School") + nummer)
        school.addItem(self.tr("Nog niet bekend"), None)
        for school_id, naam in self._scholen:
            school.addItem(naam, school_id)
        leerkracht = self._combo(box, f"kind_{i}_leerkracht", self.tr("Leerkracht") + nummer)
        school.currentIndexChanged.connect(lambda _: self._fill_leerkrachten(school, leerkracht))
        self._fill_leerkrachten(school, leerkracht)
        self.kind_toevoegen.setEnabled(self._kinderen < MAX_KINDEREN)
        self._tab_order()

    def _fill_leerkrachten(self, school: QComboBox, leerkracht: QComboBox) -> None:
        leerkracht.clear()
        leerkracht.addItem(self.tr("Nog niet bekend"), None)
        for lk_id, school_id, naam in self._leerkrachten:
            if school_id == school.currentData():
                leerkracht.addItem(naam, lk_id)
        leerkracht.setEnabled(school.currentData() is not None)

    def _field(self, key: str) -> QWidget:
        return self.fields[key][0]

    def _text(self, key: str) -> str:
        widget = self._field(key)
        if isinstance(widget, QComboBox):
            return widget.currentText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _data(self, key: str) -> object:
        widget = self._field(key)
        assert isinstance(widget, QComboBox)
        return widget.currentData()

    def _datum(self, key: str, required: bool) -> date | None:
        """Parse a dd-mm-jjjj field; a clear message when it is not a real day."""
        text = self._text(key)
        if not text and not required:
            return None
        match = _DATUM.match(text)
        if match is None:
            raise ValidationError(
                self.tr("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-11-2026."), key
            )
        dag, maand, jaar = (int(part) for part in match.groups())
        try:
            return date(jaar, maand, dag)
        except ValueError:
            raise ValidationError(
                self.tr("Deze datum bestaat niet: {datum}.").format(datum=text), key
            ) from None

    def _ouder(self, i: int) -> NieuweOuder | None:
        p = f"ouder_{i}_"
        namen = [self._text(p + part) for part in ("voornaam", "achternaam", "telefoon")]
        if i and not any(namen):
            return None
        tolk = self._field(p + "tolk")
        assert isinstance(tolk, QCheckBox)
        taal = self._text(p + "taal") or "Nederlands"
        return NieuweOuder(namen[0], namen[1], taal, tolk.isChecked(), namen[2])

    def _kind(self, i: int) -> NieuwKind | None:
        p = f"kind_{i}_"
        voornaam = self._text(p + "voornaam")
        if i and not voornaam and not self._text(p + "geboortedatum"):
            return None
        groep = self._data(p + "groep")
        school, leerkracht = self._data(p + "school"), self._data(p + "leerkracht")
        return NieuwKind(
            voornaam=voornaam,
            groep=int(groep) if isinstance(groep, int) else 1,
            geboortedatum=self._datum(p + "geboortedatum", required=False),
            school_id=school if isinstance(school, uuid.UUID) else None,
            leerkracht_id=leerkracht if isinstance(leerkracht, uuid.UUID) else None,
        )

    def nieuwe_aanmelding(self) -> NieuweAanmelding:
        """What the coach filled in; `ValidationError` (field = objectName) for a bad date."""
        ouders = [o for i in range(self._ouders) if (o := self._ouder(i)) is not None]
        kinderen = [k for i in range(self._kinderen) if (k := self._kind(i)) is not None]
        gezin = NieuwGezin(
            naam=self._text("naam"),
            ouders=ouders,
            kinderen=kinderen,
            adres=self._text("adres"),
            postcode=self._text("postcode"),
            plaats=self._text("plaats"),
        )
        datum = self._datum("aanmeld_datum", required=True)
        assert datum is not None
        return NieuweAanmelding(gezin, datum, str(self._data("bron")), self._text("aangemeld_door"))

    def save(self) -> bool:
        """Store the family and its traject; on a problem show it and keep everything typed."""
        self._clear_errors()
        try:
            aanmelding = self.nieuwe_aanmelding()
            with self.ctx.changes() as changes:
                traject = registreer_aanmelding(changes, aanmelding)
                gezin_id, traject_id = traject.gezin_id, traject.id
        except ValidationError as error:
            self._show_error(error.message, _widget_key(error.field or ""))
            return False
        except SamenLerenError as error:
            self._show_error(error.message, "")
            return False
        self.gezin_id, self.traject_id = gezin_id, traject_id
        self.saved.emit(gezin_id)
        self.accept()
        self.ctx.changed(gezin_id)
        self.ctx.events.open_gezin.emit(gezin_id)
        return True

    def _clear_errors(self) -> None:
        self.melding.hide()
        for _, fout in self.fields.values():
            fout.hide()

    def _show_error(self, message: str, key: str) -> None:
        self.melding.setText(self.tr("Nog niet opgeslagen: {melding}").format(melding=message))
        self.melding.show()
        if key in self.fields:
            widget, fout = self.fields[key]
            fout.setText("⚠ " + message)
            fout.show()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)


def _widget_key(field: str) -> str:
    """The objectName of the field a service error names: ouders.1.telefoon → ouder_1_telefoon."""
    parts = field.split(".")
    if len(parts) == 3 and parts[0] in ("ouders", "kinderen"):
        soort = "ouder" if parts[0] == "ouders" else "kind"
        return f"{soort}_{parts[1]}_{parts[2]}"
    return field
