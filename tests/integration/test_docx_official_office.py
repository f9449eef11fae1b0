"""The official document as LibreOffice lays it out: element order, attachments on new pages, the 版记 at the foot
of an even last page, unnumbered blank and 版记 pages, and the red of masthead and rule."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_docx_office import BOTTOM, DATA, LINUX_FONTS, assert_in_order, lines, page_count, pdf_text, squash, to_pdf

from conftest import ARTIFACTS, require_tool
from editor_app.model.report import Paragraph
from editor_app.opening import load_report

pytestmark = pytest.mark.integration


def official(name: str):
    return load_report(DATA / f"official-{name}.md")[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("docx-official")


def keep(pdf: Path) -> None:
    """Pages as PNG in test-artifacts, to be looked at."""
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(pdf, ARTIFACTS / pdf.name)
    prefix = ARTIFACTS / pdf.stem
    subprocess.run([require_tool("pdftoppm"), "-r", "50", "-png", str(pdf), str(prefix)], check=True)


def page_texts(pdf: Path) -> list[str]:
    return [squash(page) for page in pdf_text(pdf).split("\f")[: page_count(pdf)]]


def numbered(pdf: Path, page: int) -> bool:
    return any(line.y0 > BOTTOM and "—" in line.text for line in lines(pdf, page))


def red_pixels(pdf: Path, page: int, top: float, bottom: float) -> int:
    """Red pixels between two heights (fractions of the page) of a 30 dpi rendering."""
    root = pdf.with_name(f"{pdf.stem}-red{page}")
    command = [require_tool("pdftoppm"), "-r", "30", "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([*command, str(pdf), str(root)], check=True, capture_output=True)
    raw = root.with_suffix(".ppm").read_bytes()
    header, _, rest = raw.partition(b"\n255\n")
    width, height = (int(v) for v in header.split()[-2:])
    rows = range(int(height * top), int(height * bottom))
    return sum(
        1
        for y in rows
        for x in range(width)
        if rest[(y * width + x) * 3] > 200 and rest[(y * width + x) * 3 + 1] < 80 and rest[(y * width + x) * 3 + 2] < 80
    )


def test_notice_with_every_element(folder):
    pdf = to_pdf(official("notice"), folder, "official-notice", fonts=LINUX_FONTS)
    keep(pdf)
    pages = page_texts(pdf)
    assert len(pages) % 2 == 0
    assert_in_order(
        "".join(pages),
        ["000123", "秘密★1年", "特急", "青溪县农业农村局文件", "青农〔2026〕12号", "关于开展",
         "各乡镇人民政府，县直有关单位：", "附件：1.检查组名单", "青溪县农业农村局", "2026年11月20日",
         "（联系人：王五", "附件1", "检查组名单", "附件2", "检查日程安排", "抄送：", "印发"],
    )  # fmt: skip
    starts = [page[:3] for page in pages]
    assert starts[-2:] == ["附件1", "附件2"]  # each attachment starts its own page
    assert "抄送：" in pages[-1] and "抄送：" not in "".join(pages[:-1])
    last = lines(pdf, len(pages))
    imprint = next(line for line in last if "印发" in line.text)
    assert BOTTOM - 30 < imprint.y1 <= BOTTOM + 2  # at the foot of the text area
    assert numbered(pdf, len(pages))  # no blank page before it: the 版记 page keeps its number
    assert red_pixels(pdf, 1, 0.15, 0.42) > 50  # the red issuer mark and rule
    assert red_pixels(pdf, 1, 0.45, 1.0) == 0  # nothing else is red


def test_text_ending_on_a_full_even_page_gets_a_blank_page_and_unnumbered_imprint_page(folder):
    report = official("notice")
    report.attachments = []
    filler = "各单位要高度重视，认真组织自查，及时整改发现的问题，确保检查工作取得实效。"
    report.nodes[-1].content += [Paragraph(filler) for _ in range(8)]
    pdf = to_pdf(report, folder, "official-blank-page", fonts=LINUX_FONTS)
    keep(pdf)
    pages = page_texts(pdf)
    assert len(pages) == 4
    assert "联系人" in pages[1] and pages[2] == "" and "抄送：" in pages[3]
    assert numbered(pdf, 2) and not numbered(pdf, 3) and not numbered(pdf, 4)


@pytest.mark.parametrize(("name", "profile"), [("request", "gbt9704"), ("letter", "letter"), ("minutes", "minutes")])
def test_request_letter_and_minutes_end_on_an_even_page_with_the_imprint_at_the_foot(folder, name, profile):
    pdf = to_pdf(official(name), folder, f"official-{name}", profile=profile, fonts=LINUX_FONTS)
    keep(pdf)
    pages = page_texts(pdf)
    assert len(pages) % 2 == 0
    if name == "letter":
        assert not numbered(pdf, 1)  # a letter's first page has no page number
        assert red_pixels(pdf, 1, 0.0, 0.2) > 50 and red_pixels(pdf, 1, 0.85, 1.0) > 50  # both double rules
        assert "抄送：县政府办公室。" in pages[-1] and "印发" not in pages[-1]
    else:
        assert "印发" in pages[-1]
    if name == "request":
        assert "签发人：张明远李华" in pages[0] and "文件" in pages[0]
    if name == "minutes":
        assert_in_order("".join(pages), ["出席：张明远、李华", "请假：钱卫国", "列席：孙丽"])
