"""Choosing the level style that is already ticked changes nothing: no undo step, document not modified; every
numbering marker (also 1、 ① 第一章 第一节, which imports bring) can be chosen for a level and undone."""

from __future__ import annotations

from writer import heading, level_style_action, outline_texts

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


def marker_action(window, level_name: str, marker: str):
    """结构 → 层级样式 → ``level_name`` → 编号样式 → ``marker``, as the menu shows it now."""
    levels = window.menus.levels
    levels.aboutToShow.emit()
    (sub,) = [a.menu() for a in levels.actions() if a.text() == level_name]
    (markers,) = [a.menu() for a in sub.actions() if a.text() == "编号样式"]
    (action,) = [a for a in markers.actions() if a.text() == marker]
    return action


def test_level_style_menu_offers_every_marker(window, qtbot):
    assert marker_action(window, "第一级", "一、").isChecked()
    marker_action(window, "第一级", "第一章").trigger()
    assert window.report().level_style(1).marker == "第一章"
    assert heading(window, (0,)).number.startswith("第一章") and outline_texts(window)[2].startswith("第一章")
    assert marker_action(window, "第一级", "第一章").isChecked()
    marker_action(window, "第二级", "①").trigger()  # an unnumbered level of leads becomes numbered
    assert window.report().level_style(2).numbered and heading(window, (0, 1)).number.startswith("②")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.report().level_style(1).marker == "一、" and not window.report().level_style(2).numbered
