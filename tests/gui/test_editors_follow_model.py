"""Every editor shows exactly what the model holds after Enter, paste, Backspace-join and their undo/redo,
driven through real key clicks on a visible, focused window (the QA report: Enter left the whole original
paragraph in the upper editor, and the next keystroke wrote it back into the model)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from editor_app.model.counting import count_report
from editor_app.model.inline import plain
from editor_app.model.places import PlaceKind, places
from editor_app.model.report import Paragraph, iter_nodes

pytestmark = pytest.mark.xcb  # keys and focus: also run on a real X server (scripts/test.sh)
EDITED = {PlaceKind.TITLE, PlaceKind.HEADING, PlaceKind.PARAGRAPH, PlaceKind.SIGNATURE, PlaceKind.DATE}


def assert_editors_match_model(window) -> None:
    for editor in window.column.order:
        assert editor.toPlainText() == plain(getattr(editor.owner, editor.attr)), editor.place.anchor


def walk_history(window, steps: int) -> None:
    """Undo (negative) or redo (positive) ``steps`` times, checking editors against the model after each."""
    for _ in range(abs(steps)):
        window.undo_stack.undo() if steps < 0 else window.undo_stack.redo()
        assert_editors_match_model(window)


def lead_editor(window, index: int):
    return window.column.editor_for(window.report().lead[index], "text")


def focus_at(qtbot, window, editor, position: int) -> None:
    window.column.focus_editor(editor, position)
    qtbot.waitUntil(editor.hasFocus)
    editor.set_cursor(position)


def test_enter_in_the_middle_leaves_only_the_first_half_above(window, qtbot):
    original = window.report().lead[0].text
    total = count_report(window.report())
    upper = lead_editor(window, 0)
    focus_at(qtbot, window, upper, 10)
    qtbot.keyClick(upper, Qt.Key.Key_Return)
    qtbot.wait(10)  # the new paragraph takes the focus on the next turn of the event loop
    assert [p.text for p in window.report().lead] == [original[:10], original[10:]]
    assert upper.toPlainText() == original[:10]
    assert_editors_match_model(window)
    lower = lead_editor(window, 1)
    qtbot.waitUntil(lower.hasFocus)
    assert lower.textCursor().position() == 0
    qtbot.keyClicks(lower, "X")
    assert window.report().lead[1].text == "X" + original[10:]
    assert count_report(window.report()) == total + 1  # the second half was not written back twice
    assert_editors_match_model(window)
    focus_at(qtbot, window, upper, 10)
    qtbot.keyClicks(upper, "Y")
    assert window.report().lead[0].text == original[:10] + "Y"
    assert_editors_match_model(window)
    walk_history(window, -3)
    assert [p.text for p in window.report().lead] == [original]
    walk_history(window, 3)
    assert [p.text for p in window.report().lead] == [original[:10] + "Y", "X" + original[10:]]


def test_backspace_join_and_undo_keep_editors_and_model_together(window, qtbot):
    original = window.report().lead[0].text
    upper = lead_editor(window, 0)
    focus_at(qtbot, window, upper, 6)
    qtbot.keyClick(upper, Qt.Key.Key_Return)
    lower = lead_editor(window, 1)
    qtbot.waitUntil(lower.hasFocus)
    lower.set_cursor(0)
    qtbot.keyClick(lower, Qt.Key.Key_Backspace)
    assert [p.text for p in window.report().lead] == [original]
    assert upper.toPlainText() == original
    assert_editors_match_model(window)
    qtbot.waitUntil(upper.hasFocus)
    assert upper.textCursor().position() == 6
    qtbot.keyClicks(upper, "Z")
    assert window.report().lead[0].text == original[:6] + "Z" + original[6:]
    assert_editors_match_model(window)
    walk_history(window, -3)
    assert [p.text for p in window.report().lead] == [original]
    walk_history(window, 3)


def test_pasting_lines_shows_the_first_line_in_the_upper_editor(window, qtbot):
    original = window.report().lead[0].text
    upper = lead_editor(window, 0)
    focus_at(qtbot, window, upper, 4)
    data = QMimeData()
    data.setText("甲行\n乙行\n丙行")
    QApplication.clipboard().setMimeData(data)
    qtbot.keyClick(upper, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    texts = [p.text for p in window.report().lead]
    assert texts == [original[:4] + "甲行", "乙行", "丙行" + original[4:]]
    assert upper.toPlainText() == original[:4] + "甲行"
    assert_editors_match_model(window)
    window.undo_stack.undo()
    assert [p.text for p in window.report().lead] == [original]
    assert_editors_match_model(window)
    window.undo_stack.redo()
    assert_editors_match_model(window)


def assert_column_follows_reading_order(window) -> None:
    """The column shows every text in the order of ``places`` under its current anchor, and the status bar's
    count is the report's."""
    window.column.complete()
    report = window.report()
    shown = [(id(editor.owner), editor.attr, editor.place.anchor) for editor in window.column.order]
    wanted = [(id(p.owner), p.key, p.anchor) for p in places(report, details=False) if p.kind in EDITED]
    assert shown == wanted
    assert_editors_match_model(window)
    assert window.count.total == count_report(report)


def test_enter_and_backspace_inside_a_section_keep_the_column_and_the_count_whole(window, qtbot):
    """Enter in a section lays out that section alone: the column still matches the report everywhere."""
    report = window.report()
    node, paragraph = next(
        (n, i) for _, n in iter_nodes(report.nodes) for i in n.content if isinstance(i, Paragraph) and len(i.text) > 6
    )
    upper = window.column.editor_for(paragraph, "text")
    focus_at(qtbot, window, upper, 5)
    qtbot.keyClick(upper, Qt.Key.Key_Return)
    lower = window.column.editor_for(node.content[node.content.index(paragraph) + 1], "text")
    qtbot.waitUntil(lower.hasFocus)
    qtbot.keyClicks(lower, "X")
    assert_column_follows_reading_order(window)
    following = window.column.order[window.column.order.index(lower) + 1]
    focus_at(qtbot, window, upper, 0)
    for expected in (lower, following):  # Tab goes through the new paragraph, in reading order
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(expected.hasFocus)
    lower.setFocus()
    lower.set_cursor(0)
    qtbot.keyClick(lower, Qt.Key.Key_Backspace)
    qtbot.keyClick(upper, Qt.Key.Key_Return)
    assert_column_follows_reading_order(window)
    for step in (-1, -1, -1, 1, 1):
        window.undo_stack.undo() if step < 0 else window.undo_stack.redo()
        assert_column_follows_reading_order(window)
