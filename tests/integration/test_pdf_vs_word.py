"""The PDF engine measured against LibreOffice's rendering of our .docx: same pages, same line breaks where the
fonts are the same. Both renderings are kept side by side in test-artifacts/pdf-vs-word.html to be looked at."""

from __future__ import annotations

import re
import subprocess

import pytest
from test_docx_office import DATA, to_pdf

from conftest import ARTIFACTS, require_tool
from editor_app.opening import load_report
from editor_app.render.docx.profile import load_profile
from editor_app.render.pdf import render_pdf

pytestmark = pytest.mark.integration

# fonts that Typst and LibreOffice (fontconfig) both find here
SHARED_FONTS = {
    "title": "Noto Serif CJK SC",
    "body": "Noto Serif CJK SC",
    "level1": "Noto Sans CJK SC",
    "level2": "Noto Serif CJK SC",
    "level3": "Noto Serif CJK SC",
    "level4": "Noto Serif CJK SC",
    "page_number": "Noto Serif CJK SC",
    "latin": "DejaVu Serif",
}


def page_lines(pdf) -> list[list[str]]:
    text = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True)
    pages = text.stdout.split("\f")[:-1]
    return [[re.sub(r"\s+", "", line) for line in page.splitlines() if line.strip()] for page in pages]


def side_by_side(name: str, word_pdf, typst_pdf) -> None:
    """PNGs of both renderings and an HTML page showing them page by page, LibreOffice left, Typst right."""
    ARTIFACTS.mkdir(exist_ok=True)
    rows = []
    for label, pdf in (("word", word_pdf), ("typst", typst_pdf)):
        subprocess.run([require_tool("pdftoppm"), "-r", "50", "-png", str(pdf), str(ARTIFACTS / f"{name}-{label}")])
    count = len(page_lines(word_pdf))
    for page in range(1, count + 1):
        cells = "".join(
            f'<td><img src="{name}-{label}-{page}.png" alt="{label} {page}"></td>' for label in ("word", "typst")
        )
        rows.append(f"<tr>{cells}</tr>")
    html = f"<h2>{name}: LibreOffice (.docx) | Typst (PDF)</h2><table>{''.join(rows)}</table>"
    path = ARTIFACTS / "pdf-vs-word.html"
    previous = path.read_text(encoding="utf-8") if path.exists() else '<meta charset="utf-8">'
    path.write_text(previous.split(f"<h2>{name}:")[0] + html, encoding="utf-8")


@pytest.mark.parametrize(("name", "profile"), [("notice", "gbt9704"), ("letter", "letter")])
def test_typst_pdf_has_the_pages_and_line_breaks_of_the_word_file(tmp_path, name, profile):
    report, _ = load_report(DATA / f"official-{name}.md")
    word = to_pdf(report, tmp_path, f"{name}-word", profile=profile, fonts=SHARED_FONTS)
    typst_pdf = tmp_path / f"{name}-typst.pdf"
    typst_pdf.write_bytes(render_pdf(report, load_profile(profile), SHARED_FONTS).data)
    side_by_side(name, word, typst_pdf)
    # the same lines on the same pages (sorted: poppler reads a table's cells in a different order in each)
    assert [sorted(page) for page in page_lines(typst_pdf)] == [sorted(page) for page in page_lines(word)]
