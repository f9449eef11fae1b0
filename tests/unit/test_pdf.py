"""The PDF export: the official layout without an office suite, read back with poppler."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import require_tool
from editor_app.export import export_report
from editor_app.model.report import Meta, Paragraph, Report
from editor_app.opening import load_report
from editor_app.render.docx.profile import load_profile
from editor_app.render.pdf import render_pdf
from editor_app.settings import settings_path

DATA = Path(__file__).resolve().parent.parent / "data"
FONTS = {"title": "Noto Serif CJK SC", "body": "Noto Serif CJK SC", "level1": "Noto Sans CJK SC"}


def official(name: str) -> Report:
    return load_report(DATA / f"official-{name}.md")[0]


def pdf_of(report: Report, tmp_path: Path, profile: str = "gbt9704") -> Path:
    path = tmp_path / "out.pdf"
    path.write_bytes(render_pdf(report, load_profile(profile), FONTS).data)
    return path


def pages(pdf: Path) -> list[str]:
    text = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True)
    return [re.sub(r"\s+", "", page) for page in text.stdout.split("\f")[:-1]]


def info(pdf: Path) -> str:
    return subprocess.run([require_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout


def test_notice_is_a4_with_embedded_fonts_selectable_text_and_every_element_in_order(tmp_path):
    pdf = pdf_of(official("notice"), tmp_path)
    assert "pts (A4)" in info(pdf)
    fonts = subprocess.run([require_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # the "emb" column
    text = pages(pdf)
    order = ["000123", "秘密★1年", "特急", "青溪县农业农村局文件", "青农〔2026〕12号", "关于开展",
             "各乡镇人民政府，县直有关单位：", "附件：1.检查组名单", "（联系人：王五", "附件1", "附件2",
             "抄送：", "印发"]  # fmt: skip
    joined, position = "".join(text), 0
    for item in order:
        position = joined.index(item, position) + len(item)
    assert len(text) % 2 == 0 and [page[:3] for page in text[-2:]] == ["附件1", "附件2"]
    assert "抄送：" in text[-1] and "—4—" in text[-1]  # on the even last page, numbered (no blank page before it)


def test_text_filling_an_even_page_gets_a_blank_page_and_an_unnumbered_imprint_page(tmp_path):
    report = official("notice")
    report.attachments = []
    filler = "各单位要高度重视，认真组织自查，及时整改发现的问题，确保检查工作取得实效。"
    report.nodes[-1].content += [Paragraph(filler) for _ in range(8)]
    text = pages(pdf_of(report, tmp_path))
    assert len(text) == 4 and "联系人" in text[1] and "—2—" in text[1]
    assert text[2] == "" and "抄送：" in text[3] and "—" not in text[3].replace("抄送：", "")


def test_a_letter_has_no_page_number_on_page_one(tmp_path):
    text = pages(pdf_of(official("letter"), tmp_path, "letter"))
    assert text[0].startswith("青溪县农业农村局青农函〔2026〕7号") and "—1—" not in text[0]
    assert len(text) == 2 and "抄送：县政府办公室。" in text[1] and "印发" not in text[1]


def test_typst_markup_in_the_text_is_printed_as_typed(tmp_path):
    tricky = '#set text(red) $x$ \\ "引号" [方括号] *星号* _下划线_ <label> @ref // 注释'
    report = Report(Meta(title="标题"), lead=[Paragraph(tricky.replace("*", "\\*").replace("_", "\\_"))])
    assert tricky.replace(" ", "") in "".join(pages(pdf_of(report, tmp_path)))


def test_export_to_pdf_writes_the_file_and_names_the_fonts_this_machine_lacks(tmp_path):
    report = official("request")
    report.meta.signers = ["张明远", "李䶮"]  # 䶮 is not in GB2312
    result = export_report(report, "pdf", tmp_path / "请示.pdf", source=tmp_path / "请示.edesk")
    assert (tmp_path / "请示.pdf").read_bytes().startswith(b"%PDF")
    lacking = [w for w in result.warnings if w.startswith("本机没有字体")]
    assert any("“方正小标宋简体”（标题）" in w and "改用“" in w for w in lacking)  # not installed here
    assert any("不在 GB2312 字符集中（䶮）" in w for w in result.warnings)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_installed_fonts_give_no_font_warning(tmp_path, fmt):
    report = Report(Meta(title="标题"), lead=[Paragraph("正文。")])
    settings = {"fonts": {role: "Noto Serif CJK SC" for role in ("title", "body", "level1", "level2", "level3",
                                                                 "level4", "page_number", "latin")}}  # fmt: skip
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps(settings), encoding="utf-8")
    result = export_report(report, fmt, tmp_path / f"x.{fmt}", source=tmp_path / "x.edesk")
    assert not [w for w in result.warnings if "字体" in w or "GB2312" in w]
