"""Punctuation in Chinese text (GB/T 15834-2011): half-width marks, ellipses, dashes, repeats, spaces and widths.

Half-width marks that belong where they are (``1,200``, ``3.5``, ``9:00``, URLs, e-mail addresses, Latin
abbreviations, quoted foreign text) are left alone: a mark is Chinese only when Chinese stands beside it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from ..model.patterns import lazy_pattern
from ..model.places import PlaceKind
from .findings import Hit, Severity
from .rules import CLOSING, FULLWIDTH_PUNCT, Text, is_han, matches, text_rule

_FULL = {",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF = lazy_pattern(r"[,.:;?!()]")
_HEADING_MARKER = lazy_pattern(r"^\s*(?:\d{1,2}\.(?!\d)|[(（][\d一二三四五六七八九十]{1,3}[)）])")


def _chinese_side(char: str) -> bool:
    return is_han(char) or char in CLOSING


@text_rule("punct.halfwidth", Severity.ERROR, "半角标点")
def halfwidth(text: Text) -> Iterator[Hit]:
    if not _HALF.search(text.plain):
        return  # most texts: no half-width mark, and no heading number to look for (nor its pattern to compile)
    marker = _HEADING_MARKER.match(text.plain)
    skip = marker.end() if marker else 0
    for match in matches(_HALF, text):
        position, mark = match.start(), match.group()
        if position < skip or (mark == "." and ".." in text.plain[max(position - 1, 0) : position + 2]):
            continue  # typed heading numbers are number.sequence's business, ... the ellipsis rule's
        before, after = text.neighbour(position, -1), text.neighbour(position, 1)
        if mark in "()":
            chinese = is_han(before) or is_han(after)
        elif mark == ".":
            chinese = _chinese_side(before)  # after a Latin word a full stop may be an abbreviation's
        else:
            chinese = _chinese_side(before) or is_han(after)
        if chinese:
            yield Hit(position, position + 1, f"中文里用了半角“{mark}”，应为全角“{_FULL[mark]}”", _FULL[mark])


_ELLIPSIS = lazy_pattern(r"\.{3,}|。{3,}|(?<!…)…(?!…)|……等")


@text_rule("ellipsis", Severity.WARNING, "省略号")
def ellipsis(text: Text) -> Iterator[Hit]:
    for match in matches(_ELLIPSIS, text):
        found = match.group()
        if found == "……等":
            yield Hit(match.start(), match.end(), "省略号后不再用“等”，二者留一", None)
        elif found.startswith(".") and not (
            is_han(text.neighbour(match.start(), -1)) or is_han(text.neighbour(match.end() - 1, 1))
        ):
            continue  # Latin text keeps its own dots
        else:
            yield Hit(match.start(), match.end(), f"省略号应为“……”（两个“…”），不是“{found}”", "……")


_DASH = lazy_pattern(r"-{2,}|(?<!—)—(?!—)|(?<!\d)(\d{4})[-－~～](\d{4})(?=年)|(\d+(?:\.\d+)?%)[-－—~](\d+(?:\.\d+)?%)")


@text_rule("dash", Severity.WARNING, "破折号与连接号")
def dash(text: Text) -> Iterator[Hit]:
    for match in matches(_DASH, text, literal_ok=True):
        found = match.group()
        if match.group(1):  # 2021-2025年: a span of years takes the long dash
            mark_at = match.start() + 4
            if found[4] != "—":
                yield Hit(mark_at, mark_at + 1, "年份起止用一字线“—”（如 2021—2025年）", "—")
        elif match.group(3):  # 20%-30%: a numeric range takes the wave dash
            mark_at = match.start() + len(match.group(3))
            yield Hit(mark_at, mark_at + 1, "数值范围用浪纹线“～”（如 20%～30%）", "～")
        else:
            before, after = text.neighbour(match.start(), -1), text.neighbour(match.end() - 1, 1)
            if found == "—" and (before.isdigit() or after.isdigit() or not (is_han(before) or is_han(after))):
                continue  # 2021—2025年, or a dash between Latin words
            if found.startswith("-") and not (is_han(before) or is_han(after)):
                continue
            yield Hit(match.start(), match.end(), f"破折号应为“——”（两个“—”），不是“{found}”", "——")


_REPEAT = lazy_pattern(r"([，。、；：？！])\1+")


@text_rule("punct.repeat", Severity.WARNING, "标点重复")
def repeat(text: Text) -> Iterator[Hit]:
    for match in _REPEAT.finditer(text.plain):
        if match.group(1) == "。" and len(match.group()) >= 3:
            continue  # 。。。 is a wrong ellipsis, reported there
        yield Hit(match.start(), match.end(), f"标点“{match.group(1)}”重复", match.group(1))


_SPACE = lazy_pattern(r"(?<=\S)[ \t\u00a0]+(?=\S)")
_PADDED = frozenset({PlaceKind.CELL, PlaceKind.SIGNATURE, PlaceKind.DATE, PlaceKind.FIELD})


def _cjk_side(char: str) -> bool:
    return is_han(char) or char in FULLWIDTH_PUNCT


def _latin_side(char: str) -> bool:
    return char.isascii() and char.isalnum()


@text_rule("space.cjk", Severity.WARNING, "多余空格")
def spaces(text: Text) -> Iterator[Hit]:
    for match in _SPACE.finditer(text.plain):
        before, after = text.plain[match.start() - 1], text.plain[match.end()]
        if _cjk_side(before) and _cjk_side(after):
            if text.kind in _PADDED or text.kind in (PlaceKind.TITLE, PlaceKind.SUBTITLE):
                continue  # names padded to align, a portal headline's two halves
        elif not ((_cjk_side(before) and _latin_side(after)) or (_latin_side(before) and _cjk_side(after))):
            continue
        yield Hit(match.start(), match.end(), "中文与数字、字母或标点之间不加空格", "")


_WIDE = lazy_pattern(r"[０-９Ａ-Ｚａ-ｚ]+")


@text_rule("width.digits", Severity.WARNING, "全角数字字母")
def wide_digits(text: Text) -> Iterator[Hit]:
    for match in _WIDE.finditer(text.plain):
        narrow = unicodedata.normalize("NFKC", match.group())
        yield Hit(match.start(), match.end(), f"数字和字母用半角：“{match.group()}”应为“{narrow}”", narrow)


_TITLE_MARKS = lazy_pattern(r"(?<=[》”])、(?=[《“])")


@text_rule("title.marks", Severity.WARNING, "并列书名号引号间的顿号")
def title_marks(text: Text) -> Iterator[Hit]:
    for match in _TITLE_MARKS.finditer(text.plain):
        yield Hit(match.start(), match.end(), "并列的书名号或引号之间通常不用顿号", "")
