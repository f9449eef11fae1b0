"""The review panel in the window: findings shown and marked, fix all of a rule as one undo step, ignore,
comments that survive save and reopen, the status in the title bar, and "Compare with…" showing an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from writer import shown

from editor_app.model.report import Meta, Paragraph, Report
from editor_app.store.document import open_document
from editor_app.ui.compare_dialog import CompareDialog

ORIGINAL = "加强管理,落实责任.推进“五个徐州”建设"


def _report() -> Report:
    meta = Meta(title="标题", column=["首页"], source="县委统战部", published="2024-05-08 09:30")
    return Report(meta=meta, lead=[Paragraph(ORIGINAL), Paragraph("截止目前，工作顺利。")])


def _checked(window):
    window.review.wait()
    return window.review


def test_findings_are_listed_counted_and_marked_in_the_editor(desk, qtbot):
    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    assert panel.counts.text() == "错误 2　警告 1　提示 0"
    groups = {panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())}
    assert groups == {"半角标点（2）", "易混淆词语（1）"}
    editor = window.column.editor_for(window.report().lead[0], "text")
    marks = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.extraSelections()]
    assert marks == [(4, 5), (9, 10)]


def test_clicking_a_finding_selects_its_characters(desk, qtbot):
    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    item = panel.tree.topLevelItem(0).child(1)
    panel.tree.setCurrentItem(item)
    panel.tree.itemClicked.emit(item, 0)
    editor = window.column.editor_for(window.report().lead[0], "text")
    qtbot.waitUntil(editor.hasFocus)
    assert editor.textCursor().selectedText() == "."


def test_fix_all_is_one_undo_step_and_undo_restores_the_text_exactly(desk, qtbot):
    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert window.report().lead[0].text == "加强管理，落实责任。推进“五个徐州”建设"
    editor = window.column.editor_for(window.report().lead[0], "text")
    assert editor.toPlainText() == "加强管理，落实责任。推进“五个徐州”建设"
    window.column.focus_editor(editor, 0)
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.report().lead[0].text == ORIGINAL
    assert editor.toPlainText() == ORIGINAL


def test_an_ignored_finding_is_remembered_in_the_document(desk, qtbot, tmp_path):
    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1).child(0))
    qtbot.mouseClick(panel.ignore_button, Qt.MouseButton.LeftButton)
    assert _checked(window).counts.text() == "错误 2　警告 0　提示 0"
    path = tmp_path / "稿件.edesk"
    window.session.save_to(path, force=True)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert [i.text for i in open_document(path).review.ignored] == ["截止目前"]


def test_a_comment_on_selected_words_survives_save_and_reopen(desk, qtbot, tmp_path):
    window = shown(desk, qtbot, _report())
    editor = window.column.editor_for(window.report().lead[0], "text")
    window.column.focus_editor(editor, 0)
    qtbot.waitUntil(editor.hasFocus)
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    comments = window.review.comments
    comments.author.setText("张编辑")
    comment = comments.add("这里的标点要改")
    comments.reply(comment, "已改")
    path = tmp_path / "稿件.edesk"
    window.session.save_to(path, force=True)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    reopened = shown(desk, qtbot, open_document(path))
    (kept,) = reopened.report().review.comments
    assert (kept.anchor, kept.start, kept.end, kept.author, kept.text) == ("lead-0", 0, 4, "张编辑", "这里的标点要改")
    assert [r.text for r in kept.replies] == ["已改"]
    assert "导语第1段“加强管理”　张编辑" in reopened.review.comments.tree.topLevelItem(0).text(0)


def test_status_shows_in_the_title_bar_and_undoes(desk, qtbot):
    window = shown(desk, qtbot, _report())
    assert "（草稿）" in window.windowTitle()
    panel = window.review
    panel.set_status("approved")
    assert "（已审定）" in window.windowTitle()
    window.undo_stack.undo()
    assert "（草稿）" in window.windowTitle() and window.report().review.status == "draft"


def test_compare_shows_an_edit_and_restores_the_earlier_version(desk, qtbot, tmp_path):
    window = shown(desk, qtbot, _report())
    path = tmp_path / "稿件.edesk"
    window.session.save_to(path, force=True)
    qtbot.waitUntil(lambda: window.path == path)
    window.editor.set_text(_lead(window), "加强管理，落实责任。推进“五个徐州”建设", label="改")
    window.session.save_to(path)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    dialog = CompareDialog(window)
    qtbot.addWidget(dialog)
    dialog.older.setCurrentIndex(2)  # the version saved first, kept inside the file
    dialog.newer.setCurrentIndex(0)
    shown_text = dialog.view.toPlainText()
    assert "导语第1段" in shown_text and "加强管理,落实责任." in shown_text
    dialog.restore()
    assert window.report().lead[0].text == ORIGINAL
    window.undo_stack.undo()
    assert window.report().lead[0].text == "加强管理，落实责任。推进“五个徐州”建设"
    QApplication.processEvents()


def _lead(window):
    from editor_app.model.places import find_place

    return find_place(window.report(), "lead-0")


def test_a_check_asked_for_during_a_save_waits_for_the_save(desk, qtbot, tmp_path):
    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    window.session._saving = True  # as while a save's worker writes the file
    editor = window.column.editor_for(window.report().lead[1], "text")
    editor.set_cursor(0)
    editor.insertPlainText("加强管理,")  # one more half-width comma
    qtbot.wait(panel.timer.interval() * 3)
    assert not panel._running and panel.counts.text() == "错误 2　警告 1　提示 0"  # not checked yet
    window.session._saving = False
    qtbot.waitUntil(lambda: panel.counts.text() == "错误 3　警告 1　提示 0", timeout=10000)


def test_a_check_gives_way_while_the_writer_types(desk, qtbot):
    """A check running on the worker waits between places while keys keep coming (Python runs one thread at a
    time: otherwise each key would wait for the check), and finishes once the writer stops."""
    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    editor = window.column.editor_for(window.report().lead[1], "text")
    window.column.focus_editor(editor, 0)
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    panel.recheck()
    for _ in range(8):  # a key every 0.1 s for 0.8 s: the check waits all along
        qtbot.wait(100)
        assert panel._running
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not panel._running, timeout=5000)
    assert panel.counts.text() == "错误 2　警告 1　提示 0"


def test_a_check_gives_way_to_an_input_method_too(desk, qtbot):
    """Chinese is typed through an input method, whose text comes without key presses."""
    from PySide6.QtGui import QInputMethodEvent

    window = shown(desk, qtbot, _report())
    panel = _checked(window)
    editor = window.column.editor_for(window.report().lead[1], "text")
    window.column.focus_editor(editor, 0)
    qtbot.waitUntil(editor.hasFocus)

    def compose() -> None:  # a syllable being composed: no text reaches the report, so no new check
        event = QInputMethodEvent("gong", [])
        QApplication.sendEvent(editor, event)

    compose()
    panel.recheck()
    for _ in range(8):
        qtbot.wait(100)
        assert panel._running
        compose()
    qtbot.waitUntil(lambda: not panel._running, timeout=5000)
