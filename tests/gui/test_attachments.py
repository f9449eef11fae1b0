"""Attachments (附件) are edited above the signature, one name per line, undoable, and reach Word and HTML."""

from __future__ import annotations

import re
import zipfile

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from writer import shown

from editor_app.export import export_report
from editor_app.templates import SAMPLE_PATH, sample_report
from editor_app.ui.editors import MAX_PASTE_CHARS

pytestmark = pytest.mark.xcb  # keys and focus: also run on a real X server (scripts/test.sh)


def _commit(widget, text: str) -> None:
    """What an input method sends when the writer picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _docx_paragraphs(path) -> list[str]:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)]


def test_attachments_typed_through_the_input_method_are_undoable_and_exported(desk, qtbot, tmp_path):
    report = sample_report()
    report.attachments = []
    window = shown(desk, qtbot, report)
    editor = window.column.attachments
    assert editor.toPlainText() == ""
    editor.setFocus()
    _commit(editor, "青溪县2026年重点项目清单")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a blank line is no attachment
    _commit(editor, "资金安排表")
    assert [a.name for a in window.report().attachments] == ["青溪县2026年重点项目清单", "资金安排表"]
    assert window.dirty()
    signoff = window.outline_model.item(window.outline_model.rowCount() - 1)
    assert signoff.text() == "落款（附件 2 个）"

    window.undo_stack.undo()  # typing in the list is one undo step, like typing in a paragraph
    assert window.report().attachments == [] and editor.toPlainText() == "" and signoff.text() == "落款"
    window.undo_stack.redo()
    assert editor.toPlainText() == "青溪县2026年重点项目清单\n资金安排表"

    export_report(window.report(), "docx", tmp_path / "out.docx", source=SAMPLE_PATH)
    paragraphs = _docx_paragraphs(tmp_path / "out.docx")
    first = paragraphs.index("附件：1.青溪县2026年重点项目清单")
    assert paragraphs[first + 1] == "2.资金安排表"
    closing = next(i for i, text in enumerate(paragraphs) if text.startswith("下一步，青溪县农业农村局"))
    assert first == closing + 1  # right after the text, above signature and date (GB/T 9704 7.3.4)
    export_report(window.report(), "html", tmp_path / "page.html", source=SAMPLE_PATH)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "附件：1.青溪县2026年重点项目清单</p>" in page and "2.资金安排表</p>" in page


def test_attachments_sit_between_the_closing_and_the_signature_in_tab_order(window, qtbot):
    signature = window.column.editor_for(window.report(), "signature")
    window.activateWindow()
    window.column.attachments.setFocus()
    qtbot.keyClick(window.column.attachments, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is signature
    widgets = window.column.widgets()
    assert widgets.index(window.column.attachments) < widgets.index(signature)


def test_ctrl_z_in_the_attachments_undoes_through_the_window(window, qtbot):
    editor = window.column.attachments
    editor.setFocus()
    _commit(editor, "项目清单")
    assert window.undo_stack.canUndo()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.report().attachments == [] and editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in window.report().attachments] == ["项目清单"]


def test_arrow_keys_pass_through_the_attachments_between_closing_and_signature(window, qtbot):
    window.activateWindow()
    closing = window.column.editor_for(window.report().closing[-1], "text")
    signature = window.column.editor_for(window.report(), "signature")
    attachments = window.column.attachments
    window.column.focus_editor(closing, -1)
    qtbot.keyClick(closing, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is attachments
    qtbot.keyClick(attachments, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is signature
    qtbot.keyClick(signature, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is attachments
    qtbot.keyClick(attachments, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is closing


def test_a_huge_paste_into_the_attachments_is_refused_with_a_reason(window, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    data = QMimeData()
    data.setText("附件" * (MAX_PASTE_CHARS // 2 + 1))
    window.column.attachments.insertFromMimeData(data)
    assert shown and "超过了一次粘贴的上限" in shown[0]
    assert window.report().attachments == [] and window.column.attachments.toPlainText() == ""
    data.setText("名单\x07一\r\n名单二")  # a control character from a foreign program is dropped
    window.column.attachments.insertFromMimeData(data)
    assert [a.name for a in window.report().attachments] == ["名单一", "名单二"]
