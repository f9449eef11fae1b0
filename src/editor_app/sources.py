"""A source to import, held in memory: the import preview reads a file or the clipboard once, shows its lines,
and recognises it again with each correction the writer makes, without touching the disk again.

An application service beside ``opening``: it calls the importers and gives plain Python values back.
"""

from __future__ import annotations

from pathlib import Path

from .importers.common import ImportFailed, ImportResult
from .importers.docx import docx_lines, parse_docx
from .importers.html import decode_html, html_lines, parse_html
from .importers.structure import Corrections, Progress
from .importers.structure import _cleaned as cleaned  # the line exactly as the recogniser reads it
from .importers.text import parse_text, text_lines
from .model.records import field, record
from .opening import PREVIEWED, LoadFailed, read_source_bytes, read_source_text, source_kind

TABLE_LINE = "〔表格〕"


@record
class Source:
    """What is being imported: ``data`` is text (``txt``, clipboard HTML) or the file's bytes (``docx``, a saved
    page). ``page`` is False for clipboard HTML, which has no page furniture or meta tags to read."""

    name: str
    kind: str
    data: str | bytes
    page: bool = True
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The source's lines as the recogniser numbers them (``Decision.line``) and reads them (``start``)."""
        try:
            if self.kind == "txt":
                raw = text_lines(str(self.data).removeprefix("\ufeff"))
            elif self.kind == "docx":
                raw = docx_lines(bytes(self.data))
            else:
                text = decode_html(self.data)[0] if isinstance(self.data, bytes) else self.data
                raw = html_lines(text, page=self.page)[0]
        except (ImportFailed, RecursionError):
            return []  # recognise() says why
        return [TABLE_LINE if line.table is not None else cleaned(line).text for line in raw]

    def recognise(self, corrections: Corrections | None = None, progress: Progress | None = None) -> ImportResult:
        """The report with its decisions and warnings. Raises LoadFailed with a Chinese message."""
        try:
            if self.kind == "txt":
                result = parse_text(str(self.data), corrections, progress)
            elif self.kind == "docx":
                result = parse_docx(bytes(self.data), corrections, progress)
            else:
                result = parse_html(self.data, corrections, progress, page=self.page)
        except ImportFailed as error:
            raise LoadFailed(f"无法导入“{self.name}”：{error}") from None
        result.warnings[:0] = self.warnings
        return result


def read_source(path: Path) -> Source:
    """Read a text, Word or HTML file into memory. Raises LoadFailed with a Chinese message."""
    kind = source_kind(path)
    if kind not in PREVIEWED:
        raise LoadFailed(f"无法导入“{path.name}”：只能导入纯文本（.txt）、Word（.docx）和网页（.html）")
    if kind == "txt":
        text, warnings = read_source_text(path)
        return Source(path.name, kind, text, warnings=warnings)
    return Source(path.name, kind, read_source_bytes(path))


def pasted_source(html: str, text: str, name: str = "剪贴板") -> Source:
    """The clipboard as a source: its HTML (from Word, WPS or a browser) when there is any, else its text."""
    if html.strip():
        return Source(name, "html", html, page=False)
    return Source(name, "txt", text)
