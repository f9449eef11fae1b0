"""The Word export as a reader sees it: converted by LibreOffice to PDF, read back with poppler.

Each conversion runs LibreOffice headless with its own user profile. fontconfig here has no Windows fonts,
so tests that measure glyphs map the roles to installed CJK fonts through the office font mapping (what an
office on a Linux desktop would do); the others keep the standard's names and let LibreOffice substitute.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from editor_app.model.report import Meta, Node, Paragraph, Report, Table
from editor_app.opening import load_report
from editor_app.render.blocks import Kind, to_blocks
from editor_app.render.docx import render_docx
from editor_app.templates import sample_report
from tools import require_tool

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = DATA.parents[1]
PT_PER_MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * PT_PER_MM, 297 * PT_PER_MM
LEFT, RIGHT = 28 * PT_PER_MM, PAGE_W - 26 * PT_PER_MM  # text area edges
TOP, BOTTOM = 37 * PT_PER_MM, PAGE_H - 35 * PT_PER_MM
BODY_PT = 16
# installed stand-ins for 小标宋, 仿宋, 黑体, 楷体, 宋体 and Times New Roman
LINUX_FONTS = {
    "title": "Noto Serif CJK SC",
    "body": "AR PL UMing CN",
    "level1": "Noto Sans CJK SC",
    "level2": "AR PL UKai CN",
    "level3": "AR PL UMing CN",
    "level4": "AR PL UMing CN",
    "page_number": "Noto Serif CJK SC",
    "latin": "DejaVu Serif",
}


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float


def to_pdf(report: Report, folder: Path, name: str, env: dict[str, str] | None = None, **options) -> Path:
    """Export ``report`` to ``folder/name.docx`` and convert it with LibreOffice (in ``env``); the PDF's path."""
    soffice = require_tool("soffice")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.docx"
    source.write_bytes(render_docx(report, **options).data)
    profile = folder / f"lo-profile-{name}"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf"]
    converting = [*command, "--outdir", str(folder), str(source)]
    subprocess.run(converting, check=True, capture_output=True, timeout=300, env=env)
    shutil.rmtree(profile, ignore_errors=True)
    pdf = folder / f"{name}.pdf"
    assert pdf.is_file(), "LibreOffice produced no PDF"
    return pdf


def pdf_text(pdf: Path) -> str:
    return subprocess.run([require_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run([require_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pages_lines(pdf: Path, first: int = 1, last: int = 0) -> list[list[Line]]:
    """Text lines of pages ``first``..``last`` (0: to the end) with their boxes in points (origin top left)."""
    command = [require_tool("pdftotext"), "-f", str(first), "-bbox-layout", str(pdf), "-"]
    if last:
        command[3:3] = ["-l", str(last)]
    xml = subprocess.run(command, check=True, capture_output=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True, huge_tree=True))
    pages = []
    for page in root.iter("{*}page"):
        found = []
        for line in page.iter("{*}line"):
            text = "".join(word.text or "" for word in line.iter("{*}word"))
            box = [float(line.get(key)) for key in ("xMin", "xMax", "yMin", "yMax")]
            found.append(Line(text, *box))
        pages.append(found)
    return pages


def lines(pdf: Path, page: int) -> list[Line]:
    return pages_lines(pdf, page, page)[0]


def body_lines(pdf: Path, page: int) -> list[Line]:
    return [line for line in lines(pdf, page) if line.y1 < BOTTOM + 4]


def footer(pdf: Path, page: int, page_lines: list[Line] | None = None) -> Line:
    below = [line for line in (page_lines or lines(pdf, page)) if line.y0 > BOTTOM]
    assert len(below) == 1, f"page {page}: {below}"
    return below[0]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for item in expected:
        found = text.find(item, position)
        assert found >= 0, f"“{item}” missing or out of order"
        position = found + len(item)


def headings(report: Report) -> list[str]:
    return [
        squash(b.number + "".join(s.text for s in (b.lead or b.spans)))
        for b in to_blocks(report)
        if b.kind in (Kind.HEADING, Kind.RUNIN)
    ]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("docx-office")


@pytest.fixture(scope="module")
def work_summary() -> Report:
    report, _ = load_report(DATA / "work-summary-2026.md")
    return report


@pytest.fixture(scope="module")
def sample_pdf(folder: Path) -> Path:
    return to_pdf(sample_report(), folder, "sample")


@pytest.fixture(scope="module")
def summary_pdf(folder: Path, work_summary: Report) -> Path:
    return to_pdf(work_summary, folder, "summary", fonts=LINUX_FONTS)


def test_sample_reads_title_then_every_numbered_lead_in_order(sample_pdf: Path) -> None:
    report = sample_report()
    text = squash(pdf_text(sample_pdf))
    assert_in_order(text, [squash(report.meta.title), *headings(report)])
    assert headings(report)[0] == "一、聚焦产业提质，夯实富民增收基础。"


def test_work_summary_reads_every_heading_table_and_closing_in_order(summary_pdf: Path, work_summary) -> None:
    text = squash(pdf_text(summary_pdf))
    expected = [squash(work_summary.meta.title), *headings(work_summary)]
    assert_in_order(text, expected)
    assert "（1）抓好春耕备耕" in expected
    assert_in_order(
        text,
        ["粮食总产量（万吨）", "101.8%", "附件：1.2026年度重点项目完成情况表", "青溪县农业农村局", "2026年12月1日"],
    )


def test_pages_are_a4(sample_pdf: Path) -> None:
    info = subprocess.run([require_tool("pdfinfo"), str(sample_pdf)], check=True, capture_output=True, text=True)
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout).groups())
    assert abs(width - PAGE_W) < 1 and abs(height - PAGE_H) < 1


@pytest.mark.parametrize("pdf_name", ["sample_pdf", "summary_pdf"])
def test_page_numbers_have_dashes_odd_right_even_left_7mm_below_the_text(pdf_name, request) -> None:
    pdf = request.getfixturevalue(pdf_name)
    pages = page_count(pdf)
    assert pages >= 2
    char = 14  # 四号
    for page in range(1, pages + 1):
        number = footer(pdf, page)
        assert re.fullmatch(rf"—\s*{page}\s*—", number.text), number.text
        if page % 2:
            assert abs((RIGHT - char) - number.x1) < 4, f"odd page {page} not one character in from the right"
        else:
            assert abs((LEFT + char) - number.x0) < 4, f"even page {page} not one character in from the left"
        assert 4 * PT_PER_MM < number.y0 - BOTTOM < 10 * PT_PER_MM


def test_a_full_body_page_has_22_lines_of_28_characters(folder: Path) -> None:
    paragraph = "坚持把产业振兴放在首位立足本地资源禀赋做强特色种养延伸产业链条让群众在家门口吃上产业饭" * 6
    report = Report(Meta(title="满页测试"), lead=[Paragraph(paragraph) for _ in range(8)])
    pdf = to_pdf(report, folder, "full-page", fonts=LINUX_FONTS)
    body = body_lines(pdf, 2)
    assert len(body) == 22
    assert body[0].y0 > TOP - 8 and body[-1].y1 < BOTTOM + 4
    steps = {round(lower.y0 - upper.y0, 1) for upper, lower in itertools.pairwise(body)}
    assert all(abs(step - 28) < 0.5 for step in steps), steps  # fixed 28 pt line spacing
    for line in body:
        indented = len(squash(line.text)) == 26
        assert abs(line.x0 - (LEFT + (2 * BODY_PT if indented else 0))) < 3, line  # two-character indent
        if len(squash(line.text)) == 28:
            assert abs(line.x1 - RIGHT) < 4, line  # a full line ends at the right margin
    widths = [len(squash(line.text)) for line in body]
    # every line a paragraph runs through is 28 characters (26 after the two-character indent)
    assert max(widths) == 28 and widths.count(28) >= 15, widths
    assert set(widths) - {26, 28} <= {widths[0], *(w for w, nxt in itertools.pairwise(widths) if nxt == 26)}, widths


def test_no_half_width_quotes_reach_the_page(sample_pdf: Path, summary_pdf: Path) -> None:
    for pdf in (sample_pdf, summary_pdf):
        text = pdf_text(pdf)
        assert '"' not in text and "'" not in text
        assert "“" in text
    # quotes take a full character cell, not the Latin font's narrow quote: a line of Chinese text with quotes
    # is as wide as its character count (LibreOffice also does this without w:hint, which Word needs; the
    # hint itself is checked in the XML tests)
    quoted = [line for line in lines(summary_pdf, 1) if "“" in line.text]
    plain = [line for line in quoted if not any(c.isascii() for c in line.text)]
    assert plain
    for line in plain:
        assert (line.x1 - line.x0) / len(squash(line.text)) > 15, line.text


def test_signature_and_date_stand_two_characters_in_from_the_right(summary_pdf: Path) -> None:
    last = lines(summary_pdf, page_count(summary_pdf))
    signature = next(line for line in last if squash(line.text) == "青溪县农业农村局")
    date = next(line for line in last if squash(line.text) == "2026年12月1日")
    assert abs((RIGHT - 2 * BODY_PT) - date.x1) < 4
    assert date.y0 - signature.y0 == pytest.approx(28, abs=3)  # the date on the next line
    # this date is too long to start two characters right of the signature: the signature moves left of it
    # (how far depends on the digits' font; LibreOffice also spaces digits from Chinese, Word does not)
    assert signature.x1 < date.x1 - BODY_PT / 4


def test_attachment_names_line_up_under_the_first_name(summary_pdf: Path) -> None:
    last = lines(summary_pdf, page_count(summary_pdf))
    first = next(line for line in last if squash(line.text).startswith("附件：1."))
    second = next(line for line in last if squash(line.text).startswith("2.2027"))
    assert abs(first.x0 - (LEFT + 2 * BODY_PT)) < 3  # two characters in
    assert abs(second.x0 - (LEFT + 5 * BODY_PT)) < 3  # under "1.", after the three characters of 附件：
    assert second.y0 - first.y0 == pytest.approx(28, abs=1)


def test_office_font_mapping_reaches_the_page(summary_pdf: Path) -> None:
    fonts = pdf_fonts(summary_pdf)
    for name in ("NotoSansCJK", "UKai", "UMing"):  # 黑体, 楷体 and 仿宋 stand-ins chosen in the mapping
        assert name in fonts


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run([require_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout


def test_the_packages_font_aliases_keep_each_standard_font_s_kind_where_it_is_missing(folder: Path, work_summary):
    """Without 仿宋_GB2312 and 楷体_GB2312, fontconfig alone hands LibreOffice a sans face for the body and the
    second-level headings; with the aliases the Linux package installs, the free fonts the profile lists instead."""
    aliases = folder / "aliases.conf"
    subprocess.run([sys.executable, str(ROOT / "packaging/fontconfig.py"), str(aliases)], check=True)
    system = Path("/etc/fonts/fonts.conf")
    if not system.is_file():
        pytest.skip("no system fontconfig configuration to extend")
    wrapper = folder / "fonts.conf"
    wrapper.write_text(f"<fontconfig><include>{system}</include><include>{aliases}</include></fontconfig>\n")
    pdf = to_pdf(work_summary, folder, "summary-aliased", env={**os.environ, "FONTCONFIG_FILE": str(wrapper)})
    fonts = pdf_fonts(pdf)
    for name in ("NotoSerifCJK", "UKai", "NotoSansCJK"):  # 仿宋 and 小标宋, 楷体, 黑体 stand-ins
        assert name in fonts, fonts


def test_page_one_pictures_are_kept_for_people(folder: Path, sample_pdf: Path, summary_pdf: Path, artifacts) -> None:
    mapped = to_pdf(sample_report(), folder, "sample-linux-fonts", fonts=LINUX_FONTS)
    for pdf, name in ((mapped, "docx-sample-page1"), (summary_pdf, "docx-work-summary-page1")):
        target = artifacts / name
        subprocess.run(
            [require_tool("pdftoppm"), "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
            check=True,
        )
        png = target.with_suffix(".png").read_bytes()
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert abs(height / width - 297 / 210) < 0.01


def test_a_report_with_an_empty_section_and_a_table_converts(folder: Path) -> None:
    report = sample_report()
    report.nodes.insert(1, Node("空的一节"))
    pdf = to_pdf(report, folder, "empty-section")
    assert_in_order(squash(pdf_text(pdf)), ["一、聚焦产业提质", "二、空的一节", "三、聚焦环境提升"])


def test_short_table_headers_do_not_wrap(folder: Path) -> None:
    report = Report(
        meta=Meta(title="表格"),
        nodes=[Node("数据", [Table([["指标", "2025年", "2026年"], ["全县特色产业总产值（亿元）", "12.6", "13.8"]])])],
    )
    layout = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(to_pdf(report, folder, "table-headers")), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    header = next(line for line in layout.splitlines() if "指标" in line)
    assert "2025" in header and "2026" in header  # each year heading on one line with 年, not broken under it
    assert re.search(r"2025\s?年", header) and re.search(r"2026\s?年", header)


@pytest.mark.parametrize("lines", [18, 19, 20])  # where a plain layout pushes the sign-off alone onto page 2
def test_signature_and_date_never_stand_alone_on_a_page(folder: Path, lines: int) -> None:
    one_line = "围绕年度目标任务细化工作措施压实工作责任推动落实"
    report = Report(
        meta=Meta(title="签署测试"),
        lead=[Paragraph(one_line) for _ in range(lines)],
        signature="青溪县农业农村局",
        date="2026年11月20日",
    )
    pdf = to_pdf(report, folder, f"sign-off-{lines}")
    layout = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    last_page = squash([page for page in layout.split("\f") if page.strip()][-1])
    assert "青溪县农业农村局" in last_page and "2026年11月20日" in last_page
    assert one_line in last_page  # at least the end of the text goes with them


def test_a_300_page_report_converts_with_every_page_numbered(folder: Path) -> None:
    paragraph = Paragraph("围绕茶叶、高山蔬菜和稻渔综合种养三大主导产业，新建标准化茶园2800亩、蔬菜保供基地6个。" * 4)
    sections = [
        Node(
            f"第{i + 1}部分",
            [paragraph, paragraph],
            [Node("方面", [paragraph] * 3, [Node("事项", [paragraph] * 2)])] * 2,
        )
        for i in range(75)
    ]
    pdf = to_pdf(
        Report(Meta(title="长篇报告"), nodes=sections, signature="县农业农村局", date="2026年12月1日"), folder, "long"
    )
    pages = page_count(pdf)
    assert pages >= 300
    for page, page_lines in enumerate(pages_lines(pdf), 1):
        number = footer(pdf, page, page_lines)
        assert re.fullmatch(rf"—\s*{page}\s*—", number.text)
        assert (number.x1 > RIGHT - 30) if page % 2 else (number.x0 < LEFT + 30)
    assert_in_order(squash(pdf_text(pdf)), ["一、第1部分", "七十五、第75部分", "县农业农村局", "2026年12月1日"])


def test_a_long_title_prints_as_two_centred_lines_shorter_on_top(folder: Path) -> None:
    title = "关于印发《青溪县2027年农业农村重点工作任务清单》的通知"
    pdf = to_pdf(Report(Meta(title=title), lead=[Paragraph("正文。")]), folder, "long-title", fonts=LINUX_FONTS)
    top, bottom = lines(pdf, 1)[:2]
    assert squash(top.text) + squash(bottom.text) == title
    assert top.x1 - top.x0 <= bottom.x1 - bottom.x0
    middle = (LEFT + RIGHT) / 2
    for line in (top, bottom):
        assert abs((line.x0 + line.x1) / 2 - middle) < 6
    body = next(line for line in lines(pdf, 1) if squash(line.text) == "正文。")
    # 二号 title over 三号 body: line boxes scale with the font size
    assert (top.y1 - top.y0) / (body.y1 - body.y0) == pytest.approx(22 / 16, abs=0.06)
    assert (footer(pdf, 1).y1 - footer(pdf, 1).y0) / (body.y1 - body.y0) == pytest.approx(14 / 16, abs=0.06)
