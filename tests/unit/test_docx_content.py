"""What the Word export writes for each kind of block: headings, run-in leads, tables, closing elements."""

from __future__ import annotations

import io

import docx
import pytest
from docx_xml import NS, Parts, w, work_summary

from editor_app.model.report import Attachment, Meta, Node, Paragraph, Report, Table
from editor_app.office import load_profile
from editor_app.render.docx import render_docx
from editor_app.render.docx.body import closing_indents
from editor_app.render.docx.measure import display_width
from editor_app.templates import sample_report


def test_work_summary_headings_are_numbered_in_their_level_styles() -> None:
    paragraphs = Parts(render_docx(work_summary()).data).paragraphs()
    headings = [(style, text) for style, text in paragraphs if style.startswith("Heading")]
    assert headings[:5] == [
        ("Heading1", "一、主要工作和成效"),
        ("Heading2", "（一）粮食生产和重要农产品供给稳定"),
        ("Heading3", "1.压实粮食生产责任"),
        ("Heading4", "（1）抓好春耕备耕"),
        ("Heading4", "（2）强化防灾减灾"),
    ]
    assert ("Heading1", "三、下一步工作打算") in headings
    assert paragraphs[0] == ("Title", "青溪县农业农村局2026年工作总结")


def test_run_in_lead_opens_its_paragraph_in_the_lead_style_with_an_outline_level() -> None:
    parts = Parts(render_docx(sample_report()).data)
    runins = [p for p in parts.document.iter(w("p")) if p.find(f"{w('pPr')}/{w('outlineLvl')}") is not None]
    first = runins[0]
    assert first.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "GwBody"
    assert first.find(f"{w('pPr')}/{w('outlineLvl')}").get(w("val")) == "0"
    runs = first.findall(w("r"))
    assert runs[0].find(f"{w('rPr')}/{w('rStyle')}").get(w("val")) == "GwRunIn1"
    assert "".join(runs[0].itertext()) == "一、"
    assert "".join(runs[1].itertext()) == "聚焦产业提质，夯实富民增收基础。"
    assert "".join(runs[2].itertext()).startswith("坚持把产业振兴放在首位")
    assert runs[2].find(f"{w('rPr')}/{w('rStyle')}") is None  # the body text is plain body
    second = runins[1]
    assert second.find(f"{w('pPr')}/{w('outlineLvl')}").get(w("val")) == "1"
    lead = second.findall(w("r"))
    assert [r.find(f"{w('rPr')}/{w('rStyle')}").get(w("val")) for r in lead[:1]] == ["GwRunIn2"]
    assert "".join(second.itertext()).startswith("壮大特色主导产业。围绕")


def test_info_brief_profile_shows_the_portal_info_line_and_bold_leads() -> None:
    parts = Parts(render_docx(sample_report(), "info-brief").data)
    paragraphs = parts.paragraphs()
    assert paragraphs[1] == (
        "GwInfo",
        "来源：青溪县农业农村局\u3000发布时间：2026-11-20 10:30\u3000作者：县农业农村局办公室",
    )
    lead = parts.style("GwRunIn1").find(w("rPr"))
    assert lead.find(w("b")).get(w("val")) == "1"
    assert lead.find(w("rFonts")).get(w("eastAsia")) == "仿宋_GB2312"
    assert parts.style("GwRunIn1").find(f"{w('rPr')}/{w('rFonts')}").get(w("eastAsia")) == "仿宋_GB2312"
    # the standard profile has no info line
    assert "GwInfo" not in {style for style, _ in Parts(render_docx(sample_report()).data).paragraphs()}


def test_table_widths_are_written_for_word_and_wps_and_the_header_repeats() -> None:
    parts = Parts(render_docx(work_summary()).data)
    table = parts.document.find(f".//{w('tbl')}")
    grid = [int(c.get(w("w"))) for c in table.iter(w("gridCol"))]
    assert len(grid) == 4
    assert sum(grid) == int(table.find(f"{w('tblPr')}/{w('tblW')}").get(w("w"))) == 8845  # the text width
    assert min(grid) >= 6 * 0.6 * 14 * 20 + 200  # "101.8%" in a 14 pt Latin font plus cell margins: no wrap
    rows = table.findall(w("tr"))
    assert rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is not None
    assert rows[1].find(f"{w('trPr')}/{w('tblHeader')}") is None
    assert "".join(rows[1].itertext()) == "粮食总产量（万吨）11.011.2101.8%"
    spacing = parts.style("GwTableText").find(f"{w('pPr')}/{w('spacing')}")
    assert spacing.get(w("lineRule")) == "auto"  # fixed spacing would blow up row heights


def test_a_captioned_table_at_the_very_end_is_followed_by_a_paragraph() -> None:
    report = Report(Meta(title="表"), lead=[Table([["甲", "乙"], ["1", "2"]], caption="表1 对比")])
    body = Parts(render_docx(report).data).document.find(w("body"))
    assert [child.tag for child in body[-4:]] == [w("p"), w("tbl"), w("p"), w("sectPr")]
    assert body[-4].find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "GwTableCaption"
    assert "".join(body[-4].itertext()) == "表1 对比"


def test_attachments_list_is_numbered_and_aligned_under_the_first_name() -> None:
    paragraphs = Parts(render_docx(work_summary()).data).paragraphs()
    index = next(i for i, (style, _) in enumerate(paragraphs) if style == "GwAttachments")
    assert paragraphs[index][1] == "附件：1.2026年度重点项目完成情况表"
    assert paragraphs[index + 1][1] == "2.2027年度重点工作任务清单"
    assert paragraphs[index + 2] == ("GwSignature", "青溪县农业农村局")
    assert paragraphs[index + 3] == ("GwDate", "2026年12月1日")


def test_single_attachment_has_no_number() -> None:
    report = Report(Meta(title="通知"), lead=[Paragraph("正文。")], attachments=[Attachment("名单")])
    assert ("GwAttachments", "附件：名单") in Parts(render_docx(report).data).paragraphs()


def test_signature_and_date_follow_the_standard() -> None:
    profile = load_profile()
    # a long signature: signature two characters in, the date starts two characters right of its start
    indents = closing_indents(profile, display_width("青溪县人民政府办公室"), display_width("2026年12月1日"))
    assert indents == {"GwSignature": 2, "GwDate": 2 + 10 - 2 - 6.5}
    # a date longer than that allows: date two characters in, the signature pushed left
    indents = closing_indents(profile, display_width("县农业局"), display_width("2026年12月1日"))
    assert indents == {"GwDate": 2, "GwSignature": 2 + 6.5 + 2 - 4}


def test_illegal_characters_are_removed_with_a_chinese_warning() -> None:
    report = Report(
        Meta(title="标题\x01"),
        lead=[Paragraph("正文\x0b含有\ud800控制字符\x1f。")],
        nodes=[Node("一级\x00", [Table([["表\x02头"]])])],
    )
    output = render_docx(report)
    assert any("6 个无法写入 Word 的控制字符" in warning for warning in output.warnings)
    document = docx.Document(io.BytesIO(output.data))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["标题", "正文含有控制字符。"]
    assert document.tables[0].cell(0, 0).text == "表头"


@pytest.mark.parametrize(
    "report",
    [
        Report(),
        Report(Meta(title="只有标题")),
        Report(Meta(title="空章节"), nodes=[Node("第一节"), Node("第二节", children=[Node("")])]),
        Report(Meta(title="表格"), lead=[Table([])]),
    ],
    ids=["empty", "title-only", "empty-sections", "empty-table"],
)
def test_sparse_reports_export_to_a_file_python_docx_reopens(report: Report) -> None:
    output = render_docx(report)
    docx.Document(io.BytesIO(output.data))
    assert output.warnings == []


def test_line_breaks_and_tabs_inside_a_paragraph_survive() -> None:
    report = Report(Meta(title="标题"), lead=[Paragraph("第一行\n第二行\t对齐")])
    paragraph = Parts(render_docx(report).data).document.xpath("//w:p[w:pPr/w:pStyle/@w:val='GwBody']", namespaces=NS)[
        0
    ]
    assert [c.tag for c in paragraph.find(w("r"))][1:] == [w("t"), w("br"), w("t"), w("tab"), w("t")]


def test_bold_and_italic_markup_become_run_properties() -> None:
    report = Report(Meta(title="标题"), lead=[Paragraph("普通**加粗**和*倾斜*")])
    paragraph = Parts(render_docx(report).data).document.xpath("//w:p[w:pPr/w:pStyle/@w:val='GwBody']", namespaces=NS)[
        0
    ]
    runs = {"".join(r.itertext()): r for r in paragraph.iter(w("r"))}
    assert runs["加粗"].find(f"{w('rPr')}/{w('b')}") is not None
    assert runs["倾斜"].find(f"{w('rPr')}/{w('i')}") is not None
    assert runs["普通"].find(f"{w('rPr')}/{w('b')}") is None


def test_document_properties_name_the_report() -> None:
    document = docx.Document(io.BytesIO(render_docx(sample_report()).data))
    props = document.core_properties
    assert props.title == "聚焦“三个提升” 绘就和美乡村新画卷"
    assert props.author == "县农业农村局办公室"
    assert props.language == "zh-CN"
