"""A new user's first hour (issue #14): no file that cannot be reopened, no key that does the wrong thing,
nothing that changes the document when it should not. Driven through menus and keys as a writer drives them;
``scripts/test.sh`` runs these again on a real X server (Xvfb, xcb) where platform key bindings differ."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QToolButton
from writer import choose, focused, heading, shown, type_chinese

from editor_app.render.text import render_text
from editor_app.store.document import open_document, save_document
from editor_app.templates import get_template, sample_report
from editor_app.ui.find import match_rect
from editor_app.ui.help import KeysDialog
from editor_app.ui.i18n import install_translator

pytestmark = pytest.mark.xcb


def lead_editor(window, index: int = 0):
    return window.column.editor_for(window.report().lead[index], "text")


# ---------------------------------------------------------------- files and names


def test_a_dotted_name_saves_a_document_that_reopens(window, desk, qtbot, tmp_path, monkeypatch):
    typed = tmp_path / "2025年工作总结v1.2"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(typed), ""))
    type_chinese(focused(qtbot, window, lead_editor(window)), "新的一句。")
    choose(window, "save_as")
    qtbot.waitUntil(lambda: not window.isWindowModified())
    saved = tmp_path / "2025年工作总结v1.2.edesk"
    assert window.path == saved and open_document(saved).lead[0].text.startswith("新的一句。")
    assert str(saved) == desk.settings.recent_files[0]
    window.close()
    desk.open_path(saved)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    assert desk.windows[0].report().lead[0].text.startswith("新的一句。")


def test_a_document_of_ours_opens_whatever_its_name_and_saves_back_to_it(desk, qtbot, tmp_path):
    named = tmp_path / "会议纪要11.30"
    shutil.copy(save_document(sample_report(), tmp_path / "稿.edesk"), named)
    desk.open_path(named)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    window = desk.windows[0]
    assert window.path == named.resolve()
    window.column.focus_editor(lead_editor(window), 0)
    type_chinese(lead_editor(window), "补充。")
    choose(window, "save")  # straight back to the file, no Save As dialog
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert open_document(named).lead[0].text.startswith("补充。")


def test_open_offers_every_file(window, monkeypatch):
    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: offered.append(a[3]) or ("", ""))
    choose(window, "open")
    assert "所有文件 (*)" in offered[0]


def test_an_export_named_without_extension_gets_its_suffix(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "paste-test"), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    choose(window, "export:docx")
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert (tmp_path / "paste-test.docx").is_file() and not (tmp_path / "paste-test").exists()


def test_a_document_that_cannot_be_opened_leaves_recent_and_says_so_over_the_window(
    window, desk, qtbot, tmp_path, monkeypatch
):
    gone = tmp_path / "已删除.edesk"
    desk.settings.recent_files = [str(gone), str(tmp_path / "别的.edesk")]
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((parent, text)))
    window.menus.recent_menu.aboutToShow.emit()
    (entry,) = [a for a in window.menus.recent_menu.actions() if a.text() == str(gone)]
    entry.trigger()
    qtbot.waitUntil(lambda: bool(told))
    parent, text = told[0]
    assert parent is window and "已删除.edesk" in text  # on top of the window, never under it
    assert desk.settings.recent_files == [str(tmp_path / "别的.edesk")]


def test_a_message_at_start_up_stands_on_the_window(desk, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "坏.edesk"
    bad.write_bytes(b"not a zip")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append(parent))
    desk.start(bad)
    qtbot.waitUntil(lambda: bool(told))
    assert told[0] is not None and told[0] is desk.windows[0]


# ---------------------------------------------------------------- keys


@pytest.mark.parametrize("redo", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_both_redo_keys_redo_in_the_text_and_in_the_outline(window, qtbot, redo):
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    key, modifiers = (Qt.Key.Key_Y, ctrl) if redo == "Ctrl+Y" else (Qt.Key.Key_Z, ctrl | shift)
    lead = focused(qtbot, window, lead_editor(window))
    qtbot.keyClicks(lead, "ab")
    qtbot.keyClick(lead, Qt.Key.Key_Z, ctrl)
    assert not window.report().lead[0].text.startswith("ab")
    qtbot.keyClick(lead, key, modifiers)
    assert window.report().lead[0].text.startswith("ab")
    qtbot.keyClick(window, Qt.Key.Key_1, ctrl)  # to the outline
    qtbot.waitUntil(window.outline.hasFocus)
    window.outline.setCurrentIndex(window.outline_model.index(2, 0))
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = window.report().nodes[1].title
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, ctrl)
    assert window.report().nodes[0].title == moved
    qtbot.keyClick(window.outline, key, modifiers)
    assert window.report().nodes[1].title == moved


def _find_dialog(window, qtbot, needle: str, replacement: str = ""):
    lead = focused(qtbot, window, lead_editor(window))
    qtbot.keyClick(lead, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.find_field.hasFocus())
    dialog.find_field.setText(needle)
    dialog.replace_field.setText(replacement)
    return dialog, {b.text(): b for b in dialog.findChildren(QPushButton)}


def _selected_at(window) -> tuple[int, int]:
    editor = window.column.current
    return window.column.order.index(editor), editor.textCursor().selectionStart()


def test_enter_in_find_always_goes_to_the_next_match(window, qtbot):
    dialog, _ = _find_dialog(window, qtbot, "乡村")
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    first = _selected_at(window)
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    assert _selected_at(window) > first  # forwards, in reading order
    assert window.column.current.textCursor().selectedText() == "乡村"
    dialog.close()


def test_replace_all_takes_a_click_reports_how_many_and_enter_never_repeats_it(window, qtbot):
    dialog, buttons = _find_dialog(window, qtbot, "群众", "群众群众")
    before = render_text(window.report()).count("群众")
    qtbot.mouseClick(buttons["全部替换"], Qt.MouseButton.LeftButton)
    assert re.fullmatch(rf"已替换 {before} 处", dialog.status.text())
    after = render_text(window.report())
    steps = window.undo_stack.count()
    dialog.find_field.setFocus()
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    assert render_text(window.report()) == after and window.undo_stack.count() == steps  # only found, twice
    assert window.column.current.textCursor().selectedText() == "群众"
    dialog.close()


def test_the_find_dialog_moves_off_the_match_it_shows(window, qtbot):
    dialog, _ = _find_dialog(window, qtbot, "网格员")
    target = window.column.editor_for(window.report().nodes[2].content[0], "text")
    dialog.move(target.mapToGlobal(target.rect().topLeft()))  # right where the match will be shown
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    assert window.column.current.textCursor().selectedText() == "网格员"
    shown_match = match_rect(window.column.current)
    assert not dialog.frameGeometry().intersects(shown_match)
    dialog.close()


def test_menu_shortcuts_are_named_in_one_language_and_listed_under_help(window, qtbot, monkeypatch):
    app = QApplication.instance()
    translators = install_translator(app, "zh_CN")
    try:
        names = {
            a.text(): a.shortcut().toString(a.shortcut().SequenceFormat.NativeText)
            for a in window.menus.actions.values()
        }
        assert not [name for name in names.values() if re.search(r"[\u4e00-\u9fff]", name)], names
        assert names["新增同级标题"] == "Ctrl+Enter" and names["删除标题及其内容"] == "Ctrl+Shift+Del"
        shown_keys = []
        monkeypatch.setattr(KeysDialog, "exec", lambda dialog: shown_keys.append(dialog.keys()) or 0)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert shown_keys and shown_keys[0]["重做"] == "Ctrl+Y / Ctrl+Shift+Z"
        assert shown_keys[0]["新起一段"] == "Enter" and shown_keys[0]["上移"] == "Alt+↑"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    help_menu = [a.text() for a in window.menus.help.actions()]
    assert help_menu == ["快捷键(&K)…", "关于稿件编辑台(&A)…"]
    assert [a.text() for a in window.menuBar().actions()][-1] == "帮助(&H)"


# ---------------------------------------------------------------- going somewhere never edits


@pytest.mark.parametrize("part", ["结尾", "导语"])
def test_clicking_an_empty_part_in_the_outline_changes_nothing(desk, qtbot, part):
    report = sample_report()
    report.closing, report.lead = [], []
    window = shown(desk, qtbot, report)
    model = window.outline_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == part)
    rect = window.outline.visualRect(model.index(row, 0))
    qtbot.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    assert report.closing == [] and report.lead == []
    focus = QApplication.focusWidget()
    assert isinstance(focus, QToolButton) and focus.text() == f"＋ {part}"  # one click (or Space) adds one


# ---------------------------------------------------------------- polish


def test_a_new_headings_prompt_stands_after_its_number(window, qtbot):
    qtbot.keyClick(
        focused(qtbot, window, heading(window, (0,))), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    new = heading(window, (1,))
    qtbot.waitUntil(new.hasFocus)
    assert new.number == "二、" and new.toPlainText() == ""
    number_width = new.fontMetrics().horizontalAdvance(new.number)
    number_area = QRect(0, 0, int(new.document().documentMargin()) + number_width - 1, new.height())
    number_with, whole_with = new.grab(number_area).toImage(), new.grab().toImage()
    new.setPlaceholderText("")
    assert new.grab(number_area).toImage() == number_with  # the prompt draws nothing over the number …
    assert new.grab().toImage() != whole_with  # … and is drawn beside it
    new.setPlaceholderText("输入小标题")


def test_undo_and_redo_buttons_keep_their_labels_and_the_toolbar_stands_still(window, qtbot):
    toolbar = window.menus.toolbar
    buttons = {a.text(): toolbar.widgetForAction(a) for a in toolbar.actions() if toolbar.widgetForAction(a)}
    places = {text: button.x() for text, button in buttons.items()}
    window.find.replace_everywhere("乡村", "农村")
    qtbot.wait(10)
    undo = window.menus.action("undo")
    assert undo.text() == "撤销" and "全部替换" in undo.toolTip()
    assert {text: button.x() for text, button in buttons.items()} == places


def test_a_fresh_templates_prompts_are_not_its_title_or_its_text(desk, qtbot):
    window = shown(desk, qtbot, desk.report_from_template(get_template("thematic-report")))
    assert window.windowTitle().startswith("未命名文稿")
    qtbot.waitUntil(lambda: window.counts.text().startswith("全文 "))
    assert window.counts.text().startswith("全文 0 字")
    type_chinese(window.column.editor_for(window.report().meta, "title"), "乡村振兴")
    assert window.windowTitle().startswith("乡村振兴")


def test_the_recovery_dialog_shows_what_differs_in_words(qapp, tmp_path, monkeypatch):
    import editor_app.store.recovery as recovery
    from editor_app.ui.dialogs import RecoveryDialog

    original = save_document(sample_report(), tmp_path / "稿.edesk")
    recovered = sample_report()
    recovered.lead[0].text = "新写的导语。" + recovered.lead[0].text
    recovery.write_recovery(tmp_path / "recovery", "s1", recovered, original, None)
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)  # as after a crash
    (copy,) = recovery.list_recoveries(tmp_path / "recovery")
    dialog = RecoveryDialog([copy])
    shown_text = dialog.difference.toPlainText()
    assert "恢复的副本：新写的导语。今年以来" in shown_text and "已保存的文件：今年以来" in shown_text
    assert not any(marker in shown_text for marker in ("@@", "---", "+++", "\n-", "\n+"))
    assert shown_text.count("恢复的副本：") == 1  # the unchanged paragraphs are not listed
