"""Where the text ends: an estimate of the page and the height used on it, for placing the 版记.

Word lays out the file only when it is opened, but an official page is regular: fixed line spacing, a line of
``chars`` body characters, widow control off. Counting lines per block the way the styles set them gives the
page the text ends on, exact for running text and close for tables (their rows are estimated from the column
widths). The 版记 is placed from this estimate, with a safety margin, and the LibreOffice tests check it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..blocks import Block, Kind
from .measure import display_width
from .profile import Profile
from .styles import Metrics
from .title import shape_title

PT_PER_MM = 72 / 25.4


class PageEstimate:
    """Lines laid down one by one on pages of the text area's height."""

    def __init__(self, profile: Profile, metrics: Metrics) -> None:
        page, margins = profile["page"], profile["page"]["margins_mm"]
        self.height = (page["height_mm"] - margins["top"] - margins["bottom"]) * PT_PER_MM
        self.profile, self.metrics = profile, metrics
        self.page, self.used = 1, 0.0
        self.last = 0.0  # height of the last block laid down, which a kept-together sign-off may carry over
        self.width_chars = metrics.text_width_twips / 20 / (metrics.body_pt + metrics.condense_twentieths / 20)

    @property
    def room(self) -> float:
        return self.height - self.used

    def add(self, height: float, lines: int = 1) -> None:
        """``lines`` lines of ``height`` each; a paragraph breaks between lines, never inside one."""
        for _ in range(lines):
            if self.used + height > self.height + 0.01 and self.used > 0:
                self.new_page()
            self.used += height
        self.last = height * lines

    def keep_with_last(self, height: float) -> None:
        """``height`` must stand on one page with the block before it (the writer sets keepNext): when it does
        not fit, that block moves to the next page with it."""
        if self.room < height:
            carried = self.last if self.last + height <= self.height else 0.0
            self.new_page()
            self.used = carried

    def space(self, height: float) -> None:
        self.used = min(self.used + height, self.height) if self.used else 0.0  # space at a page top is dropped

    def new_page(self) -> None:
        self.page, self.used = self.page + 1, 0.0

    def lines(self, text: str, indent: float = 0, hanging: float = 0, per_line: float | None = None) -> int:
        """Lines of ``text``; Latin letters and digits count 0.6 of a cell (wider than Times New Roman's
        digits in the usual substitutes), so the estimate errs towards one line more."""
        per_line = per_line or self.width_chars
        width = display_width(text) + 0.1 * sum(1 for c in text if display_width(c) == 0.5)
        if width + indent <= per_line:
            return 1
        return 1 + math.ceil((width + indent - per_line) / (per_line - hanging))


def text_end(blocks: Iterable[Block], profile: Profile, metrics: Metrics, masthead_pt: float = 0) -> PageEstimate:
    """The estimate after laying out ``blocks`` (the 版记 not included); ``masthead_pt`` is the 版头's height."""
    estimate = PageEstimate(profile, metrics)
    line = metrics.line_pt
    indent = profile["first_line_chars"]
    closing_before = line * (profile.get("closing") or {}).get("lines_before", 1)
    title = profile["title"]
    estimate.used = masthead_pt
    previous = None
    for block in blocks:
        match block.kind:
            case Kind.TITLE | Kind.ATTACHMENT:
                if block.kind is Kind.ATTACHMENT:
                    estimate.new_page()
                    estimate.add(line, 2)
                if block.text.strip():
                    size = profile["sizes_pt"]["title"]
                    text = "".join(s.text for s in block.spans)
                    count = len(shape_title(text, int(metrics.text_width_twips / 20 // size)))
                    estimate.add(title["line_spacing_pt"], count)
                    estimate.space(line * title.get("lines_after", 1))
            case Kind.SUBTITLE | Kind.RECIPIENTS:
                estimate.add(line, estimate.lines(block.text))
            case Kind.INFO:
                if profile.get("info_line"):
                    estimate.add(line)
            case Kind.PARAGRAPH | Kind.HEADING | Kind.RUNIN | Kind.NOTE:
                estimate.add(line, estimate.lines(block.text, indent))
            case Kind.TABLE:
                _table(estimate, block, line)
            case Kind.ATTACHMENTS:
                estimate.space(closing_before)
                for number, name in enumerate(block.items, 1):
                    estimate.add(line, estimate.lines(f"{number}.{name}", indent + 3, 3))
            case Kind.ATTENDANCE:
                if previous is not Kind.ATTENDANCE:
                    estimate.space(closing_before)
                estimate.add(line, estimate.lines(block.text + "：" + "、".join(block.items), indent, 3))
            case Kind.SIGNATURE:
                estimate.keep_with_last(closing_before + 2 * line)  # with the date, kept with the text before
                estimate.space(closing_before)
                estimate.add(line)
            case Kind.DATE:
                estimate.add(line)
        previous = block.kind
    return estimate


def _table(estimate: PageEstimate, block: Block, line: float) -> None:
    """Rows at single spacing of the table size (about 1.3 × the size) plus cell margins; rows never split."""
    if block.spans:
        estimate.add(line)
    size = estimate.profile["sizes_pt"]["table"]
    columns = max((len(row) for row in block.rows), default=1) or 1
    per_cell = max(estimate.metrics.text_width_twips / 20 / columns / size - 1, 2)
    for row in block.rows:
        lines = max((estimate.lines("".join(s.text for s in cell), per_line=per_cell) for cell in row), default=1)
        estimate.add(lines * size * 1.3 + 6)
