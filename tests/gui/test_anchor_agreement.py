"""The reading column, the outline and the portal preview name every place alike and list them in the same order,
so a click in one finds the same text in the other (and review findings and comments land where they point)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QUndoStack

from editor_app.model.numbering import node_numbers
from editor_app.model.places import PlaceKind, Region, node_path, places
from editor_app.render.html import render_page
from editor_app.templates import sample_report
from editor_app.ui.editors import ReadingColumn
from editor_app.ui.outline import PATH_ROLE, OutlineModel
from strategies import reports

_ANCHOR = re.compile(r'data-anchor="([^"]*)"')


@pytest.fixture(scope="module")
def column(qapp):
    column = ReadingColumn(QUndoStack())
    yield column
    column.deleteLater()


def _editor_anchors(column: ReadingColumn, report) -> list[str]:
    column.sync(report, node_numbers(report))
    column.complete()  # a long report's later parts are otherwise built from the event loop
    return [editor.place.anchor for editor in column.order]


def _check_agreement(column: ReadingColumn, report) -> None:
    editor = _editor_anchors(column, report)
    page = _ANCHOR.findall(render_page(report))
    kinds = {place.anchor: place for place in places(report)}
    assert len(set(page)) == len(page), "an anchor names two elements of the page"
    assert [a for a in editor if a in page] == [a for a in page if a in editor]  # the same order
    # The page shows tables and attachment names, which the column shows as a table notice and the
    # attachments box, not as text editors.
    only_page = [a for a in page if a not in editor]
    # The attachments' own text is shown on the page; the window does not edit it yet.
    shown_elsewhere = (PlaceKind.TABLE, PlaceKind.ATTACHMENT)
    assert all(kinds[a].kind in shown_elsewhere or kinds[a].region is Region.ATTACHMENT for a in only_page), only_page
    # The column has an editor for the title (the page's heading) and for an empty signature or date.
    only_editor = [a for a in editor if a not in page]
    assert all(a == "title" or (a in ("signature", "date") and not kinds[a].text) for a in only_editor), only_editor


def _outline_paths(report) -> list[tuple[int, ...]]:
    model = OutlineModel()
    model.rebuild(report, node_numbers(report), dict.fromkeys(("title", "lead", "closing", "signoff", "untitled"), ""))
    paths = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(PATH_ROLE) is not None:
                paths.append(tuple(index.data(PATH_ROLE)))
            walk(index)

    walk(model.index(-1, 0))
    return paths


def test_the_sample_report_agrees_place_for_place(column):
    report = sample_report()
    editor = _editor_anchors(column, report)
    assert editor[:4] == ["title", "lead-0", "n0", "n0-p0"]  # the run-in section and its first paragraph
    _check_agreement(column, report)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(reports(with_review=False))
def test_any_report_agrees_place_for_place(column, report):
    _check_agreement(column, report)
    headings = [node_path(place.anchor) for place in places(report) if place.kind is PlaceKind.HEADING]
    assert _outline_paths(report) == headings  # the outline lists the column's headings, in its order
    assert [e.place.anchor for e in column.order if e.role is PlaceKind.HEADING] == [
        place.anchor for place in places(report) if place.kind is PlaceKind.HEADING
    ]
