"""The same documents as Word files (plain, and with direct formatting instead of styles) and as saved portal
pages in GBK come out with the same structure as their text."""

import io
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from editor_app.importers.docx import parse_docx
from editor_app.importers.html import parse_html
from editor_app.importers.lines import typed_number
from editor_app.importers.outline import heading_lines
from editor_app.importers.text import parse_text, text_lines

CORPUS = sorted((Path(__file__).resolve().parent.parent / "data" / "import").glob("*.txt"))


def _docx(lines: list[str], formatted: bool) -> bytes:
    document = Document()
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        number = typed_number(line)
        if formatted and index == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if formatted and number and number.family in ("一、", "第一章"):
            run = paragraph.add_run(line)  # 黑体, as GB/T 9704 sets level-1 headings, and no style
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")
        else:
            paragraph.add_run(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page(lines: list[str]) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><script>x()</script></head>'
        '<body><div class="nav">首页 | 政务公开 | 互动交流</div><div class="search">站内搜索</div>'
        f'<div class="TRS_Editor">{body}</div><div class="share">分享到：微信</div>'
        '<div class="footer">版权所有：青溪县人民政府</div></body></html>'
    )
    return html.encode("gbk")


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_word_and_portal_page_give_the_outline_of_the_text(path):
    text = path.read_text(encoding="utf-8")
    expected = parse_text(text).report
    lines = [line.text for line in text_lines(text) if line.text.strip()]
    for data in (_docx(lines, False), _docx(lines, True)):
        got = parse_docx(data).report
        assert heading_lines(got) == heading_lines(expected)
        assert got.meta.title == expected.meta.title
    page = parse_html(_page(lines)).report
    assert heading_lines(page) == heading_lines(expected)
    assert page.meta.title == expected.meta.title


def test_word_heading_styles_with_wps_numeric_ids_and_bold_leads():
    document = Document()
    document.styles["Heading 1"].style_id = "2"  # WPS saves styles under numeric ids
    title = document.add_paragraph("青溪县2025年安全生产工作总结", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("全年未发生较大以上生产安全事故。")
    document.add_paragraph("主要做法", style="Heading 1")
    paragraph = document.add_paragraph()
    paragraph.add_run("压实安全责任。").bold = True
    paragraph.add_run("逐级签订安全生产责任书，层层传导压力。")
    table = document.add_table(rows=2, cols=2)
    for (row, column), value in {(0, 0): "项目", (0, 1): "数量", (1, 0): "检查企业", (1, 1): "420家"}.items():
        table.cell(row, column).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    report = parse_docx(buffer.getvalue()).report
    assert report.meta.title == "青溪县2025年安全生产工作总结"
    assert heading_lines(report) == ["· 主要做法", "  · 压实安全责任。"]  # a styled heading without a number
    assert report.nodes[0].children[0].content[-1].rows[1] == ["检查企业", "420家"]


def test_a_page_declared_gb2312_with_gbk_only_characters_decodes():
    lines = [
        "青溪县召开“镕铸”专题会议",
        "来源：青溪县融媒体中心 | 发布时间：2025-03-01 09:00",
        "会议强调，要把堃、珺两村的经验推开。",
    ]
    report = parse_html(_page(lines)).report
    assert report.meta.source == "青溪县融媒体中心" and report.meta.published == "2025-03-01 09:00"
    assert "堃、珺两村" in report.lead[0].text
