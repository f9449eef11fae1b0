"""Attachments (附件) are edited above the signature, one name per line, undoable, and reach Word and HTML."""

from __future__ import annotations

import re
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor_app.render.exporters import export_report
from editor_app.settings import Settings
from editor_app.templates import SAMPLE_PATH, sample_report
from editor_app.ui.app import Desk, create_application


def _commit(widget, text: str) -> None:
    """What an input method sends when the writer picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _docx_paragraphs(path) -> list[str]:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)]


@pytest.fixture
def window(qapp, qtbot):
    """A window on the sample; closed without the save question whatever the test left behind."""
    create_application()
    window = Desk(Settings()).show_window(sample_report(), None)
    qtbot.waitExposed(window)
    yield window
    window.undo_stack.setClean()
    window.close()


def test_attachments_typed_through_the_input_method_are_undoable_and_exported(window, qtbot, tmp_path):
    window.report().attachments = []
    window.structure_changed(None)
    editor = window.column.attachments
    assert editor.toPlainText() == ""
    editor.setFocus()
    _commit(editor, "青溪县2026年重点项目清单")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a blank line is no attachment
    _commit(editor, "资金安排表")
    assert window.report().attachments == ["青溪县2026年重点项目清单", "资金安排表"]
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
    widgets = [window.column.column.itemAt(i).widget() for i in range(window.column.column.count())]
    assert widgets.index(window.column.attachments) < widgets.index(signature)
