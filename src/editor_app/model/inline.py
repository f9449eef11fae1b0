"""Inline markup inside paragraphs: ``**bold**`` and ``*italic*``, parsed with markdown-it-py.

Only emphasis and backslash escapes are enabled. Raw HTML, entities, links, typographer replacements and
linkify stay off, so whatever a writer types comes out as the same characters. CommonMark's flanking rules
refuse ``**突出思想引领。**以…`` (a full stop inside the closing delimiter, a Chinese character after it), which
is exactly how a run-in lead is written; ``_scan_delims_cjk`` treats East Asian characters as boundaries, in
the spirit of the markdown-cjk-friendly proposal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import MethodType

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline import emphasis as _emphasis
from markdown_it.rules_inline.state_inline import Scanned


@dataclass(frozen=True)
class Span:
    """A run of text with one set of inline styles."""

    text: str
    bold: bool = False
    italic: bool = False


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


def _make_parser() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["emphasis", "escape"])
    md.inline.ruler.at("emphasis", _emphasis_cjk)
    return md


_MD = _make_parser()
# markdown-it makes a token of every marker (hundreds of bytes each): past this many in one paragraph the text is
# not a writer's emphasis but pasted data or an attack, and is shown literally instead of exhausting memory.
MAX_MARKERS = 10_000


@lru_cache(maxsize=8192)
def parse(text: str) -> tuple[Span, ...]:
    """Split inline markup into styled spans; adjacent spans with the same style are merged."""
    if not text:
        return ()
    markers = text.count("*") + text.count("_") + text.count("\\")
    if not markers or markers > MAX_MARKERS:
        return (Span(text),)
    tokens = _MD.parseInline(text)
    spans: list[Span] = []
    bold = italic = 0
    for token in tokens[0].children or ():
        if token.type == "strong_open":
            bold += 1
        elif token.type == "strong_close":
            bold -= 1
        elif token.type == "em_open":
            italic += 1
        elif token.type == "em_close":
            italic -= 1
        elif token.content:
            spans.append(Span(token.content, bold > 0, italic > 0))
    return tuple(_merge(spans))


def _merge(spans) -> list[Span]:
    """Join neighbouring spans of the same style and drop empty ones."""
    merged: list[Span] = []
    for span in spans:
        if merged and (merged[-1].bold, merged[-1].italic) == (span.bold, span.italic):
            merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic)
        elif span.text:
            merged.append(span)
    return merged


def plain(text: str) -> str:
    """The characters a reader sees, without markup."""
    return "".join(span.text for span in parse(text))


_SPECIAL = re.compile(r"([\\*_])")


def escape(text: str) -> str:
    """Markup that shows ``text`` literally."""
    return _SPECIAL.sub(r"\\\1", text)


def to_markup(spans: tuple[Span, ...] | list[Span]) -> str:
    """Write spans back as inline markup (the inverse of ``parse`` for spans it produced)."""
    out = []
    for span in _merge(spans):
        text = escape(span.text)
        if span.italic:
            text = f"*{text}*"
        if span.bold:
            text = f"**{text}**"
        out.append(text)
    return "".join(out)


def merge_spans(spans) -> tuple[Span, ...]:
    """Adjacent spans with the same style joined, empty spans dropped."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic) == (span.bold, span.italic):
            merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic)
        else:
            merged.append(span)
    return tuple(merged)


def split_markup(markup: str, position: int) -> tuple[str, str]:
    """Cut markup at a position of its visible text (where the writer pressed Enter); styles are kept."""
    before: list[Span] = []
    after: list[Span] = []
    offset = 0
    for span in parse(markup):
        cut = max(0, min(len(span.text), position - offset))
        before.append(Span(span.text[:cut], span.bold, span.italic))
        after.append(Span(span.text[cut:], span.bold, span.italic))
        offset += len(span.text)
    return to_markup(merge_spans(before)), to_markup(merge_spans(after))


def join_markup(first: str, second: str) -> str:
    """Two paragraphs' markup as one (Backspace at the start of the second)."""
    return to_markup(merge_spans(parse(first) + parse(second)))


PROMPT = re.compile(r"【[^】]*】")
"""A template's prompt: it tells the writer what goes there and is not text (not counted, not a title)."""


def without_prompts(markup: str) -> str:
    """The plain text with every 【…】 prompt left out."""
    return PROMPT.sub("", plain(markup))


def is_prompt(markup: str) -> bool:
    """The text is wholly one prompt, selected whole on entering so that typing replaces it."""
    return PROMPT.fullmatch(plain(markup).strip()) is not None
