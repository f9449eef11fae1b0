"""Choosing the level style that is already ticked changes nothing: no undo step, document not modified."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from editor_app.model.report import Placement
from editor_app.settings import Settings
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application


def _action(window, level_name: str, text: str):
    menu = QMenu()
    window._fill_levels_menu(menu)
    (sub,) = [a.menu() for a in menu.actions() if a.text() == level_name]
    (action,) = [a for a in sub.actions() if a.text() == text]
    return menu, action


@pytest.fixture
def window(qapp):
    create_application()
    window = Desk(Settings()).show_window(sample_report(), None)
    yield window
    window.undo_stack.setClean()
    window.close()


def test_choosing_the_ticked_level_style_changes_nothing(window):
    assert window.report().level_style(2).placement is Placement.RUNIN
    _menu, ticked = _action(window, "第二级", "段首加粗引领句")
    assert ticked.isChecked()
    ticked.trigger()
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    _menu2, other = _action(window, "第二级", "标题单独成行")
    other.trigger()  # a real change still becomes one undo step
    assert window.undo_stack.count() == 1 and window.isWindowModified()
    assert window.report().level_style(2).placement is Placement.HEADING
