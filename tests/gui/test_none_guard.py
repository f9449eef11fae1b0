"""PySide6 6.12 on Python 3.11 drops a reference to None/True/False on every void or bool call; without
the guard a long editing session aborts the process ("none_dealloc: deallocating None")."""

import sys

import pytest
from PySide6.QtWidgets import QLabel

from editor_app.ui import none_guard


@pytest.mark.skipif(not none_guard.AFFECTED, reason="None, True and False are immortal from Python 3.12 on")
def test_many_qt_calls_do_not_exhaust_none(qapp):
    none_guard.top_up()
    label = QLabel()
    for _ in range(30_000):  # more calls than None's natural reference count covers
        label.setFixedHeight(10)
        label.hasFocus()
    assert sys.getrefcount(None) > 0
    none_guard.top_up()
    assert sys.getrefcount(None) >= none_guard.FLOOR
