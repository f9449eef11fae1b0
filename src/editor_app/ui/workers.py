"""Running disk and other slow work off the UI thread, with the result delivered back on it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # delivered to the UI thread, which shows it to the writer
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """Runs plain-Python jobs on a thread pool; ``on_done``/``on_error`` run on the UI thread, unless the
    Background (with the widget it belongs to) has been deleted by then."""

    def __init__(self, parent: QObject | None = None, *, serial: bool = False) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if serial:
            self.pool.setMaxThreadCount(1)  # jobs run one after another, in the order they were started
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()  # lives in the UI thread, so its signals are queued back to it
        self._relays.add(relay)

        def finish(callback, value) -> None:
            # Qt holds the two connections out of the garbage collector's sight: left connected, they kept this
            # closure, the relay, the callbacks and so their whole window alive after the window had closed.
            relay.done.disconnect()
            relay.failed.disconnect()
            self._relays.discard(relay)
            if callback is not None and shiboken6.isValid(self):  # else its window closed meanwhile: nobody to tell
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running jobs end (only when the window closes)."""
        return self.pool.waitForDone(msecs)


def settings_writer(parent: QObject | None = None) -> Background:
    """A Background with one thread, so settings.json is written in the order the changes were made."""
    writer = Background(parent)
    writer.pool.setMaxThreadCount(1)
    return writer


class Typing:
    """When the writer last pressed a key, so that background checks give way to typing. Python runs one thread at
    a time: a check working through a 300,000-character report on a worker made each Enter wait for it (50 ms
    instead of 15). A worker calls ``give_way`` between steps; it returns once no key has come for ``QUIET``."""

    QUIET = 0.3  # seconds

    def __init__(self) -> None:
        self._last = 0.0

    def key(self) -> None:
        """A key was pressed (UI thread)."""
        self._last = time.monotonic()

    def give_way(self, since: float = 0.0) -> None:
        """Sleep, letting the UI thread run, while the writer is typing: until QUIET after the last key, if that key
        came after ``since`` (``time.monotonic()``; a worker started after a pause in typing passes its start)."""
        while self._last > since and (left := self._last + self.QUIET - time.monotonic()) > 0:
            time.sleep(left)


writer_typing = Typing()
