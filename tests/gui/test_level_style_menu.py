"""Choosing the level style that is already ticked changes nothing: no undo step, document not modified."""

from __future__ import annotations

from writer import level_style_action

from editor_app.model.report import Placement


def test_choosing_the_ticked_level_style_changes_nothing(window):
    assert window.report().level_style(2).placement is Placement.RUNIN
    ticked = level_style_action(window, "第二级", "段首加粗引领句")
    assert ticked.isChecked()
    ticked.trigger()
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    other = level_style_action(window, "第二级", "标题单独成行")
    other.trigger()  # a real change still becomes one undo step
    assert window.undo_stack.count() == 1 and window.isWindowModified()
    assert window.report().level_style(2).placement is Placement.HEADING
