"""A window restored after a crash saves as carefully as any other: it asks before overwriting a file someone
else saved since, and a save drops the window's recovery copy so only unsaved work is ever offered again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import editor_app.store.recovery as recovery
from editor_app.settings import recovery_dir
from editor_app.store.document import open_document, save_document
from editor_app.store.recovery import list_recoveries
from editor_app.templates import sample_report
from editor_app.ui.app import Desk


def _crash(window) -> None:
    """Leave the window's recovery copy behind as a killed process would."""
    window.session.recovery_id = "closed-without-discarding"
    window.undo_stack.setClean()
    window.close()


def _edit_and_autosave(window, qtbot, text: str) -> None:
    window.column.editor_for(window.report().lead[0], "text").textCursor().insertText(text)
    window.session.autosave_timer.stop()  # the autosave timer fires: no further autosave is pending
    window.session.autosave()
    qtbot.waitUntil(lambda: any(recovery_dir().glob("*.edesk")))
    qtbot.waitUntil(lambda: not window.session.background._relays)


@pytest.mark.parametrize("changed", ["before restart", "after restart"])
def test_restored_window_asks_before_overwriting_a_newer_save(desk, qtbot, tmp_path, monkeypatch, changed):
    path = tmp_path / "报告.edesk"
    save_document(sample_report(), path)
    desk.open_path(path)
    qtbot.waitUntil(lambda: len(desk.windows) == 1)
    _edit_and_autosave(desk.windows[0], qtbot, "恢复的句子。")
    _crash(desk.windows[0])
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)

    other = sample_report()
    other.lead[0].text = "别人后来保存的导语，比原来的长一些。"

    def someone_else_saves() -> None:
        save_document(other, path)

    if changed == "before restart":
        someone_else_saves()
    monkeypatch.setattr(Desk, "choose_recoveries", lambda self, copies: list(copies))
    desk.start(None)
    (window,) = desk.windows
    assert window.report().lead[0].text.endswith("恢复的句子。")
    if changed == "after restart":
        someone_else_saves()
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    qtbot.waitExposed(window)
    window.activateWindow()
    lead = window.column.editor_for(window.report().lead[0], "text")
    window.column.focus_editor(lead, 0)
    qtbot.waitUntil(lead.hasFocus)
    qtbot.keyClick(lead, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked))
    assert "已被其他窗口或程序修改" in asked[0]
    assert open_document(path).lead[0].text == other.lead[0].text  # the other person's save is still there
    assert window.isWindowModified()


def test_first_save_of_a_new_document_drops_its_recovery_copy(desk, qtbot, tmp_path, monkeypatch):
    window = desk.show_window(sample_report(), None)
    _edit_and_autosave(window, qtbot, "保存前自动备份的句子。")
    window.session.save_to(tmp_path / "doc1.edesk", force=True)  # what Save As does once a name is chosen
    qtbot.waitUntil(lambda: not window.isWindowModified())
    qtbot.waitUntil(lambda: not any(recovery_dir().iterdir()))
    _crash(window)  # no more edits, then the process is killed
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)
    assert list_recoveries(recovery_dir()) == []  # nothing to offer at the next start


def test_typing_during_a_save_keeps_a_copy_that_names_the_saved_file(desk, qtbot, tmp_path, monkeypatch):
    window = desk.show_window(sample_report(), None)
    _edit_and_autosave(window, qtbot, "第一句。")
    path = tmp_path / "doc2.edesk"
    window.session.save_to(path, force=True)
    window.column.editor_for(window.report().lead[0], "text").textCursor().insertText("保存时又写的句子。")
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)
    qtbot.waitUntil(lambda: [copy.original for copy in list_recoveries(recovery_dir())] == [path], timeout=2000)
    (copy,) = list_recoveries(recovery_dir())
    assert copy.load().lead[0].text.endswith("保存时又写的句子。")
    assert window.isWindowModified()
