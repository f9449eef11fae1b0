"""Marks that come in pairs: ASCII quotes in Chinese text, and quotes, brackets and title marks left unmatched."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.patterns import lazy_pattern
from .findings import Hit, Severity
from .rules import Text, is_han, text_rule

_DOUBLE = lazy_pattern(r'"([^"\n]*)"')
_SINGLE = lazy_pattern(r"(?<![A-Za-z])'([^'\n]*)'(?![A-Za-z])")
_OPEN_DOUBLE = "“"


def _chinese(text: Text, start: int, end: int, inner: str) -> bool:
    return any(is_han(char) for char in inner) or is_han(text.neighbour(start, -1)) or is_han(text.neighbour(end, 1))


def _inside_double(text: Text, position: int, doubles: list[tuple[int, int]]) -> bool:
    before = text.plain[:position]
    if before.count(_OPEN_DOUBLE) > before.count("”"):
        return True
    return any(start < position < end for start, end in doubles)


@text_rule("quote.ascii", Severity.ERROR, "英文引号")
def ascii_quotes(text: Text) -> Iterator[Hit]:
    if '"' not in text.plain and "'" not in text.plain:
        return
    doubles = []
    for match in _DOUBLE.finditer(text.plain):
        start, end = match.span()
        if text.in_literal(start) or not _chinese(text, start, end - 1, match.group(1)):
            continue
        doubles.append((start, end))
        yield Hit(start, end, "中文里用了英文双引号，应为“”", f"“{match.group(1)}”")
    lone = [m.start() for m in re.finditer('"', text.plain)]
    paired = {position for start, end in doubles for position in (start, end - 1)}
    if len(lone) % 2 and lone:
        last = lone[-1]
        if last not in paired and (is_han(text.neighbour(last, -1)) or is_han(text.neighbour(last, 1))):
            yield Hit(last, last + 1, "英文双引号没有配对，请改为中文引号“”", None)
    for match in _SINGLE.finditer(text.plain):
        start, end = match.span()
        if not any(is_han(char) for char in match.group(1)):
            continue  # an apostrophe or a quoted Latin word
        if _inside_double(text, start, doubles):
            yield Hit(start, end, "引号里面的引号用单引号‘’", f"‘{match.group(1)}’")
        else:
            yield Hit(start, end, "中文里用了英文单引号，应为“”（引号内再用引号时才用‘’）", f"“{match.group(1)}”")


_PAIRS = {"”": "“", "’": "‘", "》": "《", "〉": "〈", "）": "（", "〕": "〔", "】": "【", "」": "「", "』": "『"}
_OPENERS = frozenset(_PAIRS.values())
_MARKS = lazy_pattern("[" + "".join(_PAIRS) + "".join(_OPENERS) + "]")


@text_rule("pair.unbalanced", Severity.ERROR, "标点不成对")
def unbalanced(text: Text) -> Iterator[Hit]:
    stack: list[tuple[str, int]] = []
    lonely: list[tuple[int, str]] = []
    plain = text.plain
    for match in _MARKS.finditer(plain):
        position, char = match.start(), match.group()
        if char in _OPENERS:
            stack.append((char, position))
        elif char in _PAIRS:
            if (
                char == "’"
                and 0 < position < len(plain) - 1
                and plain[position - 1].isascii()
                and plain[position + 1].isascii()
            ):
                continue  # China’s: an apostrophe
            opener = _PAIRS[char]
            depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == opener), None)
            if depth is None:
                lonely.append((position, f"多出的“{char}”前面没有与之对应的“{opener}”"))
                continue
            lonely += [(p, f"“{c}”没有与之对应的“{_closing(c)}”") for c, p in stack[depth + 1 :]]
            del stack[depth:]
    lonely += [(p, f"“{c}”没有与之对应的“{_closing(c)}”") for c, p in stack]
    for position, message in sorted(lonely):
        yield Hit(position, position + 1, message, None)


def _closing(opener: str) -> str:
    return next(close for close, open_ in _PAIRS.items() if open_ == opener)
