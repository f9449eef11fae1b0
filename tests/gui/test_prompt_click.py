"""A template's 【…】 prompt is selected whole when the writer clicks into it, as when arrowing in, so the
first keystroke replaces it (docs/writing-window.md: 光标进入时整段选中)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from writer import shown

from editor_app.templates import get_template

pytestmark = pytest.mark.xcb  # keys and focus: also run on a real X server (scripts/test.sh)


def test_clicking_into_a_prompt_selects_it_and_typing_replaces_it(desk, qtbot):
    window = shown(desk, qtbot, get_template("thematic-report").create())
    title = window.column.editor_for(window.report().meta, "title")
    window.column.focus_editor(title, 0)
    qtbot.waitUntil(title.hasFocus)
    paragraph = window.report().nodes[0].content[0]
    editor = window.column.editor_for(paragraph, "text")
    window.column.ensureWidgetVisible(editor)
    middle = editor.viewport().rect().center()  # inside the prompt's text, not at its ends
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.waitUntil(editor.hasFocus)
    assert editor.textCursor().selectedText() == editor.toPlainText()
    qtbot.keyClicks(editor, "A")
    assert paragraph.text == "A" and editor.toPlainText() == "A"
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert not editor.textCursor().hasSelection()  # ordinary text: the click only places the cursor
