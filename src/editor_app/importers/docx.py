"""Word files (.docx) → a structured report, through the same recogniser as pasted text.

Word and WPS files say more than text: heading styles (also WPS's numeric style ids, whose names are still
``heading 1``), an outline level set as direct formatting, a bold or 黑体/楷体 first run (how offices that never
use styles mark headings and run-in leads), a centred or ``Title``-styled title, and real tables.
"""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from ..model.characters import clean_text
from ..model.inline import escape
from ..model.patterns import lazy_pattern
from ..model.report import Table
from .common import ImportFailed, ImportResult
from .structure import Corrections, Progress, SourceLine, recognize

MAX_DOCX_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_HEADING_STYLE = lazy_pattern(r"(?:heading|标题)\s*([1-9])", re.I)
_HEADING_FONTS = ("黑体", "楷体", "方正黑体", "方正楷体", "SimHei", "KaiTi")


def _style_level(paragraph: DocxParagraph) -> tuple[int, bool]:
    """The heading level a paragraph's style or direct outline level gives (0: body), and whether it is the
    title style."""
    style = paragraph.style
    while style is not None:
        name = style.name or ""
        if name.lower() in ("title", "标题"):
            return 0, True
        match = _HEADING_STYLE.fullmatch(name.strip())
        if match:
            return int(match.group(1)), False
        style = style.base_style
    outline = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if outline is not None and (outline.get(qn("w:val")) or "").isdigit() and int(outline.get(qn("w:val"))) < 9:
        return int(outline.get(qn("w:val"))) + 1, False
    return 0, False


def _marked(run) -> bool:
    """A run set in bold or in a heading font (黑体 for 一、, 楷体 for （一） in the official layout)."""
    if run.bold:
        return True
    fonts = run._r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    names = [fonts.get(qn(f"w:{key}")) or "" for key in ("eastAsia", "ascii", "hAnsi")] if fonts is not None else []
    return any(name.startswith(_HEADING_FONTS) for name in names)


def _line(paragraph: DocxParagraph) -> SourceLine:
    text = clean_text(paragraph.text)
    bold = 0
    for run in paragraph.runs:
        if not run.text:
            continue
        if not _marked(run):
            break
        bold += len(clean_text(run.text))
    level, title = _style_level(paragraph)
    centred = paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    return SourceLine(text, level, bold if bold < len(text.rstrip()) or level else 0, centred, title)


def _table(table: DocxTable) -> Table:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(escape(clean_text(cell.text).replace("\n", " ").strip()))
        rows.append(cells)
    return Table(rows, 1 if rows else 0)


def docx_lines(data: bytes) -> list[SourceLine]:
    """The source lines of a .docx: paragraphs and tables of the body, in order. Raises ImportFailed."""
    if len(data) > MAX_DOCX_BYTES:
        raise ImportFailed(f"Word 文件超过 {MAX_DOCX_BYTES // 1024 // 1024} MB")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFailed("这是旧版 Word（.doc）文件，请先在 Word 或 WPS 中“另存为”.docx 再导入")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise ImportFailed("Word 文件解压后过大，无法导入")
        document = Document(io.BytesIO(data))
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, DocxTable):
                lines.append(SourceLine(table=_table(block)))
            else:
                lines.append(_line(block))
        return lines
    except ImportFailed:
        raise
    except Exception:  # python-docx and zipfile raise many kinds for damaged files; all mean the same here
        raise ImportFailed("不是有效的 Word（.docx）文件，或文件已损坏") from None


def parse_docx(data: bytes, corrections: Corrections | None = None, progress: Progress | None = None) -> ImportResult:
    """Read a .docx into a Report. Raises ImportFailed with a Chinese reason."""
    result = recognize(docx_lines(data), corrections, progress)
    report = result.report
    if not (report.meta.title or report.lead or report.nodes or report.closing):
        raise ImportFailed("Word 文件中没有可导入的文字")
    return result
