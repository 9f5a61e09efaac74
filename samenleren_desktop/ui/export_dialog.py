"""Export dialogs: one family document as PDF, or a batch (e.g. every child's certificate).

    ExportDialog(ctx, traject_id).exec()     # choose a document and a file, then "Maken"
    BatchExportDialog(ctx, filter_=f).exec() # certificates of the finished trajecten in `f`

The PDFs are made on `ctx.runner` (off the GUI thread) behind a QProgressDialog; a batch can be
cancelled between two documents and leaves only complete files; when some documents fail, the
dialog says how many were made and which families failed, and why.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.entities import Gezin, Traject
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.rapportage import RapportFilter
from samenleren_desktop.reports import (
    DOCUMENTEN,
    BatchResultaat,
    afgeronde_in_selectie,
    exporteer_batch,
    exporteer_document,
    selectie_tekst,
    veilige_naam,
)
from samenleren_desktop.reports.opmaak import datum_tekst
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.preferences import Preferences

BUTTON_HEIGHT = 40


def error_text(error: BaseException) -> str:
    """A known error's Dutch sentence, or a general one."""
    if isinstance(error, SamenLerenError):
        return error.message
    return QCoreApplication.translate(
        "ExportDialog", "Het document kon niet worden gemaakt. Probeer het opnieuw."
    )


def _button(text: str, parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setAccessibleName(name)
    return button


def _document_combo(parent: QWidget, default: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setMinimumHeight(BUTTON_HEIGHT)
    for key, (naam, _) in DOCUMENTEN.items():
        combo.addItem(naam, key)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


class ExportDialog(QDialog):
    """Make one family document of a traject as PDF.

    Signals:
        exported: the path of the written PDF.
    """

    exported = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        traject_id: uuid.UUID,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.traject_id = traject_id
        self.preferences = preferences or Preferences(parent=self)
        self.warnings: list[str] = []
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Document maken"))
        self.setMinimumWidth(520)
        self.document = _document_combo(self, "plan")
        self.document.setAccessibleName(self.tr("Welk document"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Bestand"))
        self.path.setMinimumHeight(BUTTON_HEIGHT)
        self._gezin = self._gezin_naam()
        self.path.setText(str(Path.home() / f"plan-{self._gezin}.pdf"))
        self.browse = _button(self.tr("&Kiezen…"), self, self.tr("Bestand kiezen"))
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.make = _button(self.tr("&Maken"), self, self.tr("Document maken"))
        self.make.setDefault(True)
        self.cancel = _button(self.tr("&Sluiten"), self, self.tr("Sluiten"))
        self._layout()
        self.browse.clicked.connect(self._choose)
        self.make.clicked.connect(self.start)
        self.cancel.clicked.connect(self.reject)
        self.document.currentIndexChanged.connect(self._suggest_name)
        self.resize(self.sizeHint().expandedTo(self.minimumSize()))

    def _layout(self) -> None:
        form = QFormLayout()
        label = QLabel(self.tr("&Document:"), self)
        label.setBuddy(self.document)
        form.addRow(label, self.document)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        label = QLabel(self.tr("&Bestand:"), self)
        label.setBuddy(self.path)
        form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.make)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        notice = QLabel(self.tr("Let op: een PDF is niet versleuteld. Bewaar hem veilig."), self)
        notice.setWordWrap(True)
        layout.addWidget(notice)
        self.setTabOrder(self.document, self.path)
        self.setTabOrder(self.path, self.browse)
        self.setTabOrder(self.browse, self.make)

    def _gezin_naam(self) -> str:
        """The family's name as a file name part, e.g. 'Gezin-Öztürk'."""
        with self.ctx.session() as session:
            traject = session.get(Traject, self.traject_id)
            gezin = session.get(Gezin, traject.gezin_id) if traject else None
        return veilige_naam(gezin.naam if gezin else "gezin")

    def _suggest_name(self) -> None:
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        self.path.setText(str(folder / f"{self.document.currentData()}-{self._gezin}.pdf"))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        """Make the document in the background, with a busy progress dialog."""
        target = Path(self.path.text().strip())
        soort = str(self.document.currentData())
        today = self.ctx.today()
        logo, organisatie = self.preferences.document_settings()
        self.warnings = []
        self.make.setEnabled(False)
        self.message.setText("")
        self.progress = QProgressDialog(self.tr("Het document wordt gemaakt…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)

        def work() -> Path:
            with self.ctx.session() as session:
                return exporteer_document(
                    session,
                    self.traject_id,
                    soort,
                    target,
                    today,
                    logo,
                    organisatie=organisatie,
                    waarschuwingen=self.warnings,
                )

        self.ctx.runner.run(work, self._done, self._failed)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None
        self.make.setEnabled(True)

    def _done(self, path: Path) -> None:
        self._finish()
        self.message.setText("\n".join([self.tr("Klaar: {0}").format(path), *self.warnings]))
        self.exported.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.message.setText(error_text(error))


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    step = Signal(int)


class BatchExportDialog(QDialog):
    """Make one document (certificates by default) for every finished traject.

    With `filter_` (the coordinator overview's period, school and coach) only the finished
    trajecten in that selection; without it, every finished traject.

    Signals:
        finished_batch: (list of written paths, whether it was cancelled); `self.outcome`
            holds the full outcome, including the documents that failed.
    """

    finished_batch = Signal(object, bool)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        folder: Path | None = None,
        soort: str = "certificaat-kind",
        preferences: Preferences | None = None,
        filter_: RapportFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preferences = preferences or Preferences(parent=self)
        self.warnings: list[str] = []
        self.outcome: BatchResultaat | None = None
        self._cancel = threading.Event()
        self._signals = _Progress(self)
        self.progress: QProgressDialog | None = None
        with ctx.session() as session:
            self.trajecten = afgeronde_in_selectie(session, filter_, ctx.today())
            selectie = self._selectie(session, filter_, len(self.trajecten))
        self.setWindowTitle(self.tr("Documenten voor alle afgeronde trajecten"))
        self.setMinimumWidth(520)
        self.document = _document_combo(self, soort)
        self.document.setAccessibleName(self.tr("Welk document"))
        self.folder = QLineEdit(str(folder or Path.home()), self)
        self.folder.setAccessibleName(self.tr("Map"))
        self.folder.setMinimumHeight(BUTTON_HEIGHT)
        self.browse = _button(self.tr("&Kiezen…"), self, self.tr("Map kiezen"))
        count = len(self.trajecten)
        self.summary = QLabel(selectie, self)
        self.summary.setWordWrap(True)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.make = _button(self.tr("&Maken"), self, self.tr("Documenten maken"))
        self.make.setEnabled(count > 0)
        self.close_button = _button(self.tr("&Sluiten"), self, self.tr("Sluiten"))
        self._layout()
        self.browse.clicked.connect(self._choose)
        self.make.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self._signals.step.connect(self._on_step)
        self.resize(self.sizeHint().expandedTo(self.minimumSize()))

    def _layout(self) -> None:
        form = QFormLayout()
        label = QLabel(self.tr("&Document:"), self)
        label.setBuddy(self.document)
        form.addRow(label, self.document)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        label = QLabel(self.tr("&Map:"), self)
        label.setBuddy(self.folder)
        form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.make)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _selectie(self, session: Any, filter_: RapportFilter | None, count: int) -> str:
        """'3 afgeronde trajecten' and, with a filter, which selection they are from."""
        if filter_ is None:
            return self.tr("{0} afgeronde trajecten.").format(count)
        periode = self.tr("van {0} tot en met {1}").format(
            datum_tekst(filter_.van), datum_tekst(filter_.tot)
        )
        keuze = selectie_tekst(session, filter_)
        return self.tr("{0} afgeronde trajecten in de selectie van het overzicht ({1}).").format(
            count, f"{periode} · {keuze}" if keuze else periode
        )

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map kiezen"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        """Make every document in the background; the progress dialog can cancel."""
        folder = Path(self.folder.text().strip())
        soort = str(self.document.currentData())
        today = self.ctx.today()
        trajecten = list(self.trajecten)
        logo, organisatie = self.preferences.document_settings()
        self.warnings = []
        self._cancel.clear()
        self.make.setEnabled(False)
        self.progress = QProgressDialog(
            self.tr("De documenten worden gemaakt…"), self.tr("&Stoppen"), 0, len(trajecten), self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.canceled.connect(self._cancel.set)
        emit: Callable[[int], None] = self._signals.step.emit

        def work() -> BatchResultaat:
            with self.ctx.session() as session:
                return exporteer_batch(
                    session,
                    trajecten,
                    soort,
                    folder,
                    today,
                    emit,
                    self._cancel.is_set,
                    logo=logo,
                    organisatie=organisatie,
                    waarschuwingen=self.warnings,
                )

        self.ctx.runner.run(work, self._done, self._failed)

    def cancel_batch(self) -> None:
        """Stop after the document being made now."""
        self._cancel.set()

    def _on_step(self, done: int) -> None:
        if self.progress is not None and not self._cancel.is_set():
            self.progress.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress = None
        self.make.setEnabled(True)

    def _done(self, result: BatchResultaat) -> None:
        self.outcome = result
        self._finish()
        self.message.setText("\n".join([self.outcome_text(result), *self.warnings]))
        self.finished_batch.emit(result.gemaakt, result.gestopt)

    def outcome_text(self, result: BatchResultaat) -> str:
        """How many documents were made and, per family that failed, why."""
        made = (
            self.tr("Gestopt: {0} documenten gemaakt.")
            if result.gestopt
            else self.tr("Klaar: {0} documenten gemaakt.")
        ).format(len(result.gemaakt))
        if not result.mislukt:
            return made
        lines = [made, self.tr("{0} niet gelukt:").format(len(result.mislukt))]
        lines += [f"• {naam}: {reden}" for naam, reden in result.mislukt]
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.message.setText(error_text(error))
