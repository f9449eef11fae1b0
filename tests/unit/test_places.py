"""The one reading order: places name every text a writer types, and the block stream shows them in that order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from editor_app.model.places import PlaceKind, find_place, heading_places, node_path, places, set_text
from editor_app.model.report import Attachment, Meta, Node, Paragraph, Placement, Report, Table
from editor_app.render.blocks import Kind, to_blocks
from editor_app.templates import sample_report
from strategies import reports


def _runin_report() -> Report:
    report = Report(
        meta=Meta(title="标题", column=["首页", "政务动态"], source="县农业农村局"),
        lead=[Paragraph("导语")],
        nodes=[
            Node("突出思想引领。", [Paragraph("正文一"), Table([["项目", "金额"], ["道路", "10万元"]])]),
            Node("强化队伍建设。", [], [Node("小标题", [Paragraph("子正文")])]),
        ],
        closing=[Paragraph("结尾")],
        attachments=[Attachment("名单", [Paragraph("张三")]), Attachment("分工表")],
        signature="青溪县农业农村局",
        date="2026年11月20日",
    )
    report.levels[0].placement = Placement.RUNIN
    return report


def test_places_follow_reading_order_with_one_anchor_each():
    anchors = [place.anchor for place in places(_runin_report())]
    assert anchors == [
        "title",
        "subtitle",
        "meta.column-0",
        "meta.column-1",
        "meta.source",
        "meta.author",
        "meta.published",
        "meta.summary",
        "meta.document_number",
        "meta.copy_number",
        "meta.secrecy",
        "meta.urgency",
        "meta.recipients",
        "meta.note",
        "meta.printed_by",
        "meta.printed_date",
        "lead-0",
        "n0",
        "n0-p0",
        "n0-p1",
        "n0-p1-r0c0",
        "n0-p1-r0c1",
        "n0-p1-r1c0",
        "n0-p1-r1c1",
        "n1",
        "n1.0",
        "n1.0-p0",
        "closing-0",
        "a0",
        "a1",
        "signature",
        "date",
        "a0-p0",
    ]
    assert len(set(anchors)) == len(anchors)


def test_a_place_reads_and_writes_the_text_it_names():
    report = _runin_report()
    cell = find_place(report, "n0-p1-r1c1")
    assert cell is not None and cell.kind is PlaceKind.CELL and cell.text == "10万元"
    set_text(cell, "12万元")
    assert report.nodes[0].content[1].rows[1][1] == "12万元"
    heading = find_place(report, "n1.0")
    assert heading is not None and heading.level == 2 and heading.text == "小标题"
    assert node_path("n1.0-p0") == (1, 0)
    assert find_place(report, "n7") is None


def test_the_first_paragraph_of_a_runin_section_keeps_its_own_anchor_in_the_blocks():
    blocks = to_blocks(_runin_report())
    runin = next(block for block in blocks if block.kind is Kind.RUNIN)
    assert runin.anchor == "n0" and runin.places == ("n0", "n0-p0")
    assert "".join(span.text for span in runin.spans) == "正文一"
    table = next(block for block in blocks if block.kind is Kind.TABLE)
    assert table.anchor == "n0-p1" and table.places[1:] == ("n0-p1-r0c0", "n0-p1-r0c1", "n0-p1-r1c0", "n0-p1-r1c1")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(with_review=False))
def test_blocks_show_every_place_once_in_reading_order(report):
    blocks = to_blocks(report)
    assert all(block.anchor == block.places[0] for block in blocks if block.places)
    shown = [anchor for block in blocks for anchor in block.places]
    expected = [
        place.anchor
        for place in places(report)
        if not (place.kind in (PlaceKind.SUBTITLE, PlaceKind.SIGNATURE, PlaceKind.DATE) and not place.text)
    ]
    assert shown == expected  # empty subtitle, signature and date have no block; everything else has one


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(with_review=False))
def test_the_outline_s_headings_are_the_headings_of_the_reading_order(report):
    """The outline walks the headings alone; it lists the same ones, with the same anchors and levels."""
    expected = [(p.anchor, p.level, p.node) for p in places(report) if p.kind is PlaceKind.HEADING]
    assert [(p.anchor, p.level, p.node) for p in heading_places(report)] == expected


def test_the_sample_report_walks_in_the_order_a_reader_meets_it():
    report = sample_report()
    kinds = [place.kind for place in places(report, details=False)]
    assert kinds[0] is PlaceKind.TITLE and kinds[-2:] == [PlaceKind.SIGNATURE, PlaceKind.DATE]
    assert kinds.count(PlaceKind.HEADING) == sum(1 for block in to_blocks(report) if block.level)
