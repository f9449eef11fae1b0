"""Inline markup inside paragraphs: ``**bold**``, ``*italic*`` (or ``_``) and backslash escapes, nothing else.

Raw HTML, entities, links and typographer replacements are not markup here, so whatever a writer types comes out
as the same characters. The delimiter rules are CommonMark's (as markdown-it-py implements them, runs of ``*``
and ``_``, the rule of three), except the flanking test: CommonMark refuses ``**突出思想引领。**以…`` (a full stop
inside the closing delimiter, a Chinese character after it), which is exactly how a run-in lead is written, so
East Asian characters count as boundaries, in the spirit of the markdown-cjk-friendly proposal. Every step is
linear in the number of markers: a paragraph pasted full of asterisks parses as fast as any other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .patterns import lazy_pattern
from .records import record

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator


@record(frozen=True)
class Span:
    """A run of text with one set of inline styles."""

    text: str
    bold: bool = False
    italic: bool = False


_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_WHITESPACE = frozenset("\t\n\v\f\r \xa0\u1680\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}


@lru_cache(maxsize=4096)
def _kind(char: str) -> tuple[bool, bool, bool]:
    """Whether a character beside a marker run is white space, punctuation, or East Asian (a boundary too)."""
    space = char in _WHITESPACE
    punct = char in _ASCII_PUNCT or unicodedata.category(char).startswith(("P", "S"))
    return space, punct, unicodedata.east_asian_width(char) in ("W", "F", "H")


class _Delimiter:
    """One marker character of a run, as CommonMark's delimiter stack holds it."""

    __slots__ = ("close", "end", "length", "marker", "open", "token")

    def __init__(self, marker: str, length: int, token: int, can_open: bool, can_close: bool) -> None:
        self.marker, self.length, self.token = marker, length, token
        self.open, self.close, self.end = can_open, can_close, -1


def _flanking(text: str, start: int, end: int, marker: str) -> tuple[bool, bool]:
    """Whether the marker run ``text[start:end]`` can open and can close emphasis."""
    last_space, last_punct, last_cjk = _kind(text[start - 1] if start > 0 else " ")
    next_space, next_punct, next_cjk = _kind(text[end] if end < len(text) else " ")
    last_boundary = last_space or last_punct or last_cjk
    next_boundary = next_space or next_punct or next_cjk
    left = not (next_space or (next_punct and not last_boundary))
    right = not (last_space or (last_punct and not next_boundary))
    if marker == "*":
        return left, right
    return left and (not right or last_boundary), right and (not left or next_boundary)


_SPECIAL_RUN = lazy_pattern(r"\\.?|\*+|_+", re.DOTALL)


def _tokenize(text: str) -> tuple[list[str], list[_Delimiter]]:
    """Text pieces (escapes resolved, each marker character its own piece) and the delimiters among them."""
    pieces: list[str] = []
    delimiters: list[_Delimiter] = []
    position = 0
    for match in _SPECIAL_RUN.finditer(text):
        start, end = match.span()
        if start > position:
            pieces.append(text[position:start])
        position = end
        run = match.group()
        if run[0] == "\\":
            pieces.append(run[1] if run[1:] in _ASCII_PUNCT and len(run) == 2 else run)
            continue
        can_open, can_close = _flanking(text, start, end, run[0])
        if not (can_open or can_close):
            pieces.append(run)  # between spaces: never emphasis, one piece however long the run
            continue
        for _ in run:
            delimiters.append(_Delimiter(run[0], len(run), len(pieces), can_open, can_close))
            pieces.append(run[0])
    if position < len(text):
        pieces.append(text[position:])
    return pieces, delimiters


def _pair(delimiters: list[_Delimiter]) -> None:
    """Match closers to openers (markdown-it's ``balance_pairs``, with its jumps and lower bounds that keep the
    search linear): sets each opener's ``end`` to its closer's index."""
    bottoms: dict[str, list[int]] = {}
    jumps: list[int] = []
    header, last_token = 0, -2
    for index, closer in enumerate(delimiters):
        jumps.append(0)
        if delimiters[header].marker != closer.marker or last_token != closer.token - 1:
            header = index
        last_token = closer.token
        if not closer.close:
            continue
        bottom = bottoms.setdefault(closer.marker, [-1] * 6)
        slot = (3 if closer.open else 0) + closer.length % 3
        opener_index = header - jumps[header] - 1
        new_bottom = opener_index
        while opener_index > bottom[slot]:
            opener = delimiters[opener_index]
            if opener.marker == closer.marker and opener.open and opener.end < 0:
                odd = (opener.close or closer.open) and (opener.length + closer.length) % 3 == 0
                if not (odd and (opener.length % 3 or closer.length % 3)):
                    before = opener_index > 0 and not delimiters[opener_index - 1].open
                    last_jump = jumps[opener_index - 1] + 1 if before else 0
                    jumps[index] = index - opener_index + last_jump
                    jumps[opener_index] = last_jump
                    closer.open = opener.close = False
                    opener.end = index
                    new_bottom, last_token = -1, -2
                    break
            opener_index -= jumps[opener_index] + 1
        if new_bottom != -1:
            bottom[slot] = new_bottom


# What a marker does to the (bold, italic) depth: matched pairs open and close a style; the outer markers of a
# bold pair (two adjacent pairs) just disappear.
_BOLD, _UNBOLD, _ITALIC, _UNITALIC, _GONE = (1, 0), (-1, 0), (0, 1), (0, -1), (0, 0)


def _styles(pieces: list[str], delimiters: list[_Delimiter]) -> list[Span]:
    """The pieces as styled spans: a matched pair of markers becomes italic, two adjacent pairs bold."""
    effects: list[tuple[int, int] | None] = [None] * len(pieces)
    index = len(delimiters) - 1
    while index >= 0:
        start = delimiters[index]
        if start.end == -1:
            index -= 1
            continue
        end = delimiters[start.end]
        outer = delimiters[index - 1] if index > 0 else None
        strong = (
            outer is not None
            and outer.end == start.end + 1
            and outer.marker == start.marker
            and outer.token == start.token - 1
            and delimiters[start.end + 1].token == end.token + 1
        )
        effects[start.token], effects[end.token] = (_BOLD, _UNBOLD) if strong else (_ITALIC, _UNITALIC)
        if strong:
            effects[outer.token] = effects[delimiters[start.end + 1].token] = _GONE
            index -= 1
        index -= 1
    spans: list[Span] = []
    run: list[str] = []  # pieces of the current style, joined once (adding strings one by one is quadratic)
    bold = italic = 0
    style = 0  # 2 for bold plus 1 for italic
    for piece, effect in zip(pieces, effects, strict=True):
        if effect is not None:
            bold += effect[0]
            italic += effect[1]
            continue
        now = 2 * (bold > 0) + (italic > 0)
        if now != style and run:
            spans.append(Span("".join(run), style >= 2, style % 2 == 1))
            run = []
        style = now
        run.append(piece)
    if run:
        spans.append(Span("".join(run), style >= 2, style % 2 == 1))
    return spans


@lru_cache(maxsize=8192)
def parse(text: str) -> tuple[Span, ...]:
    """Split inline markup into styled spans; adjacent spans with the same style are merged."""
    if not text:
        return ()
    if "*" not in text and "_" not in text and "\\" not in text:
        return (Span(text),)
    pieces, delimiters = _tokenize(text)
    _pair(delimiters)
    return tuple(_styles(pieces, delimiters))


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
    if "*" not in text and "_" not in text and "\\" not in text:
        return text
    return "".join(span.text for span in parse(text))


_SPECIAL = lazy_pattern(r"([\\*_])")


def escape(text: str) -> str:
    """Markup that shows ``text`` literally."""
    return _SPECIAL.sub(r"\\\1", text)


def styled(
    spans: Iterable[Span], text: Callable[[str], str], italic: Callable[[str], str], bold: Callable[[str], str]
) -> Iterator[str]:
    """Each span in an output's own markup: its text as ``text`` writes it, wrapped by ``italic`` (inside) and
    ``bold`` (outside) where the span is so (every writer, from Markdown to Typst, nests them this way)."""
    for span in spans:
        written = text(span.text)
        if span.italic:
            written = italic(written)
        if span.bold:
            written = bold(written)
        yield written


def to_markup(spans: tuple[Span, ...] | list[Span]) -> str:
    """Write spans back as inline markup (the inverse of ``parse`` for spans it produced)."""
    return "".join(styled(_merge(spans), escape, "*{}*".format, "**{}**".format))


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


PROMPT = lazy_pattern(r"【[^】]*】")
"""A template's prompt: it tells the writer what goes there and is not text (not counted, not a title)."""


def without_prompts(markup: str) -> str:
    """The plain text with every 【…】 prompt left out."""
    return PROMPT.sub("", plain(markup))


def is_prompt(markup: str) -> bool:
    """The text is wholly one prompt, selected whole on entering so that typing replaces it."""
    return PROMPT.fullmatch(plain(markup).strip()) is not None
