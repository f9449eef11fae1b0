"""Markdown interchange: front matter, headings as levels, typed numbers regenerated, stable round trips."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.importers.markdown import ImportFailed, parse_markdown
from editor_app.model.inline import escape, plain
from editor_app.model.report import Paragraph, Placement, Table, iter_nodes
from editor_app.render.markdown import render_markdown
from editor_app.render.text import render_text
from editor_app.templates import SAMPLE_PATH, list_templates
from strategies import reports

WORK_SUMMARY = """---
title: 某局2025年工作总结
column: 首页 > 政务公开 > 工作总结
source: 某县某局
published: 2025/12/2 16:04:59
keywords: 总结，计划、安全
signature: 某县某局
date: 2025年12月2日
---

一年来，我局认真落实各项部署。

# 一、主要工作

## （一）抓好安全生产

### 1. 开展专项检查

#### (1) 检查企业

共检查企业
42家。

### 2、整改隐患

整改隐患108处。

# 二、存在问题

# 三、下一步打算

***

特此报告。
"""


def test_headings_become_levels_and_typed_numbers_are_regenerated():
    result = parse_markdown(WORK_SUMMARY)
    report = result.report
    assert [n.title for n in report.nodes] == ["主要工作", "存在问题", "下一步打算"]
    section = report.nodes[0].children[0]
    assert section.title == "抓好安全生产"
    assert [c.title for c in section.children] == ["开展专项检查", "整改隐患"]
    assert section.children[0].children[0].title == "检查企业"
    assert section.children[0].children[0].content == [Paragraph("共检查企业42家。")]  # no space in Chinese joins
    text = render_text(report)
    for line in [
        "一、主要工作",
        "（一）抓好安全生产",
        "1.开展专项检查",
        "（1）检查企业",
        "2.整改隐患",
        "三、下一步打算",
    ]:
        assert line in text.splitlines()


def test_front_matter_fills_meta_and_normalises_dates_and_lists():
    report = parse_markdown(WORK_SUMMARY).report
    assert report.meta.column == ["首页", "政务公开", "工作总结"]
    assert report.meta.published == "2025-12-02 16:04"
    assert report.meta.keywords == ["总结", "计划", "安全"]
    assert (report.signature, report.date) == ("某县某局", "2025年12月2日")
    assert report.lead == [Paragraph("一年来，我局认真落实各项部署。")]
    assert report.closing == [Paragraph("特此报告。")]


def test_markdown_round_trip_is_stable():
    first = render_markdown(parse_markdown(WORK_SUMMARY).report)
    assert render_markdown(parse_markdown(first).report) == first


@pytest.mark.parametrize("path", [SAMPLE_PATH, *(t.path for t in list_templates())], ids=lambda p: p.stem)
def test_bundled_documents_round_trip(path):
    report = parse_markdown(path.read_text(encoding="utf-8")).report
    assert parse_markdown(render_markdown(report)).report == report


def test_level_scheme_in_front_matter():
    report = parse_markdown(SAMPLE_PATH.read_text(encoding="utf-8")).report
    assert report.levels[0].placement is Placement.RUNIN and report.levels[0].numbered
    assert report.levels[1].placement is Placement.RUNIN and not report.levels[1].numbered


def test_tables_with_captions():
    text = "# 一、数据\n\n表1 主要指标\n| 指标 | 数值 |\n|---|---|\n| 茶园 | 2800亩 |\n| 管道\\|符号 | 1 |\n"
    node = parse_markdown(text).report.nodes[0]
    assert node.content == [Table([["指标", "数值"], ["茶园", "2800亩"], ["管道|符号", "1"]], 1, "表1 主要指标")]
    again = parse_markdown(render_markdown(parse_markdown(text).report)).report
    assert again.nodes[0].content == node.content


def test_text_that_looks_like_markdown_structure_stays_text():
    report = parse_markdown("正文\n").report
    tricky = ["# 不是标题", "1. 不是列表", "- 不是列表", "> 不是引用", "---", "```", "| a |", "标题 #", "2024. 年"]
    report.lead = [Paragraph(escape(t)) for t in tricky]
    again = parse_markdown(render_markdown(report)).report
    assert [plain(p.text) for p in again.lead] == tricky
    assert again.nodes == []


def test_deep_headings_warn_and_a_skipped_level_keeps_its_level_and_number():
    result = parse_markdown("# 一、总体要求\n\n### 1. 跳级\n\n##### 过深\n")
    skipped = result.report.nodes[0].children[0]
    assert (skipped.title, skipped.skip) == ("跳级", 1)
    assert "一、总体要求\n\n1.跳级" in render_text(result.report)  # not renumbered as （一）
    assert any("超出四级" in w for w in result.warnings)
    again = render_markdown(parse_markdown(render_markdown(result.report)).report)
    assert "\n### 1.跳级\n" in again


def test_bad_front_matter_is_a_chinese_error():
    with pytest.raises(ImportFailed, match="YAML"):
        parse_markdown("---\ntitle: [unclosed\n---\n正文\n")
    with pytest.raises(ImportFailed, match="levels"):
        parse_markdown("---\nlevels:\n- {marker: 'A.'}\n---\n")


def test_bad_date_is_a_warning_not_a_failure():
    result = parse_markdown("---\ntitle: t\npublished: 2025-13-45\n---\n")
    assert result.report.meta.published == ""
    assert any("发布时间" in w for w in result.warnings)


def test_control_characters_are_dropped_and_raw_html_is_text():
    report = parse_markdown("# 标\x07题\n\n<div onclick=x>正文\x00</div>\n").report
    assert report.nodes[0].title == "标题"
    assert report.nodes[0].content == [Paragraph("<div onclick=x>正文</div>")]


def test_a_ten_megabyte_paste_imports():
    paragraph = "加强管理，落实责任。" * 100
    text = "# 一、大段\n\n" + "\n\n".join([paragraph] * 10_000)
    assert len(text) > 10_000_000 // 3
    report = parse_markdown(text).report
    assert len(report.nodes[0].content) == 10_000


# Normalised text: what a Markdown paragraph can hold (no line breaks, no outer spaces, not empty).
line_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp", "Zs"], blacklist_characters="\ufeff"),
    min_size=1,
    max_size=20,
).map(escape)


def _markdown_shaped(report):
    """What Markdown holds by design (docs/markdown-format.md): one header row, rectangular tables, a valid date."""
    report.meta.published = ""
    bodies = [a.content for a in report.attachments]
    for items in [report.lead, report.closing, *(node.content for _, node in iter_nodes(report.nodes)), *bodies]:
        for item in items:
            if isinstance(item, Table):
                width = max((len(row) for row in item.rows), default=0)
                item.rows = [row + ["x"] * (width - len(row)) for row in item.rows] or [["x"]]
                item.header_rows = 1
    return report


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])
@given(reports(text=line_text, with_review=False).map(_markdown_shaped))
def test_report_to_markdown_and_back_keeps_text_and_structure(report):
    markdown = render_markdown(report)
    again = parse_markdown(markdown).report
    assert render_text(again) == render_text(report)
    assert render_markdown(again) == markdown


OFFICIAL = """---
title: 关于开展2026年秋季农业生产检查的通知
issuer: [青溪县农业农村局, 青溪县财政局]
document_number: 青农〔2026〕12号
signers: 张三、李四
copy_number: '000123'
secrecy: 秘密★1年
urgency: 特急
recipients: 各乡镇人民政府，县直有关单位
note: （联系人：王五，电话：12345678）
cc: 县委办公室，县人大常委会办公室。
printed_by: 青溪县农业农村局办公室
printed_date: 2026年11月20日
layout: gbt9704
attachments: [检查组名单, 日程安排]
---

请各单位认真做好检查工作。

# 附件1 检查组名单

组长：张三

| 姓名 | 单位 |
|---|---|
| 李四 | 县农业农村局 |

# 附件2

11月25日：动员部署。
"""


def test_official_front_matter_and_attachment_bodies_import_and_round_trip():
    result = parse_markdown(OFFICIAL)
    report = result.report
    meta = report.meta
    assert result.warnings == []
    assert meta.issuer == ["青溪县农业农村局", "青溪县财政局"] and meta.signers == ["张三", "李四"]
    assert (meta.copy_number, meta.secrecy, meta.urgency) == ("000123", "秘密★1年", "特急")
    assert meta.recipients == "各乡镇人民政府，县直有关单位" and meta.note.startswith("（联系人")
    assert meta.cc == ["县委办公室", "县人大常委会办公室。"]
    assert (meta.printed_by, meta.printed_date) == ("青溪县农业农村局办公室", "2026年11月20日")
    assert report.layout == "gbt9704"
    first, second = report.attachments
    assert first.name == "检查组名单" and first.content[0] == Paragraph("组长：张三")
    assert isinstance(first.content[1], Table) and first.content[1].rows[1] == ["李四", "县农业农村局"]
    assert second.name == "日程安排" and second.content == [Paragraph("11月25日：动员部署。")]
    assert report.lead == [Paragraph("请各单位认真做好检查工作。")]
    markdown = render_markdown(report)
    assert "# 附件1 检查组名单" in markdown and "# 附件2 日程安排" in markdown
    assert parse_markdown(markdown).report == report


def test_an_attachment_heading_without_front_matter_names_the_attachment():
    report = parse_markdown("正文。\n\n# 附件 名单\n\n张三\n\n## 小标题\n").report
    assert [(a.name, a.content) for a in report.attachments] == [("名单", [Paragraph("张三"), Paragraph("小标题")])]


def test_an_unquoted_copy_number_keeps_its_leading_zeros():
    result = parse_markdown("---\ntitle: t\ncopy_number: 000123\n---\n")
    assert result.report.meta.copy_number == "000123"
