"""The open document's snapshots (preview, review, autosave, save) share the sections that did not change: after
any run of edits, undos and redos through the report editor, each snapshot equals a full copy of the report, and
no later edit reaches a snapshot already handed to a worker."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.model.places import PlaceKind, places
from editor_app.model.report import Node, iter_nodes
from editor_app.model.snapshot import snapshot
from editor_app.templates import sample_report
from editor_app.ui.report_editor import ReportEditor
from strategies import any_text, reports

EDITS = ["type", "type", "type", "split", "merge", "add paragraph", "add section", "remove section", "move"]
EDITS += ["detail", "attachments", "undo", "redo", "snapshot"]


def _edit(editor: ReportEditor, data) -> None:
    """One thing a writer does, through the same calls the window makes."""
    report = editor.report
    kind = data.draw(st.sampled_from(EDITS))
    typed = [place for place in places(report) if place.kind is not PlaceKind.ATTACHMENT]
    paragraphs = [place for place in typed if place.kind is PlaceKind.PARAGRAPH]
    nodes = [node for _, node in iter_nodes(report.nodes)]
    if kind == "type" and typed:
        place = data.draw(st.sampled_from(typed))
        editor.set_text(place, place.text + data.draw(any_text), label="typing", typed=True)
    elif kind == "split" and paragraphs:
        place = data.draw(st.sampled_from(paragraphs))
        editor.split(place, place.text, data.draw(st.integers(0, len(place.text))))
    elif kind == "merge" and paragraphs:
        editor.merge_back(data.draw(st.sampled_from(paragraphs)))
    elif kind == "add paragraph" and paragraphs:
        editor.add_paragraph(data.draw(st.sampled_from(paragraphs)).container)
    elif kind == "add section":
        editor.add_section(data.draw(st.sampled_from([None, *nodes])), child=data.draw(st.booleans()))
    elif kind == "remove section" and nodes:
        editor.remove_section(data.draw(st.sampled_from(nodes)))
    elif kind == "move" and len(report.nodes) > 1:
        editor.move_section((0,), (), len(report.nodes) - 1, "move")
    elif kind == "detail":
        editor.set_detail("source", data.draw(any_text))
    elif kind == "attachments":
        editor.set_attachments(data.draw(st.lists(st.text(min_size=1, max_size=8), max_size=3)))
    elif kind == "undo":
        editor.undo_stack.undo()
    elif kind == "redo":
        editor.undo_stack.redo()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(with_review=False), st.data())
def test_every_snapshot_equals_a_full_copy_after_any_edits(qapp, report, data):
    editor = ReportEditor(report)
    handed: list[tuple[object, object]] = []  # (a snapshot a worker holds, what it held when taken)
    for _ in range(data.draw(st.integers(1, 25))):
        _edit(editor, data)
        if data.draw(st.booleans()):
            copy = editor.snapshot()
            assert copy == snapshot(editor.report)
            handed.append((copy, snapshot(copy)))
    for copy, then in handed:
        assert copy == then


def test_a_keystroke_copies_only_its_own_section(qapp):
    report = sample_report()
    report.nodes = [Node(f"第{index}节") for index in range(3)]
    editor = ReportEditor(report)
    before = editor.snapshot()
    place = next(place for place in places(report) if place.node is report.nodes[1])
    editor.set_text(place, "改过的标题", label="typing", typed=True)
    after = editor.snapshot()
    assert after.nodes[1].title == "改过的标题" and before.nodes[1].title == "第1节"
    assert after.nodes[0] is before.nodes[0] and after.nodes[2] is before.nodes[2]
