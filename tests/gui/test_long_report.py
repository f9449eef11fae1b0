"""A long report in the writing window: it opens with its first screenful of editors and the rest follows from
the event loop, yet every text is reachable at once (find, the outline, Ctrl+End), counted, checked and previewed
while the writer types, and opening it changes nothing."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from writer import focused, shown, type_chinese

from editor_app.model.counting import count_report
from editor_app.model.edit import path_of
from editor_app.model.places import PlaceKind, places
from editor_app.model.report import Paragraph, Report, iter_nodes
from editor_app.templates import sample_report
from editor_app.ui.preview import FORCE_SIMPLE_ENV, PreviewPane
from workloads import realistic_report

WRITTEN = (PlaceKind.TITLE, PlaceKind.HEADING, PlaceKind.PARAGRAPH, PlaceKind.SIGNATURE, PlaceKind.DATE)


def _long_report(last_words: str = "") -> Report:
    """About 30,000 characters (hundreds of editors); ``last_words`` end its last paragraph."""
    report = realistic_report(30_000)
    last_paragraph(report).text += last_words
    return report


def last_paragraph(report: Report) -> Paragraph:
    nodes = [node for _, node in iter_nodes(report.nodes)]
    return next(item for node in reversed(nodes) for item in reversed(node.content) if isinstance(item, Paragraph))


def _opened(desk, qtbot, report: Report):
    window = shown(desk, qtbot, report)
    assert not window.column.is_complete()  # the end of the report has no editors yet: what these tests are about
    return window


@pytest.mark.parametrize("long", [False, True], ids=["sample", "long"])
def test_the_first_paint_shows_the_column_filled_to_its_foot(desk, qtbot, long):
    """Only the texts on screen are built before the window's first paint (the rest follows it), never fewer."""
    window = desk.show_window(_long_report() if long else sample_report(), None)
    window.painted.disconnect(window.column.release)  # the column stays as the first paint shows it
    qtbot.waitExposed(window)
    qtbot.wait(100)
    column = window.column
    assert not column.is_complete()
    last = column.widgets()[-1]
    assert last.mapTo(column.viewport(), QPoint(0, last.height())).y() >= column.viewport().height()


@pytest.mark.parametrize("long", [False, True], ids=["sample", "long"])
def test_every_editor_built_is_as_tall_as_its_text(desk, qtbot, long):
    """No gap under a text built after the window appeared (such an editor took Qt's default height of 192 px)."""
    window = shown(desk, qtbot, _long_report() if long else sample_report())
    qtbot.waitUntil(window.column.is_complete, timeout=20_000)
    qtbot.wait(100)
    heights = [(e.height(), math.ceil(e.document().size().height()) + 2 * e.frameWidth()) for e in window.column.order]
    assert [shown for shown, text in heights if shown != text] == []


def test_while_the_column_grows_it_shows_the_report_from_its_start_in_reading_order(desk, qtbot):
    """The rest of a long report appears at the foot of the column, a few texts at a time: at any moment the texts
    built are the report's first ones, in order, each of them on the page (none built yet hidden)."""
    report = _long_report()
    window = _opened(desk, qtbot, report)
    anchors = [place.anchor for place in places(report, details=False) if place.kind in WRITTEN]
    wrong = []

    def look() -> bool:
        order = window.column.order
        if [editor.place.anchor for editor in order] != anchors[: len(order)]:
            wrong.append(f"out of order at {len(order)} texts")
        wrong.extend(editor.place.anchor for editor in order if not editor.isVisibleTo(window))
        return window.column.is_complete()

    qtbot.waitUntil(look, timeout=60_000)
    assert wrong == []


def test_every_text_gets_its_editor_in_reading_order_after_opening(desk, qtbot):
    report = _long_report()
    window = _opened(desk, qtbot, report)
    qtbot.waitUntil(window.column.is_complete, timeout=60_000)
    anchors = [place.anchor for place in places(report, details=False) if place.kind in WRITTEN]
    assert [editor.place.anchor for editor in window.column.order] == anchors
    assert all(editor.isVisibleTo(window) for editor in window.column.order)


def test_find_reaches_the_last_paragraph_right_after_opening(desk, qtbot):
    report = _long_report("请核对这一句话。")
    window = _opened(desk, qtbot, report)
    assert window.find.find_next("请核对这一句话")
    editor = QApplication.focusWidget()
    assert editor.place.owner is last_paragraph(report)
    assert editor.textCursor().selectedText() == "请核对这一句话"
    qtbot.wait(200)  # the parts built for it find their place on the page
    assert not editor.visibleRegion().isEmpty()  # scrolled to, though it was built a moment ago


def test_the_outline_reaches_the_last_section_right_after_opening(desk, qtbot):
    report = _long_report()
    window = _opened(desk, qtbot, report)
    last = report.nodes[-1]
    window.outline.activated.emit(window.outline_model.index_of_path(path_of(report, last)))
    editor = window.column.editor_for(last, "title")
    qtbot.waitUntil(editor.hasFocus)
    assert editor.place.anchor == f"n{len(report.nodes) - 1}"
    qtbot.wait(200)
    assert not editor.visibleRegion().isEmpty()


@pytest.mark.xcb
def test_ctrl_end_reaches_the_date_right_after_opening(desk, qtbot):
    report = _long_report()
    window = _opened(desk, qtbot, report)
    title = focused(qtbot, window, window.column.editor_for(report.meta, "title"))
    qtbot.keyClick(title, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.column.editor_for(report, "date")


def test_typing_in_the_last_paragraph_updates_the_count_and_the_preview(desk, qtbot, monkeypatch):
    monkeypatch.setenv(FORCE_SIMPLE_ENV, "1")
    report = _long_report()
    before = count_report(report)
    window = _opened(desk, qtbot, report)
    pane = PreviewPane()
    window.attach_preview(pane)
    qtbot.waitUntil(lambda: pane.surface() is not None and bool(pane.surface().browser.toPlainText()))
    editor = window.column.editor_for(last_paragraph(report), "text")
    type_chinese(editor, "末段新增内容")
    qtbot.waitUntil(lambda: window.counts.text().startswith(f"全文 {before + 6} 字"))
    qtbot.waitUntil(lambda: "末段新增内容" in pane.surface().browser.toPlainText(), timeout=20_000)


def test_review_marks_reach_texts_built_later_and_stay_while_typing_elsewhere(desk, qtbot):
    report = _long_report("请各单位认真落实,确保按期完成。")
    window = _opened(desk, qtbot, report)
    qtbot.waitUntil(window.column.is_complete, timeout=60_000)
    window.review.wait()
    last = window.column.editor_for(last_paragraph(report), "text")
    comma = last.toPlainText().index(",")
    assert (comma, comma + 1) in [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in last.extraSelections()]
    type_chinese(window.column.editor_for(report.lead[0], "text"), "新增")
    window.review.wait()
    assert (comma, comma + 1) in [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in last.extraSelections()]


def test_opening_a_report_changes_nothing_even_where_the_editor_would_write_markup_otherwise(desk, qtbot):
    report = _long_report("甲。****乙")  # markup the editor shows literally and would write escaped
    window = _opened(desk, qtbot, report)
    qtbot.waitUntil(window.column.is_complete, timeout=60_000)
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    assert last_paragraph(window.report()).text.endswith("甲。****乙")
