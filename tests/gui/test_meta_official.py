"""The official document's elements are typed in the report details under 公文要素, folded away until needed."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor_app.templates import sample_report


def type_chinese(edit, text: str) -> None:
    """What an input method does: commit the composed text into the focused field."""
    edit.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(edit, commit)


def test_official_elements_are_folded_until_opened_and_edits_are_undoable(window):
    panel = window.meta_panel
    panel.unfold()
    assert not panel.official.isVisible()  # a portal writer sees no extra fields
    panel.official_toggle.click()
    issuer, cc = panel.official_edits["issuer"], panel.official_edits["cc"]
    assert issuer.isVisible()
    type_chinese(issuer, "青溪县农业农村局、青溪县财政局")
    type_chinese(cc, "县委办公室，县政府办公室")
    assert window.report().meta.issuer == ["青溪县农业农村局", "青溪县财政局"]
    assert window.report().meta.cc == ["县委办公室", "县政府办公室"]
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert window.report().meta.issuer == [] and issuer.text() == ""


def test_a_document_with_a_masthead_shows_its_elements(desk):
    report = sample_report()
    report.meta.signers = ["张三", "李四"]
    window = desk.show_window(report, None)
    window.meta_panel.unfold()
    assert window.meta_panel.official.isVisible()
    assert window.meta_panel.official_edits["signers"].text() == "张三、李四"
