"""The inline parser as it was built on markdown-it-py (emphasis and escapes only, CJK-friendly delimiter scan):
the reference ``model.inline`` must agree with (tests/unit/test_inline.py compares them on random markup).
markdown-it stays a dependency of the Markdown importer, so the reference costs the tests nothing extra."""

from __future__ import annotations

import unicodedata
from types import MethodType

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline import emphasis as _emphasis
from markdown_it.rules_inline.state_inline import Scanned

from editor_app.model.inline import Span, merge_spans


def _is_cjk(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F", "H")


def _scan_delims_cjk(self: StateInline, start: int, canSplitWord: bool) -> Scanned:
    src, maximum = self.src, self.posMax
    marker = src[start]
    last = src[start - 1] if start > 0 else " "
    pos = start
    while pos < maximum and src[pos] == marker:
        pos += 1
    following = src[pos] if pos < maximum else " "
    last_punct = isMdAsciiPunct(ord(last)) or isPunctChar(last)
    next_punct = isMdAsciiPunct(ord(following)) or isPunctChar(following)
    last_space = isWhiteSpace(ord(last))
    next_space = isWhiteSpace(ord(following))
    last_boundary = last_space or last_punct or _is_cjk(last)
    next_boundary = next_space or next_punct or _is_cjk(following)
    left_flanking = not (next_space or (next_punct and not last_boundary))
    right_flanking = not (last_space or (last_punct and not next_boundary))
    can_open = left_flanking and (canSplitWord or not right_flanking or last_boundary)
    can_close = right_flanking and (canSplitWord or not left_flanking or next_boundary)
    return Scanned(can_open, can_close, pos - start)


def _emphasis_cjk(state: StateInline, silent: bool) -> bool:
    if "scanDelims" not in state.__dict__:
        state.scanDelims = MethodType(_scan_delims_cjk, state)
    return _emphasis.tokenize(state, silent)


_MD = MarkdownIt("zero").enable(["emphasis", "escape"])
_MD.inline.ruler.at("emphasis", _emphasis_cjk)


def reference_parse(text: str) -> tuple[Span, ...]:
    """What markdown-it made of ``text``: styled spans, neighbours of one style joined."""
    spans = []
    bold = italic = 0
    for token in _MD.parseInline(text)[0].children or ():
        if token.type in ("strong_open", "strong_close"):
            bold += 1 if token.type == "strong_open" else -1
        elif token.type in ("em_open", "em_close"):
            italic += 1 if token.type == "em_open" else -1
        elif token.content:
            spans.append(Span(token.content, bold > 0, italic > 0))
    return merge_spans(spans)
