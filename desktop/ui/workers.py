"""One way to run work off the GUI thread: a runnable on the global QThreadPool with signals back.

The work function receives a :class:`Progress` to report to and to check for cancellation; it must
never touch widgets. Results and errors come back on the GUI thread through signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside work that noticed the user pressed Cancel."""


class Progress:
    """Handed to the work function: report progress, check cancellation (thread-safe)."""

    def __init__(self, emit: Callable[[int, str], None]):
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, percent: int, text: str = "") -> None:
        self.check()
        self._emit(int(percent), text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object, str)  # exception, traceback text
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.progress = Progress(lambda p, t: self.signals.progress.emit(p, t))

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every error reaches the user through `failed`
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


_running: set[Task] = set()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    title: str = "",
    label: str = "",
    show_after_ms: int = 400,
) -> Task:
    """Start ``fn`` on the thread pool with a progress dialog (shown only if it takes a while) and Cancel."""
    task = Task(fn)
    _running.add(task)
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(task.progress.cancel)

    def finish() -> None:
        _running.discard(task)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def progressed(percent: int, text: str) -> None:
        dialog.setValue(max(0, min(100, percent)))
        if text:
            dialog.setLabelText(text)

    def done(result) -> None:
        finish()
        on_done(result)

    def failed(exc, _tb) -> None:
        finish()
        on_error(exc)

    task.signals.progress.connect(progressed, Qt.ConnectionType.QueuedConnection)
    task.signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    task.signals.cancelled.connect(finish, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(task))
    task.dialog = dialog  # for tests
    return task
