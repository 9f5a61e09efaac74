"""The sync status area of the status bar: offline, busy, last synced, conflicts.

Every state shows an icon and words, never colour alone. The sync issue drives it through
`set_offline()`, `set_syncing()`, `set_synced(when)` and `set_conflicts(n)`; `clicked` opens
the conflicts screen once that exists.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStyle, QToolButton, QWidget


class SyncStatusWidget(QWidget):
    """A flat button in the status bar that says how synchronising stands.

    Attributes:
        state: "offline", "syncing", "synced" or "conflicts".

    Signals:
        clicked: the coach clicked (or pressed Space on) the status.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.button = QToolButton(self)
        self.button.setObjectName("syncStatus")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.button.setIconSize(QSize(18, 18))
        self.button.setMinimumHeight(32)
        self.button.clicked.connect(self.clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        self.set_offline()

    def text(self) -> str:
        """What the status says now."""
        return self.button.text()

    def _show(self, state: str, icon: QStyle.StandardPixmap, text: str, tip: str) -> None:
        self.state = state
        self.button.setIcon(self.style().standardIcon(icon))
        side = max(18, self.fontMetrics().height())
        self.button.setIconSize(QSize(side, side))
        self.button.setText(text)
        self.button.setToolTip(tip)
        self.button.setAccessibleName(self.tr("Synchronisatie: {status}").format(status=text))

    def set_offline(self, reason: str = "") -> None:
        """No connection with the server (or no server set up yet)."""
        text = self.tr("Offline")
        if reason:
            text = self.tr("Offline — {reden}").format(reden=reason)
        tip = self.tr("Alles wordt op deze laptop bewaard en later gesynchroniseerd.")
        self._show("offline", QStyle.StandardPixmap.SP_DriveNetIcon, text, tip)

    def set_not_configured(self) -> None:
        """The state until the sync issue lets the coach set up a server."""
        self.set_offline(self.tr("nog geen server ingesteld"))

    def set_syncing(self) -> None:
        """Synchronising is busy."""
        text = self.tr("Bezig met synchroniseren…")
        self._show("syncing", QStyle.StandardPixmap.SP_BrowserReload, text, text)

    def set_synced(self, when: datetime) -> None:
        """The last synchronisation finished at `when` (local time)."""
        text = self.tr("Laatst gesynchroniseerd om {tijd}").format(tijd=when.strftime("%H:%M"))
        tip = self.tr("Laatst gesynchroniseerd op {datum}").format(
            datum=when.strftime("%d-%m-%Y %H:%M")
        )
        self._show("synced", QStyle.StandardPixmap.SP_DialogApplyButton, text, tip)

    def set_conflicts(self, n: int) -> None:
        """`n` changes clash with changes made elsewhere and need the coach's choice."""
        if n <= 0:
            self.set_synced(datetime.now())
            return
        text = self.tr("1 conflict") if n == 1 else self.tr("{n} conflicten").format(n=n)
        tip = self.tr("Klik om de conflicten te bekijken en te kiezen wat blijft.")
        self._show("conflicts", QStyle.StandardPixmap.SP_MessageBoxWarning, text, tip)
