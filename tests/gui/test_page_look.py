"""The reading column's look without a style sheet: the text with the cursor stands out on the white page, and no
style sheet reaches the column's editors (Qt styles every widget under one separately, about 46 KB an editor:
some 100 MB on a 300,000-character report)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from writer import focused, shown

from editor_app.ui import style
from workloads import realistic_report

BASE = QPalette.ColorRole.Base


def _parts(editor) -> list[QWidget]:
    return [editor, *editor.findChildren(QWidget)]  # its viewport, scroll bars and their holders


def test_only_the_text_with_the_cursor_has_a_background(window, qtbot):
    first, second = window.column.order[2:4]
    focused(qtbot, window, first)
    assert first.palette().color(BASE).rgb() == QColor(style.FOCUSED_TEXT).rgb()
    assert second.palette().color(BASE).alpha() == 0  # the white page shows through
    focused(qtbot, window, second)
    assert first.palette().color(BASE).alpha() == 0
    assert second.palette().color(BASE).rgb() == QColor(style.FOCUSED_TEXT).rgb()
    assert second.palette().color(QPalette.ColorRole.Highlight) == QColor(style.SELECTION)


def test_no_style_sheet_reaches_the_editors_of_a_long_report(desk, qtbot):
    window = shown(desk, qtbot, realistic_report(30_000))
    qtbot.waitUntil(window.column.is_complete, timeout=20_000)
    assert QApplication.instance().styleSheet() == ""
    assert len(window.column.order) > 200
    styled = [w for e in window.column.order for w in _parts(e) if w.testAttribute(Qt.WidgetAttribute.WA_StyleSheet)]
    assert styled == []
