"""The task runner delivers results later on the GUI thread, never inside `run()`."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from samenleren_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_work_done_before_the_callback_is_added_is_still_delivered_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quick query can finish before `add_done_callback`; its result once arrived inside
    `run()`, so a page's `loaded` fired in its constructor, before anyone listened."""
    runner = TaskRunner()
    done: Future[Any] = Future()
    done.set_result(42)
    monkeypatch.setattr(runner._executor, "submit", lambda _work: done)
    seen: list[tuple[int, bool]] = []
    try:
        runner.run(
            lambda: 42,
            lambda result: seen.append(
                (result, threading.current_thread() is threading.main_thread())
            ),
            lambda error: pytest.fail(str(error)),
        )
        assert seen == []
        qtbot.waitUntil(lambda: seen != [], timeout=2000)
        assert seen == [(42, True)]
    finally:
        monkeypatch.undo()
        runner.shutdown()


def test_results_and_errors_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("kapot")

    try:
        runner.run(lambda: "klaar", results.append, errors.append)
        runner.run(fail, results.append, errors.append)
        qtbot.waitUntil(lambda: bool(results) and bool(errors), timeout=5000)
        assert results == ["klaar"]
        assert isinstance(errors[0], ValueError)
    finally:
        runner.shutdown()
