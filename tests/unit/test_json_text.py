"""Autosave's encoding that re-uses unchanged sections: the same bytes as encoding the whole report, whatever
edits came between two encodes, so the recovery copy always holds exactly the report at snapshot time."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.model.report import Node, Paragraph
from editor_app.model.snapshot import snapshot
from editor_app.store.document import decode, encode
from editor_app.store.json_text import SectionTexts, payload_bytes
from editor_app.store.schema import report_to_dict
from editor_app.templates import sample_report
from strategies import any_text, contents, node_trees, reports


def _whole(report) -> bytes:
    return json.dumps({"report": report_to_dict(report)}, ensure_ascii=False, indent=1).encode("utf-8")


def _edit(report, data) -> None:
    """One edit of the kind a writer makes: retype a title or paragraph, add, remove or move a section, edit the
    lead or meta."""
    kind = data.draw(st.sampled_from(["title", "paragraph", "insert", "remove", "move", "lead", "meta"]))
    nodes = report.nodes
    if kind == "title" and nodes:
        data.draw(st.sampled_from(nodes)).title = data.draw(any_text)
    elif kind == "paragraph" and nodes:
        data.draw(st.sampled_from(nodes)).content.append(Paragraph(data.draw(any_text)))
    elif kind == "insert":
        nodes.insert(data.draw(st.integers(0, len(nodes))), Node(data.draw(any_text), data.draw(contents())))
    elif kind == "remove" and nodes:
        nodes.pop(data.draw(st.integers(0, len(nodes) - 1)))
    elif kind == "move" and len(nodes) > 1:
        nodes.append(nodes.pop(0))
    elif kind == "lead":
        report.lead.extend(data.draw(contents()))
    else:
        report.meta.title = data.draw(any_text)


@settings(max_examples=30, deadline=None)
@given(reports(), st.data())
def test_reusing_sections_gives_the_bytes_of_a_whole_encode(report, data):
    sections = SectionTexts()
    for _ in range(data.draw(st.integers(1, 6))):
        copy = snapshot(report)
        assert payload_bytes({"report": report_to_dict(copy)}, sections) == _whole(copy)
        _edit(report, data)


@settings(max_examples=20, deadline=None)
@given(node_trees(), st.data())
def test_changes_to_the_encoded_objects_never_leave_a_stale_text(nodes, data):
    """Even a report changed in place after it was encoded (never done with snapshots, but cheap to rule out)."""
    report = sample_report()
    report.nodes = nodes
    sections = SectionTexts()
    payload_bytes({"report": report_to_dict(report)}, sections)
    for _ in range(3):
        _edit(report, data)
        assert payload_bytes({"report": report_to_dict(report)}, sections) == _whole(report)


def test_a_recovery_copy_with_text_utf8_cannot_carry_reads_back_whole():
    report = sample_report()
    sections = SectionTexts()
    decode(encode(report, sections=sections))
    report.nodes[0].title = "半个\ud800字"
    assert decode(encode(report, sections=sections)) == report
