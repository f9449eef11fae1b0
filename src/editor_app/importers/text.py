"""Plain text and pasted text → a structured report (see ``structure``).

Each line is a paragraph; blank lines only separate. Whatever the text holds, the result is a report or an
``ImportFailed`` with a Chinese reason.
"""

from __future__ import annotations

from .common import ImportFailed, ImportResult
from .structure import Corrections, Progress, SourceLine, recognize

MAX_TEXT_CHARS = 16 * 1024 * 1024


def text_lines(text: str) -> list[SourceLine]:
    """The source lines of a text: one a line (``\\r\\n``, ``\\r``, form feeds and Unicode separators too)."""
    return [SourceLine(line) for line in text.splitlines()]


def parse_text(text: str, corrections: Corrections | None = None, progress: Progress | None = None) -> ImportResult:
    """Read plain text into a Report. Raises ImportFailed for text too long or holding no words at all."""
    if len(text) > MAX_TEXT_CHARS:
        raise ImportFailed(f"文字超过 {MAX_TEXT_CHARS // 1024 // 1024}M 个字符，无法导入")
    text = text.removeprefix("\ufeff")
    result = recognize(text_lines(text), corrections, progress)
    report = result.report
    if not (report.meta.title or report.lead or report.nodes or report.closing):
        raise ImportFailed("没有可导入的文字")
    return result
