"""The main window: the start page until the workspace is open, then the shell of pages.

The shell is a navigation sidebar on the left, the registered pages on the right and a status
bar with the sync status. Pages are registered with `add_page(key, title, widget)`; the window
knows nothing about what they show. Locking lays `LockOverlay` over everything and hides the
pages (they are kept, with any unsaved input) until the passphrase is given again.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid
from typing_extensions import override

from samenleren_desktop.ui.lock_overlay import LockOverlay, WindowCurtain
from samenleren_desktop.ui.navigation import NavigationBar
from samenleren_desktop.ui.sync_status import SyncStatusWidget

if TYPE_CHECKING:
    from samenleren_desktop.ui.context import AppContext

TRAJECT_PAGE = "traject"


class MainWindow(QMainWindow):
    """Shows the start page (unlock or create), then the pages of the open workspace.

    Attributes:
        start_page: the passphrase screen shown before the workspace is open.
        navigation: the sidebar listing the pages.
        pages: the stack of registered pages.
        sync_status: the sync status area in the status bar.
        lock_overlay: the lock screen (hidden unless locked).

    Signals:
        page_changed: (key) another page is shown.
        locked: the window was locked.
        unlocked: the window was unlocked and shows the same screen again.
    """

    page_changed = Signal(str)
    locked = Signal()
    unlocked = Signal()

    def __init__(self, start_page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Samen Leren"))
        self.setObjectName("mainWindow")
        self.resize(1200, 760)
        self.start_page = start_page
        self._titles: dict[str, str] = {}
        self._widgets: dict[str, QWidget] = {}
        self._curtain = WindowCurtain()
        self._focus_before_lock: QWidget | None = None
        self.navigation = NavigationBar()
        self.navigation.page_requested.connect(self.show_page)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._shell = QWidget()
        row = QHBoxLayout(self._shell)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self._outer = QStackedWidget()
        self._outer.addWidget(start_page)
        self._outer.addWidget(self._shell)
        self.setCentralWidget(self._outer)
        self._message = QLabel()
        self._message.setObjectName("statusMessage")
        self._message.setAccessibleName(self.tr("Statusregel"))
        self.statusBar().addWidget(self._message, 1)
        self.sync_status = SyncStatusWidget()
        self.sync_status.set_not_configured()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.lock_overlay = LockOverlay(self)
        self.lock_overlay.hide()
        self._add_shortcuts()

    # Pages ---------------------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        """Register a page under `key`; the first nine get Ctrl+1 … Ctrl+9."""
        if key in self._widgets:
            raise ValueError(f"page {key!r} is registered twice")
        widget.setObjectName(widget.objectName() or f"page_{key}")
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        self._titles[key] = title
        self._widgets[key] = widget
        self.pages.addWidget(widget)
        self.navigation.add_entry(key, title, icon)
        if len(self._widgets) == 1:
            self.show_page(key)

    def page_keys(self) -> list[str]:
        """The keys of the registered pages, in the order of the sidebar."""
        return list(self._widgets)

    def page(self, key: str) -> QWidget:
        """The widget registered under `key`."""
        return self._widgets[key]

    def page_title(self, key: str) -> str:
        """The title shown in the sidebar for `key`."""
        return self._titles[key]

    def current_page_key(self) -> str | None:
        """The key of the page on screen, if any."""
        current = self.pages.currentWidget()
        return next((k for k, w in self._widgets.items() if w is current), None)

    @Slot(str)
    def show_page(self, key: str) -> None:
        """Bring the page `key` to the front (and call its `page_shown()` if it has one)."""
        widget = self._widgets[key]
        changed = self.pages.currentWidget() is not widget
        self.pages.setCurrentWidget(widget)
        self.navigation.select(key)
        self.setWindowTitle(self.tr("{pagina} — Samen Leren").format(pagina=self._titles[key]))
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        if changed:
            self.page_changed.emit(key)

    def show_shell(self) -> None:
        """Replace the start page with the pages, once the workspace is open."""
        self._outer.setCurrentWidget(self._shell)
        current = self.pages.currentWidget()
        (current or self.navigation).setFocus()

    def shell_shown(self) -> bool:
        """True once the workspace is open and its pages are on screen."""
        return self._outer.currentWidget() is self._shell

    def connect_context(self, ctx: AppContext) -> None:
        """Route the screens' shared events: open a family, messages for the status bar."""
        ctx.events.open_gezin.connect(self._on_open_gezin)
        ctx.events.status_message.connect(self.show_message)

    @Slot(str)
    def show_message(self, text: str) -> None:
        """Show a short line in the status bar."""
        self._message.setText(text)

    @Slot(object)
    def _on_open_gezin(self, gezin_id: uuid.UUID) -> None:
        if TRAJECT_PAGE not in self._widgets:
            return
        page = self._widgets[TRAJECT_PAGE]
        show_gezin = getattr(page, "show_gezin", None)
        if callable(show_gezin):
            show_gezin(gezin_id)
        self.show_page(TRAJECT_PAGE)

    def _add_shortcuts(self) -> None:
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self._on_number_shortcut(n))
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock)

    def _on_number_shortcut(self, number: int) -> None:
        keys = self.page_keys()
        if self.shell_shown() and not self.is_locked() and number <= len(keys):
            self.show_page(keys[number - 1])
            self.navigation.setFocus()

    # Locking -------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        """True while the lock overlay hides the pages."""
        return not self._outer.isEnabled()

    @Slot()
    def lock(self) -> None:
        """Hide every page and window behind the lock screen; keep everything as it is."""
        if not self.shell_shown() or self.is_locked():
            return
        self._focus_before_lock = QApplication.focusWidget()
        self._curtain.close_over(self)
        self._outer.hide()
        self._outer.setEnabled(False)
        self.statusBar().hide()
        self.lock_overlay.reset()
        if self._curtain.covered_modal:
            self._float_overlay()
        else:
            self.lock_overlay.setGeometry(self.rect())
            self.lock_overlay.show()
            self.lock_overlay.raise_()
        self.lock_overlay.passphrase.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        """Show the same screen as before the lock, focus where it was."""
        if not self.is_locked():
            return
        self.lock_overlay.hide()
        self.lock_overlay.reset()
        if self.lock_overlay.isWindow():
            self.lock_overlay.setWindowModality(Qt.WindowModality.NonModal)
            self.lock_overlay.setParent(self, Qt.WindowType.Widget)
        self._outer.setEnabled(True)
        self._outer.show()
        self.statusBar().show()
        self._curtain.open_up()
        focus, self._focus_before_lock = self._focus_before_lock, None
        if focus is not None and isValid(focus):
            focus.setFocus()
        self.unlocked.emit()

    def _float_overlay(self) -> None:
        """Show the lock screen as a window of its own, above a modal dialog that is open."""
        geometry = self.geometry()
        self.lock_overlay.setParent(None, Qt.WindowType.Window)
        self.lock_overlay.setWindowTitle(self.tr("Samen Leren is vergrendeld"))
        self.lock_overlay.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock_overlay.setGeometry(geometry)
        self.lock_overlay.show()
        self.lock_overlay.raise_()
        self.lock_overlay.activateWindow()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.lock_overlay.isWindow():
            self.lock_overlay.setGeometry(self.rect())
