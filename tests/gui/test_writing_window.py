"""The writing window driven as a writer drives it: templates, Chinese input, structure moves, undo,
saving and reopening, closing with unsaved work, and the same document opened twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from writer import choose, focused, heading, level_style_action, outline_texts, shown, type_chinese

from editor_app.render.text import render_text
from editor_app.settings import Settings
from editor_app.store.document import open_document, save_document
from editor_app.templates import get_template, sample_report
from editor_app.ui.app import Desk


def test_new_from_template_fills_unit_and_shows_outline(desk, qtbot):
    window = desk.show_window(desk.report_from_template(get_template("thematic-report")), None)
    qtbot.addWidget(window)
    assert window.report().meta.source == "青溪县农业农村局"
    texts = outline_texts(window)
    assert texts[0].startswith("标题：") and texts[1] == "导语"
    assert texts[2].startswith("一、【第一部分") and texts[-2:] == ["结尾", "落款"]
    assert heading(window, (1,)).number == "二、"


def test_typing_chinese_through_input_method_is_recorded_and_undone(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    lead = window.column.editor_for(window.report().lead[0], "text")
    lead.set_cursor(0)
    type_chinese(lead, "据悉，")
    assert window.report().lead[0].text.startswith("据悉，今年以来")
    assert window.isWindowModified()
    type_chinese(lead, "全县")
    window.undo_stack.undo()  # consecutive typing in one paragraph is one undo step
    assert window.report().lead[0].text.startswith("今年以来")
    assert lead.toPlainText().startswith("今年以来")
    window.undo_stack.redo()
    assert lead.toPlainText().startswith("据悉，全县今年以来")


def test_every_field_accepts_input_method_text(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    title = window.column.editor_for(window.report().meta, "title")
    title.set_cursor(-1)
    type_chinese(title, "（续）")
    assert window.report().meta.title.endswith("（续）")
    window.meta_panel.unfold()
    author = window.meta_panel.author
    author.setFocus()
    author.selectAll()
    commit = QInputMethodEvent()
    commit.setCommitString("张文")
    QApplication.sendEvent(author, commit)
    assert window.report().meta.author == "张文"
    signature = window.column.editor_for(window.report(), "signature")
    type_chinese(signature, "青溪县农业农村局")
    assert window.report().signature == "青溪县农业农村局"


@pytest.mark.xcb
def test_move_by_shortcut_renumbers_everywhere_and_undo_restores(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    first = focused(qtbot, window, heading(window, (0,)))
    before = render_text(window.report())
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    text = render_text(window.report())
    assert "一、聚焦环境提升" in text and "二、聚焦产业提质" in text
    assert text.index("二、聚焦产业提质") < text.index("三、聚焦治理提效")
    assert heading(window, (1,)) is first and first.number == "二、"
    assert outline_texts(window)[2].startswith("一、聚焦环境提升")
    window.undo_stack.undo()
    assert render_text(window.report()) == before
    assert first.number == "一、"


@pytest.mark.xcb
def test_indent_and_outdent_by_shortcut(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    second = focused(qtbot, window, heading(window, (1,)))
    qtbot.keyClick(second, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [n.title for n in window.report().nodes][:1] == ["聚焦产业提质，夯实富民增收基础。"]
    assert len(window.report().nodes) == 2 and window.report().nodes[0].children[-1].title.startswith("聚焦环境")
    assert "二、聚焦治理提效" in render_text(window.report())
    qtbot.keyClick(second, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert "二、聚焦环境提升" in render_text(window.report())


def test_drag_and_drop_in_outline_moves_section(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    model = window.outline_model
    third = model.index(2 + 2, 0)  # after the title and lead rows: 三、聚焦治理提效
    assert third.data().startswith("三、聚焦治理提效")
    data = model.mimeData([third])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1, 0))  # before 一、
    qtbot.waitUntil(lambda: window.report().nodes[0].title.startswith("聚焦治理"))
    assert "一、聚焦治理提效" in render_text(window.report())
    assert outline_texts(window)[2].startswith("一、聚焦治理提效")
    # a sub-theme dropped onto another section becomes its last sub-theme
    sub = model.index(0, 0, model.index(2, 0))
    model.dropMimeData(model.mimeData([sub]), Qt.DropAction.MoveAction, -1, 0, model.index(3, 0))
    qtbot.waitUntil(lambda: len(window.report().nodes[1].children) == 3)
    assert window.report().nodes[1].children[-1].title == "强化党建引领作用。"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.report().nodes[0].title.startswith("聚焦产业")


@pytest.mark.xcb
def test_enter_splits_and_backspace_joins_paragraphs(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    lead = window.column.editor_for(window.report().lead[0], "text")
    window.column.focus_editor(lead, 5)
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    assert [p.text[:5] for p in window.report().lead] == ["今年以来，", "青溪县农业"]
    second = window.column.editor_for(window.report().lead[1], "text")
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Backspace)
    assert len(window.report().lead) == 1 and window.report().lead[0].text.startswith("今年以来，青溪县")
    window.column.focus_editor(lead, 5)
    qtbot.keyClick(lead, Qt.Key.Key_Return)  # split again, then join from the end of the first part
    assert len(window.report().lead) == 2
    window.column.focus_editor(lead, -1)
    qtbot.keyClick(lead, Qt.Key.Key_Delete)
    assert len(window.report().lead) == 1 and window.report().lead[0].text.startswith("今年以来，青溪县")
    for _ in range(4):
        window.undo_stack.undo()
    assert len(window.report().lead) == 1 and lead.toPlainText() == window.report().lead[0].text


@pytest.mark.xcb
def test_bold_shortcut_is_shown_and_stored_as_markup(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    lead = focused(qtbot, window, window.column.editor_for(window.report().lead[0], "text"))
    cursor = lead.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, cursor.MoveMode.KeepAnchor)
    lead.setTextCursor(cursor)
    qtbot.keyClick(lead, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.report().lead[0].text.startswith("**今年以来**，")
    assert lead.currentCharFormat().fontWeight() > 400


@pytest.mark.xcb
def test_new_section_level_style_and_counts(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    first = focused(qtbot, window, heading(window, (0,)))
    qtbot.keyClick(first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(window.report().nodes) == 4
    new = heading(window, (1,))
    qtbot.waitUntil(new.hasFocus)
    type_chinese(new, "聚焦服务提升。")
    assert "二、聚焦服务提升。" in render_text(window.report())
    assert "四、聚焦治理提效" in render_text(window.report())
    level_style_action(window, "第一级", "编号").trigger()
    assert heading(window, (0,)).number == ""
    qtbot.waitUntil(lambda: window.counts.text().startswith("全文 "))


def test_find_and_replace_all_is_one_undo_step(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    choose(window, "find")
    dialog = window.find.dialog
    button = {b.text(): b for b in dialog.findChildren(QPushButton)}
    dialog.find_field.setText("乡村")
    dialog.replace_field.setText("农村")
    qtbot.mouseClick(button["全部替换"], Qt.MouseButton.LeftButton)
    count = int(dialog.status.text().split()[1])  # 已在 N 处文字中替换
    body = render_text(window.report()).split("\n", 1)[1]  # the breadcrumb is a meta list, not text
    assert count > 3 and "乡村" not in body and "绘就和美农村新画卷" in body
    window.undo_stack.undo()
    assert "和美乡村" in render_text(window.report())
    dialog.find_field.setText("网格员")
    qtbot.mouseClick(button["下一个"], Qt.MouseButton.LeftButton)
    assert dialog.status.text() == ""  # found
    assert window.column.current.textCursor().selectedText() == "网格员"
    dialog.close()
    dialog.find_field.clear()
    choose(window, "find")  # Ctrl+F with a selection: the selection is what to find
    assert dialog.find_field.text() == "网格员"
    dialog.close()


def test_save_reopen_and_close_asks(desk, qtbot, tmp_path, monkeypatch):
    window = desk.show_window(sample_report(), None)
    lead = window.column.editor_for(window.report().lead[0], "text")
    lead.set_cursor(0)
    type_chinese(lead, "新写的导语。")
    path = tmp_path / "和美乡村.edesk"
    window.session.save_to(path, force=True)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert open_document(path).lead[0].text.startswith("新写的导语。")
    lead.set_cursor(0)
    type_chinese(lead, "再补一句。")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked and "尚未保存" in asked[0] and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window.close()
    qtbot.waitUntil(lambda: window not in desk.windows)
    assert open_document(path).lead[0].text.startswith("再补一句。新写的导语。")
    desk.open_path(path)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    reopened = desk.windows[0]
    assert reopened.path == path.resolve() and reopened.report().lead[0].text.startswith("再补一句。")
    assert str(path.resolve()) == desk.settings.recent_files[0]


def test_same_document_twice_is_warned_and_overwrite_is_asked(desk, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "报告.edesk"
    save_document(sample_report(), path)
    desk.open_path(path)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    first = desk.windows[0]
    warnings = []

    def warn(parent, title, text, *rest):
        warnings.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "warning", warn)
    desk.open_path(path)
    qtbot.waitUntil(lambda: len(desk.windows) == 2)
    assert "已被" in warnings[0]
    second = desk.windows[1]
    type_chinese(second.column.editor_for(second.report().lead[0], "text"), "第二个窗口。")
    choose(second, "save")
    qtbot.waitUntil(lambda: not second.isWindowModified())
    type_chinese(first.column.editor_for(first.report().lead[0], "text"), "第一个窗口。")
    warnings.clear()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]) or QMessageBox.StandardButton.Cancel)
    choose(first, "save")
    qtbot.waitUntil(lambda: bool(warnings))
    assert "已被其他窗口或程序修改" in warnings[0]
    saved = open_document(path).lead[0].text  # not silently overwritten
    assert "第二个窗口。" in saved and "第一个窗口" not in saved
    from editor_app.store.lock import lock_path

    first.undo_stack.setClean()
    first.close()
    assert lock_path(path.resolve()).exists()  # the second window still has the file open
    second.close()
    assert not lock_path(path.resolve()).exists()


def test_export_through_worker(desk, qtbot, tmp_path, monkeypatch):
    window = desk.show_window(sample_report(), None)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.session.export("txt", tmp_path / "稿.txt")
    qtbot.waitUntil(lambda: bool(shown))
    assert "已导出" in shown[0] and (tmp_path / "稿.txt").read_text(encoding="utf-8").count("聚焦") >= 3


def test_open_damaged_file_shows_chinese_error_and_never_leaves_no_window(desk, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "坏.edesk"
    bad.write_bytes(b"not a zip")
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    desk.start(bad)
    qtbot.waitUntil(lambda: bool(messages))
    assert "无法打开“坏.edesk”" in messages[0] and "已新建一份空白文稿" in messages[0]
    assert [w.report().meta.title for w in desk.windows] == [""]  # no last document: a blank one, not the sample


def test_template_placeholder_is_selected_so_typing_replaces_it(desk, qtbot):
    window = shown(desk, qtbot, desk.report_from_template(get_template("thematic-report")))
    lead = focused(qtbot, window, window.column.editor_for(window.report().lead[0], "text"))
    type_chinese(lead, "今年以来，县农业农村局聚焦主责主业。")
    assert window.report().lead[0].text == "今年以来，县农业农村局聚焦主责主业。"


def test_start_opens_last_document_or_sample(desk, qtbot, tmp_path):
    desk.start(None)
    assert desk.windows[0].report().meta.title.startswith("聚焦“三个提升”")
    path = tmp_path / "上次.edesk"
    report = sample_report()
    report.meta.title = "上次的文稿"
    save_document(report, path)
    other = Desk(Settings(recent_files=[str(path)]))
    other.start(None)
    qtbot.waitUntil(lambda: len(other.windows) == 1)
    assert other.windows[0].report().meta.title == "上次的文稿"
    other.windows[0].close()


def test_screenshot_of_the_main_window(desk, qtbot, artifacts):
    """The window on the sample with the live preview docked; EDITOR_APP_UPDATE_SCREENSHOT=1 refreshes the
    README's picture in docs/."""
    from editor_app.ui.preview import PreviewPane

    window = desk.show_window(sample_report(), None)
    qtbot.waitExposed(window)
    pane = PreviewPane()
    with qtbot.waitSignal(pane.pageShown, timeout=30_000):
        window.attach_preview(pane)
    window.resize(1440, 900)  # bigger than the test screen, which a first-run window is fitted into
    dock = pane.parentWidget()
    window.resizeDocks([dock], [540], Qt.Orientation.Horizontal)  # the share a first run gives it on such a screen
    lead = window.column.editor_for(window.report().nodes[0].children[0], "title")
    window.column.focus_editor(lead, -1)
    qtbot.wait(300)
    image = window.grab().toImage()
    assert image.save(str(artifacts / "main-window.png"))
    assert image.width() >= 1200
    assert pane.engine() == "web" and pane.isVisible()
    if os.environ.get("EDITOR_APP_UPDATE_SCREENSHOT"):
        assert image.save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshot-main-window.png"))


def test_paste_of_several_paragraphs_and_oversized_paste(desk, qtbot, monkeypatch):
    from PySide6.QtCore import QMimeData

    window = desk.show_window(sample_report(), None)
    lead = window.column.editor_for(window.report().lead[0], "text")
    lead.set_cursor(0)
    data = QMimeData()
    data.setText("第一段\x07文字。\r\n\r\n第二段文字。\n第三段")
    lead.insertFromMimeData(data)
    texts = [p.text for p in window.report().lead]
    assert texts[:2] == ["第一段文字。", "第二段文字。"] and texts[2].startswith("第三段今年以来")
    window.undo_stack.undo()
    assert len(window.report().lead) == 1
    refused = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: refused.append(a[2]))
    huge = QMimeData()
    huge.setText("乡村振兴。\n" * 2_000_000)  # about 12 MB of text
    lead.insertFromMimeData(huge)
    assert refused and "超过了一次粘贴的上限" in refused[0]
    assert len(window.report().lead) == 1 and lead.toPlainText() == window.report().lead[0].text


@pytest.mark.xcb
def test_ctrl_q_closes_every_window(desk, qtbot):
    first = desk.show_window(sample_report(), None)
    desk.show_window(sample_report(), None)
    qtbot.waitExposed(first)
    quit_action = first.menus.action("quit")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    quit_action.trigger()
    assert desk.windows == []


def test_focus_loss_writes_recovery_copy_and_lock_is_released(desk, qtbot, tmp_path):
    from editor_app.settings import recovery_dir
    from editor_app.store.lock import lock_path

    path = tmp_path / "稿.edesk"
    save_document(sample_report(), path)
    desk.open_path(path)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    window = desk.windows[0]
    assert lock_path(path.resolve()).is_file()
    type_chinese(window.column.editor_for(window.report().lead[0], "text"), "切换到别的程序前输入的字。")
    window.session.application_state(Qt.ApplicationState.ApplicationInactive)
    copy = recovery_dir() / f"{window.session.recovery_id}.edesk"
    qtbot.waitUntil(copy.is_file)
    assert "切换到别的程序前输入的字。" in open_document(copy).lead[0].text
    window.undo_stack.setClean()
    window.close()
    assert not copy.exists() and not lock_path(path.resolve()).exists()


@pytest.mark.xcb
def test_keyboard_moves_in_the_outline_keep_focus_there(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    qtbot.waitExposed(window)
    window.activateWindow()
    choose(window, "focus_outline")
    qtbot.waitUntil(window.outline.hasFocus)
    window.outline.setCurrentIndex(window.outline_model.index(2, 0))
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.report().nodes[2].title.startswith("聚焦产业")
    assert window.outline.hasFocus() and window.outline.currentIndex().data().startswith("三、聚焦产业")


def test_refused_drop_leaves_report_and_undo_stack_alone(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    model = window.outline_model
    first = model.index(2, 0)
    own_child = model.index(0, 0, first)
    model.dropMimeData(model.mimeData([first]), Qt.DropAction.MoveAction, -1, 0, own_child)
    qtbot.wait(50)
    assert window.undo_stack.count() == 0
    assert "不能把标题移到它自己的下级" in window.statusBar().currentMessage()
    assert window.report().nodes[0].title.startswith("聚焦产业")


def test_a_complete_report_written_reordered_saved_and_reopened(desk, qtbot, tmp_path):
    """The issue's "done when": a new user writes a report in the seed's shape from the template."""
    window = desk.show_window(desk.report_from_template(get_template("thematic-report")), None)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.column.held)  # the texts below the first screenful follow the first paint
    written = iter(f"第{i}段文字。" for i in range(1, 100))
    for editor in list(window.column.order):  # reading order, one editor after the next
        if editor.role in ("title", "heading", "paragraph"):
            window.column.focus_editor(editor, 0)
            qtbot.waitUntil(editor.hasFocus)
            type_chinese(editor, next(written))
    window.column.focus_editor(window.column.editor_for(window.report(), "signature"), 0)
    type_chinese(window.column.editor_for(window.report(), "signature"), "青溪县农业农村局")
    titles = [node.title for node in window.report().nodes]
    last = heading(window, (2,))
    window.column.focus_editor(last, -1)
    qtbot.waitUntil(last.hasFocus)
    qtbot.keyClick(last, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # the third part becomes the second
    text = render_text(window.report())
    assert "【" not in text  # every placeholder of the template was replaced by typing
    lines = [line.strip() for line in text.splitlines()]
    starts = [
        next(i for i, line in enumerate(lines) if line.startswith(number + title))
        for number, title in zip(("一、", "二、", "三、"), (titles[0], titles[2], titles[1]), strict=True)
    ]
    assert starts == sorted(starts)
    assert lines[-1] == "青溪县农业农村局"
    path = tmp_path / "完整的报告.edesk"
    window.session.save_to(path, force=True)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    window.close()
    assert desk.windows == []
    desk.open_path(path)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    assert render_text(desk.windows[0].report()) == text


def test_title_stays_centred_after_undo_reloads_it(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    title = window.column.editor_for(window.report().meta, "title")
    type_chinese(title, "新")
    window.undo_stack.undo()
    assert title.toPlainText() == sample_report().meta.title
    assert title.document().firstBlock().blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter


@pytest.mark.xcb
def test_tab_follows_reading_order_after_a_move(desk, qtbot):
    window = shown(desk, qtbot, sample_report())
    focused(qtbot, window, heading(window, (0,)))
    choose(window, "down")
    choose(window, "down")  # the first section is now the last
    order = window.column.order

    def next_tab_stop(widget):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        return widget

    chain = list(order)
    chain.insert(chain.index(window.column.editor_for(window.report(), "signature")), window.column.attachments)
    assert [next_tab_stop(widget) for widget in chain[1:-1]] == chain[2:]  # attachments sit before the signature
    assert next_tab_stop(order[0]) is window.meta_panel.toggle
    panel = window.meta_panel
    panel.unfold()  # the details' fields, built now, come between the toggle and the next text
    panel.toggle.setFocus()
    visited = []
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    shown_fields = [widget for widget in panel.focus_chain() if widget.isVisible()]  # 公文要素 stays folded
    assert visited == [*shown_fields[1:], order[1]]


def test_level_switched_to_own_line_heading(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    level_style_action(window, "第一级", "标题单独成行").trigger()
    lines = render_text(window.report()).split("\n\n")
    assert "一、聚焦产业提质，夯实富民增收基础。" in lines  # now a heading line of its own, not run in
    window.undo_stack.undo()
    assert "一、聚焦产业提质，夯实富民增收基础。" not in render_text(window.report()).split("\n\n")


def test_document_open_in_another_running_instance_is_warned(desk, qtbot, tmp_path, monkeypatch):
    import json
    import socket
    import subprocess
    import sys

    from editor_app.store.lock import lock_path

    path = tmp_path / "共用.edesk"
    save_document(sample_report(), path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])  # the other app instance
    try:
        lock = {"pid": other.pid, "host": socket.gethostname(), "user": "李明", "time": "2026-11-28T09:00:00+08:00"}
        lock_path(path).write_text(json.dumps(lock), encoding="utf-8")
        warnings = []
        monkeypatch.setattr(
            QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Cancel
        )
        desk.open_path(path)
        qtbot.waitUntil(lambda: bool(warnings))
        assert "李明" in warnings[0] and "已被" in warnings[0]
        assert desk.windows == [] or all(w.path != path.resolve() for w in desk.windows)
    finally:
        other.kill()
        other.wait()


def test_export_of_an_unfinished_format_says_so(desk, qtbot, monkeypatch):
    from editor_app import export as exporters

    pending = exporters.Exporter("Word 公文", ".docx", None, "Word 导出尚在开发中")
    monkeypatch.setitem(exporters.EXPORTERS, "docx", pending)
    window = desk.show_window(sample_report(), None)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    choose(window, "export:docx")
    assert told == ["Word 导出尚在开发中"]


def test_pdf_export_without_the_pdf_component_says_what_to_install(desk, qtbot, monkeypatch):
    import sys

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setitem(sys.modules, "typst", None)  # the app installed without editor-app-pdf
    window = desk.show_window(sample_report(), None)
    action = window.menus.action("export:pdf")
    assert action.isVisible() and action.isEnabled() and "editor-app-pdf" in action.statusTip()
    told, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    choose(window, "export:pdf")
    assert told == ["PDF 导出需要安装“PDF 导出组件”（editor-app-pdf），请联系单位信息技术人员。"]
    assert asked == []  # no file dialog for an export that cannot run


def test_pdf_export_with_the_pdf_component_writes_the_pdf(desk, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = desk.show_window(sample_report(), None)
    assert window.menus.action("export:pdf").statusTip() == ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "稿件"), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    choose(window, "export:pdf")
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert (tmp_path / "稿件.pdf").read_bytes().startswith(b"%PDF")


def test_closing_an_unsaved_new_report_asks_for_a_name_then_closes(desk, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = desk.show_window(desk.report_from_template(get_template("blank")), None)
    type_chinese(window.column.editor_for(window.report().meta, "title"), "新的稿件")
    target = tmp_path / "新的稿件.edesk"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not window.close()  # closing waits for the save
    qtbot.waitUntil(lambda: window not in desk.windows)
    assert open_document(target).meta.title.endswith("新的稿件")


def test_mouse_wheel_over_a_paragraph_scrolls_the_report(desk, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = desk.show_window(sample_report(), None)
    window.resize(780, 580)
    qtbot.waitExposed(window)
    editor = window.column.editor_for(window.report().lead[0], "text")
    bar = window.column.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(editor.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(editor.viewport(), wheel)
    assert bar.value() > 0


@pytest.mark.xcb
def test_page_keys_and_ctrl_end_move_through_the_report(desk, qtbot):
    window = desk.show_window(sample_report(), None)
    window.resize(780, 580)
    qtbot.waitExposed(window)
    window.activateWindow()
    order = window.column.order
    lead = window.column.editor_for(window.report().lead[0], "text")
    window.column.focus_editor(lead, 0)
    qtbot.waitUntil(lead.hasFocus)
    qtbot.keyClick(lead, Qt.Key.Key_PageDown)
    below = QApplication.focusWidget()
    assert order.index(below) > order.index(lead) + 1
    qtbot.keyClick(below, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is order[-1]
    qtbot.keyClick(order[-1], Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is order[0]
