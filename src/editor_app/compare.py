"""Differences between two versions of a report, as a writer reads them (the recovery dialog uses it)."""

from __future__ import annotations

import difflib
from pathlib import Path

from .model.report import Report
from .render.text import render_text
from .store.document import DocumentError, open_document


def describe_difference(recovered: Report, original: Path | None) -> list[str]:
    """Paragraph-level differences between a recovered copy and its original file, as unified-diff lines."""
    new = render_text(recovered).split("\n\n")
    if original is None:
        old: list[str] = []
    else:
        try:
            old = render_text(open_document(original)).split("\n\n")
        except DocumentError:
            old = []
    return [
        line.rstrip("\n") for line in difflib.unified_diff(old, new, "已保存的文稿", "恢复的副本", n=0, lineterm="")
    ]
