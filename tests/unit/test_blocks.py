"""The block stream: one flat, numbered, typed sequence in reading order."""

from editor_app.model.report import Attachment, LevelStyle, Meta, Node, Paragraph, Placement, Report, Table
from editor_app.render.blocks import Kind, Role, to_blocks
from editor_app.templates import get_template, sample_report


def test_sample_is_seed_shaped_run_in_sections_with_unnumbered_sub_themes():
    blocks = to_blocks(sample_report())
    runins = [b for b in blocks if b.kind is Kind.RUNIN]
    level1 = [b for b in runins if b.level == 1]
    assert [b.number for b in level1] == ["一、", "二、", "三、"]
    assert level1[0].text.startswith("一、聚焦产业提质，夯实富民增收基础。坚持把产业振兴")
    level2 = [b for b in runins if b.level == 2]
    assert level2 and all(b.number == "" for b in level2)
    assert [s.text for s in level2[0].lead] == ["壮大特色主导产业。"]
    assert [b.kind for b in blocks[:3]] == [Kind.TITLE, Kind.INFO, Kind.PARAGRAPH]
    assert blocks[2].role is Role.LEAD
    assert blocks[-1].role is Role.CLOSING


def test_work_summary_has_four_heading_levels_on_their_own_lines():
    blocks = to_blocks(get_template("work-summary").create())
    headings = [(b.level, b.number) for b in blocks if b.kind is Kind.HEADING]
    assert (1, "一、") in headings and (2, "（一）") in headings and (3, "1.") in headings
    assert (4, "（1）") in headings
    assert not any(b.kind is Kind.RUNIN for b in blocks)
    assert [b.kind for b in blocks[-2:]] == [Kind.SIGNATURE, Kind.DATE]


def test_anchors_name_the_place_in_the_model():
    report = Report(
        meta=Meta(title="标题"),
        lead=[Paragraph("导语")],
        nodes=[Node("一", [Paragraph("a"), Paragraph("b")], [Node("子", [Paragraph("c")])])],
        levels=[LevelStyle(True, "一、", Placement.RUNIN), LevelStyle(False, "（一）", Placement.HEADING)],
    )
    anchors = {b.anchor: b for b in to_blocks(report)}
    assert anchors["lead-0"].text == "导语"
    assert anchors["n0"].kind is Kind.RUNIN and anchors["n0"].text == "一、一a"
    assert anchors["n0-p1"].text == "b"  # the run-in absorbed paragraph 0
    assert anchors["n0.0"].kind is Kind.HEADING and anchors["n0.0-p0"].text == "c"


def test_run_in_node_opening_with_a_table_keeps_the_table():
    report = Report(
        nodes=[Node("表前", [Table([["项目", "数量"], ["茶园", "2800"]]), Paragraph("后文")])],
        levels=[LevelStyle(True, "一、", Placement.RUNIN)],
    )
    kinds = [(b.kind, b.text) for b in to_blocks(report)[2:]]
    assert kinds[0] == (Kind.RUNIN, "一、表前")
    assert kinds[1][0] is Kind.TABLE
    assert kinds[2] == (Kind.PARAGRAPH, "后文")


def test_closing_elements_follow_the_standard_order():
    report = Report(
        meta=Meta(title="t"),
        closing=[Paragraph("特此报告。")],
        attachments=[Attachment("名单")],
        signature="某局",
        date="2024年5月8日",
    )
    kinds = [b.kind for b in to_blocks(report)]
    assert kinds[-4:] == [Kind.PARAGRAPH, Kind.ATTACHMENTS, Kind.SIGNATURE, Kind.DATE]
