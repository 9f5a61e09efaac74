"""Unexpected errors: logged without personal data, shown as a plain message, program goes on.

`install_error_handlers()` replaces `sys.excepthook` (exceptions in slots and event handlers)
and `threading.excepthook` (exceptions in worker threads). The log holds only the exception's
type and the code locations of its traceback (file, line, function): never its message or any
value, because those can hold a child's name or a note the coach typed.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

LOG_NAME = "samenleren.log"
_LOGGER = logging.getLogger("samenleren_desktop.errors")
_MAX_BYTES = 512 * 1024
_BACKUPS = 3
_MAX_CAUSES = 3

ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def describe(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None, depth: int = 0
) -> str:
    """The exception type and where it happened (and its cause's), with no message or values."""
    lines = [f"{kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    cause = error.__cause__ or error.__context__
    if cause is not None and depth < _MAX_CAUSES:
        inner = describe(type(cause), cause, cause.__traceback__, depth + 1)
        lines.append("  na: " + inner.replace("\n", "\n  "))
    return "\n".join(lines)


class ErrorReporter(QObject):
    """Receives unexpected errors from any thread and reports them on the GUI thread.

    Attributes:
        log_path: the rotating log file.
        errors: descriptions of every error seen (the self-test checks it stays empty).
        show_dialogs: False in the self-test, which reports on the terminal instead.

    Signals:
        error_seen: (description) an unexpected error was logged.
    """

    error_seen = Signal(str)

    def __init__(self, log_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        log_folder.mkdir(parents=True, exist_ok=True)
        self.log_path = log_folder / LOG_NAME
        self.errors: list[str] = []
        self.show_dialogs = True
        self.parent_window: QWidget | None = None
        self._box: QMessageBox | None = None
        self._handler = RotatingFileHandler(
            self.log_path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _LOGGER.addHandler(self._handler)
        self._previous: tuple[ExcHook, Callable[..., object]] | None = None
        self.error_seen.connect(self._on_error_seen, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become the handler of uncaught exceptions on every thread."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back and close the log file."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        _LOGGER.removeHandler(self._handler)
        self._handler.close()

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """Log the error without personal data and tell the coach (any thread)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        description = describe(kind, error, tb)
        self.errors.append(description)
        _LOGGER.error("Onverwachte fout: %s", description)
        self.error_seen.emit(description)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _on_error_seen(self, _description: str) -> None:
        if not self.show_dialogs or (self._box is not None and self._box.isVisible()):
            return
        self._box = unexpected_error_box(self.parent_window, self.log_path)
        self._box.show()


def unexpected_error_box(parent: QWidget | None, log_path: Path) -> QMessageBox:
    """A non-blocking message box in plain Dutch; the program keeps running."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Er ging iets mis"))
    box.setText(
        QCoreApplication.translate(
            "ErrorReporter",
            "Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren: "
            "wat u al had opgeslagen, staat veilig in de werkruimte. Probeer het opnieuw.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ErrorReporter", "Blijft het misgaan? Geef dan dit bestand aan de beheerder: {path}"
        ).format(path=log_path)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("ErrorReporter", "Foutmelding"))
    return box
