"""Run slow work off the GUI thread and deliver the result on it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class TaskRunner(QObject):
    """One background thread for work that touches the workspace (SQLite is serial anyway).

    Signals:
        _finished: (callback, result) internal, delivers a result on the GUI thread.
    """

    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="werkruimte")
        self._closed = False
        # Queued, always: work that is already done when `run` adds its callback (a quick
        # query) would otherwise be delivered at once on this thread, inside `run()`, before
        # the caller is ready for it (a `loaded` signal emitted in a constructor).
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run `work` in the background, then `on_done(result)` or `on_error(exc)`.

        The callbacks run on the GUI thread. Do not touch widgets inside `work`. After
        `shutdown()` nothing new starts: a result delivered while the program closes may still
        ask for more work (a reload, say), and the workspace is gone by then.
        """
        if self._closed:
            return
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._finished.emit((on_done, on_error), f))

    @Slot(object, object)
    def _deliver(
        self,
        callbacks: tuple[Callable[[Any], None], Callable[[BaseException], None]],
        future: Future[Any],
    ) -> None:
        on_done, on_error = callbacks
        error = future.exception()
        if error is not None:
            on_error(error)
        else:
            on_done(future.result())

    def shutdown(self) -> None:
        """Wait for running work and stop the thread; later `run` calls do nothing."""
        self._closed = True
        self._executor.shutdown(wait=True)
