"""Number, date, document-number, numbering-sequence and report-detail checks."""

import pytest
from review_kit import COMPLETE, findings, fixed, flagged, options

from editor_app.model.report import LevelStyle, Meta, Node, Paragraph, Placement, Report
from editor_app.review import check_report


def test_dates_written_the_official_way():
    assert fixed("于2021-12-2召开，2021/12/02结束，2021年05月08日公布", "date.format") == (
        "于2021年12月2日召开，2021年12月2日结束，2021年5月8日公布"
    )
    short = findings("21年12月完成", "date.format")
    assert [(f.text, f.fix) for f in short] == [("21年", None)]
    assert flagged("2021年12月2日召开，建党100周年，21年来，电话0516-8888，版本1.2.3，2021-13-40", "date.format") == []


def test_the_signing_date_in_chinese_numerals_becomes_arabic():
    report = Report(meta=Meta(**vars(COMPLETE)), date="二〇二一年十二月二日")
    found = [f for f in check_report(report, options()) if f.rule == "date.format"]
    assert [(f.anchor, f.fix) for f in found] == [("date", "2021年12月2日")]


def test_document_numbers():
    assert fixed("睢政发[2024]05号、睢政发（2024）第5号、睢政办【2023】12号", "docno.brackets") == (
        "睢政发〔2024〕5号、睢政发〔2024〕5号、睢政办〔2023〕12号"
    )
    assert flagged("睢政发〔2024〕5号，（2024年）", "docno.brackets") == []


def test_approximate_numerals():
    assert fixed("用了三、四天，来了五、六十人", "numerals.approx") == "用了三四天，来了五六十人"
    for text in ["第三、四季度", "三、五天", "一、二年级学生", "其中三、四年度"]:
        assert flagged(text, "numerals.approx") == [], text


def _typed(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    report = Report(meta=Meta(**vars(COMPLETE)), nodes=[Node("甲", [Paragraph(p) for p in paragraphs])])
    return [(f.anchor, f.message, f.fix) for f in check_report(report, options()) if f.rule == "number.sequence"]


def test_typed_numbers_wrong_marker_skip_repeat_and_jump():
    found = _typed("（一）总体要求", "（二）、工作任务", "(三)保障", "1、加强领导", "3.明确责任", "3.落实", "一、其他")
    assert ("n0-p1", "二级标题序号应写作“（二）”", "（二）") in found
    assert ("n0-p2", "二级标题序号应写作“（三）”", "（三）") in found
    assert ("n0-p3", "三级标题序号应写作“1.”", "1.") in found
    assert ("n0-p4", "三级序号跳过了第 2 个", None) in found
    assert ("n0-p5", "三级序号“3.”与上一个重复", None) in found
    assert ("n0-p6", "层级跳跃：上级之下直接用了一级序号“一、”", None) not in found


def test_numbering_restarts_under_each_parent_and_amounts_are_not_numbers():
    report = Report(
        meta=Meta(**vars(COMPLETE)),
        nodes=[
            Node("甲", [Paragraph("1.加强领导"), Paragraph("2.落实责任")]),
            Node("乙", [Paragraph("1.强化保障"), Paragraph("1.5亿元用于建设"), Paragraph("2.加强督查")]),
        ],
    )
    assert [f for f in check_report(report, options()) if f.rule == "number.sequence"] == []


def test_level_jump_is_reported():
    found = _typed("一、总体要求", "1.加强领导")
    assert ("n0-p1", "层级跳跃：上级之下直接用了三级序号“1.”", None) in found


def test_a_typed_number_in_a_numbered_section_title():
    report = Report(meta=Meta(**vars(COMPLETE)), nodes=[Node("一、总体要求")])
    found = [f for f in check_report(report, options()) if f.rule == "number.sequence"]
    assert [(f.anchor, f.text, f.fix) for f in found] == [("n0", "一、", "")]
    runin = Report(
        meta=Meta(**vars(COMPLETE)), nodes=[Node("总体要求")], levels=[LevelStyle(True, "一、", Placement.RUNIN)]
    )
    assert [f for f in check_report(runin, options()) if f.rule == "number.sequence"] == []


def test_empty_required_details_are_errors_that_name_the_detail():
    report = Report(meta=Meta(title="弘扬“五种风气” 贡献统战力量", column=["首页"], published="2021-12-02 16:04"))
    found = [f for f in check_report(report, options()) if f.rule == "meta.missing"]
    assert [(f.anchor, f.severity, f.message) for f in found] == [
        ("meta.source", "error", "来源单位为空，发布前须填写")
    ]


def test_title_punctuation():
    report = Report(meta=Meta(**{**vars(COMPLETE), "title": "关于加强管理的通知。"}))
    found = [f for f in check_report(report, options()) if f.rule == "title.punct"]
    assert [(f.text, f.fix) for f in found] == [("。", "")]
    for title in [
        "关于印发《条例》的通知",
        "弘扬“五种风气” 贡献统战力量",
        "关于甲、乙的通知",
        "【标题：一句话，不超过30字】",
    ]:
        report = Report(meta=Meta(**{**vars(COMPLETE), "title": title}))
        assert [f for f in check_report(report, options()) if f.rule == "title.punct"] == [], title


@pytest.mark.parametrize("gb2312,expected", [(True, ["堃"]), (False, [])])
def test_characters_the_gb2312_font_lacks(gb2312, expected):
    assert [f.text for f in findings("王堃同志——“好”", "font.coverage", gb2312=gb2312)] == expected
