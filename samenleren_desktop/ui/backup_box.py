"""The settings page's "Reservekopie" box: an encrypted backup in one file, and how to restore.

The backup (`model/store/backup.py`) is written on the TaskRunner from the open workspace; it is
as safe as the workspace itself (the same data key: the passphrase of today, or the recovery
key). Restoring is the administrator's work, into a new folder; the box says so.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.ui.errors import describe

if TYPE_CHECKING:
    from samenleren_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

SUFFIX = ".samenleren"


def backup_to(ctx: AppContext, target: Path) -> Path:
    """Write the open workspace to `target` (on the TaskRunner)."""
    from samenleren_desktop.model.store.backup import backup_workspace  # noqa: PLC0415

    return backup_workspace(ctx.workspace, target)


class BackupBox(QGroupBox):
    """ "Reservekopie maken…" and the restore guidance.

    Signals:
        written: (path) the backup file is complete.
    """

    written = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reservekopie"))
        self._ctx = ctx
        explain = QLabel(
            self.tr(
                "Een reservekopie is één versleuteld bestand met de hele werkruimte. Bewaar het "
                "op een USB-stick of schijf van de organisatie. Het gaat open met het wachtwoord "
                "van vandaag, of met de herstelsleutel van de organisatie."
            )
        )
        explain.setWordWrap(True)
        self.make = QPushButton(self.tr("&Reservekopie maken…"))
        self.make.setAccessibleName(self.tr("Reservekopie maken"))
        self.make.setMinimumHeight(36)
        self.make.clicked.connect(self._on_make)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Bezig"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        restore = QLabel(
            self.tr(
                "Terugzetten doet de beheerder, in een nieuwe map, met "
                "<i>samenleren workspace restore</i>. Daarna opent u de werkruimte met het "
                "wachtwoord van de dag waarop de kopie is gemaakt."
            )
        )
        restore.setWordWrap(True)
        # A form layout, like the other boxes: its height follows the wrapped text.
        column = QFormLayout(self)
        column.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for widget in (explain, self.make, self.progress, self.message, restore):
            column.addRow(widget)

    def ask_target(self) -> str:
        """Ask where to write the backup (a separate method, so tests can answer for it)."""
        name = f"reservekopie-{date.today().isoformat()}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Reservekopie opslaan"),
            str(Path.home() / name),
            self.tr("Reservekopie van Samen Leren (*{achtervoegsel})").format(achtervoegsel=SUFFIX),
        )
        return chosen

    @Slot()
    def _on_make(self) -> None:
        chosen = self.ask_target()
        if chosen:
            self.make_backup(Path(chosen))

    def make_backup(self, target: Path) -> None:
        """Write the backup to `target` in the background."""
        if not target.suffix:
            target = target.with_name(target.name + SUFFIX)
        self.make.setEnabled(False)
        self.progress.show()
        self._say(self.tr("Bezig met de reservekopie…"))
        ctx = self._ctx
        ctx.runner.run(lambda: backup_to(ctx, target), self._on_written, self._on_failed)

    def _on_written(self, path: Path) -> None:
        self._done()
        self._say(self.tr("Reservekopie geschreven naar {bestand}.").format(bestand=path))
        self.written.emit(str(path))

    def _on_failed(self, error: BaseException) -> None:
        self._done()
        if isinstance(error, SamenLerenError):
            self._say(error.message)
        elif isinstance(error, OSError):
            self._say(
                self.tr(
                    "De reservekopie kon daar niet worden geschreven. Kies een andere map; "
                    "er is niets veranderd."
                )
            )
        else:
            log.error(
                "Unexpected error in backup: %s", describe(type(error), error, error.__traceback__)
            )
            self._say(
                self.tr("Er ging iets mis dat niet had mogen gebeuren. Er is niets veranderd.")
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _done(self) -> None:
        self.make.setEnabled(True)
        self.progress.hide()
