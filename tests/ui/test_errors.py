"""Unexpected errors: logged without personal data, a plain message, the program goes on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from samenleren_desktop.ui.errors import LOG_NAME, ErrorReporter

pytestmark = pytest.mark.gui

SECRET = "Fatima Yilmaz, Dorpsstraat 12"


@pytest.fixture
def reporter(qtbot: QtBot, tmp_path: Path) -> Iterator[ErrorReporter]:
    handler = ErrorReporter(tmp_path / "logs")
    handler.install()
    yield handler
    handler.uninstall()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _save_note() -> None:
    raise ValueError(f"kon notitie niet bewaren: {SECRET}")


def test_an_error_in_a_slot_is_logged_without_personal_data_and_shown(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    button = QPushButton("Opslaan")
    qtbot.addWidget(button)
    button.clicked.connect(_save_note)
    button.click()
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    box = _boxes()[0]
    assert "Er ging iets mis" in box.text()
    assert "niets verloren" in box.text()
    log = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in log
    assert "test_errors.py" in log
    assert "_save_note" in log
    assert SECRET not in log
    assert "Fatima" not in log
    assert reporter.errors
    assert SECRET not in reporter.errors[0]


def test_the_program_keeps_running_and_shows_one_message_at_a_time(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    QTimer.singleShot(0, _save_note)
    QTimer.singleShot(0, _save_note)
    qtbot.waitUntil(lambda: len(reporter.errors) == 2)
    qtbot.wait(20)
    assert len(_boxes()) == 1
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])


def test_an_error_in_a_worker_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    worker = threading.Thread(target=_save_note, name="werk")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    assert "ValueError" in reporter.errors[0]
    assert SECRET not in (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")


def test_uninstall_gives_the_hooks_back(tmp_path: Path) -> None:
    before = sys.excepthook, threading.excepthook
    handler = ErrorReporter(tmp_path / "logs")
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
