"""A long report open without long pauses for Python's garbage collector (issue #13).

With a 300,000-character report open, Python's full collections walked the window's every object and took
120–180 ms (on a worker too, holding the interpreter lock while the writer typed). Once a window's column is built,
its objects are frozen out of those walks; closing a window gives them back to the collector (which is how the
cycles among a closed window's objects are found: its document is freed) and freezes again what the other windows
hold."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QObject
from writer import discard

from editor_app.settings import Settings
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application
from editor_app.ui.workers import Background
from workloads import realistic_report


@pytest.fixture
def desk(qapp):
    create_application()
    desk = Desk(Settings(), frozen_when_built=True)  # as the app's own Desk (run_gui)
    yield desk
    for window in list(desk.windows):
        discard(window)
    gc.unfreeze()  # whatever a failing test left frozen goes back to the collector


def walked() -> int:
    """The objects a full collection walks (the frozen ones are left out)."""
    return len(gc.get_objects())


def test_built_windows_leave_full_collections_and_closing_one_gives_them_back(desk, qtbot):
    desk.show_window(realistic_report(30_000), None)
    desk.show_window(sample_report(), None)
    qtbot.waitUntil(lambda: all(window.column.is_complete() for window in desk.windows), timeout=20_000)
    frozen = gc.get_freeze_count()
    assert frozen > 20_000 and walked() < frozen / 4  # full collections no longer walk what the windows hold

    report = weakref.ref(desk.windows[0].report())
    discard(desk.windows[0])
    qtbot.waitUntil(lambda: len(desk.windows) == 1 and gc.get_freeze_count() != frozen, timeout=5_000)
    assert report() is None  # the closed window's document is freed, though it was frozen
    assert gc.get_freeze_count() > 0 and walked() < gc.get_freeze_count() / 4  # the other window's, frozen again

    discard(desk.windows[0])
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5_000)  # the last window gave everything back


def test_a_finished_job_keeps_nothing_alive(qapp, qtbot):
    """A background job's result callbacks are let go once it has finished: their connections, held by Qt where the
    garbage collector cannot see them, kept every review pass's panel, and so its closed window, alive."""
    results = []

    class Panel(QObject):
        def shown(self, value) -> None:
            results.append(value)

    background, panel = Background(), Panel()
    background.run(lambda: 42, panel.shown)
    qtbot.waitUntil(lambda: results == [42])
    gone = weakref.ref(panel)
    del panel
    gc.collect()
    assert gone() is None
