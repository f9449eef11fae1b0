"""Derived numbering: Chinese numerals and the heading markers of official documents.

Numbers are generated from the position of a node in the tree and the level scheme; nobody types them.
Markers are written as the form they take for the number one, e.g. ``一、`` or ``（1）``.
"""

from __future__ import annotations

from .patterns import lazy_pattern
from .report import MAX_LEVELS, LevelStyle, Node, Placement, Report, iter_nodes

MARKERS: tuple[str, ...] = ("一、", "（一）", "1.", "1．", "（1）", "1、", "①", "第一章", "第一节")
"""The markers an office can choose for a level, in the form they take for the number one."""


class LevelSchemeError(ValueError):
    """A level scheme that cannot be used; ``key`` names the offending entry, the message is Chinese."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(reason)
        self.key = key
        self.reason = reason


def level_style(numbered: object, marker: object, placement: object, continuous: object = False) -> LevelStyle:
    """One level of a scheme from loosely typed data (a document file, front matter), checked."""
    if not isinstance(numbered, bool):
        raise LevelSchemeError("numbered", "类型应为 bool")
    if not isinstance(continuous, bool):
        raise LevelSchemeError("continuous", "类型应为 bool")
    if marker not in MARKERS:
        raise LevelSchemeError("marker", f"未知的编号样式“{marker}”，可用：{' '.join(MARKERS)}")
    if placement not in {p.value for p in Placement}:
        raise LevelSchemeError("placement", "应为 heading（单独成行）或 runin（段首加粗）")
    return LevelStyle(numbered, str(marker), Placement(placement), continuous)


def check_level_count(levels: list[LevelStyle]) -> list[LevelStyle]:
    if not 1 <= len(levels) <= MAX_LEVELS:
        raise LevelSchemeError("", f"层级样式应有 1 至 {MAX_LEVELS} 项")
    return levels


_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _below_10000(n: int) -> str:
    out = []
    zero_pending = False
    for position in range(3, -1, -1):
        digit = n // 10**position % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(out)


def chinese_numeral(n: int) -> str:
    """Write a positive whole number in Chinese numerals as official documents do: 十一, 二十, 一百零五."""
    if n < 1:
        raise ValueError(f"chinese_numeral takes a positive number, not {n}")
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_BIG_UNITS):
        raise ValueError("number too large for Chinese numerals")
    out: list[str] = []
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or group < 1000):
            out.append("零")
        out.append(_below_10000(group) + _BIG_UNITS[index])
        zero_pending = False
    text = "".join(out)
    # 一十 → 十 only at the very start: 十一, 十五万, but 一百一十.
    return text[1:] if text.startswith("一十") else text


_VALUES = {**{char: value for value, char in enumerate(_DIGITS)}, "〇": 0, "○": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_value(text: str) -> int:
    """The number Chinese numerals write, as a reader takes it: ``十九`` 19, ``一百零五`` 105, ``两万`` 20000,
    ``一百五`` 150; numerals without units digit by digit, as years are written (``二〇二六`` 2026).
    Raises ValueError for anything else (``十十一``, ``百``, ``一二十``)."""
    if not text or any(char not in _VALUES and char not in _UNITS and char not in "万亿" for char in text):
        raise ValueError(f"not Chinese numerals: {text!r}")
    if not any(char in _UNITS or char in "万亿" for char in text):
        return int("".join(str(_VALUES[char]) for char in text))
    return _value(text, leading=True)


def _value(text: str, leading: bool) -> int:
    for unit, size in (("亿", 10**8), ("万", 10**4)):
        head, found, tail = text.rpartition(unit)
        if found:
            if not head:
                raise ValueError(f"{unit} without a number before it")
            if len(tail) == 1 and _VALUES.get(tail):  # 三万五: the digit counts the next smaller place
                low = _VALUES[tail] * size // 10
            else:
                low = _value(tail, False) if tail else 0
            return _value(head, leading) * size + low
    return _group(text, leading)


def _group(text: str, leading: bool) -> int:
    """Numerals below 万 (``三千零五``): each unit smaller than the one before and a digit before each, except a
    leading ``十``; ``零`` marks skipped places; a last digit right after 百 or 千 counts the next place down."""
    value, digit, last_unit, zero = 0, None, 10_000, False
    for char in text:
        if char in _UNITS:
            unit = _UNITS[char]
            bare_ten = unit == 10 and leading and value == 0 and not zero
            if unit >= last_unit or (digit is None and not bare_ten):
                raise ValueError(f"misplaced {char} in {text!r}")
            value += (digit or 1) * unit
            digit, last_unit, zero = None, unit, False
        elif char not in _VALUES or digit is not None:
            raise ValueError(f"misplaced {char} in {text!r}")
        elif _VALUES[char] == 0:
            zero = True
        else:
            digit = _VALUES[char]
    if digit is not None:
        value += digit * (last_unit // 10 if not zero and 10 < last_unit < 10_000 else 1)
    return value


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_marker(marker: str, n: int) -> str:
    """The number ``n`` written with ``marker``: ``format_marker("（一）", 12) == "（十二）"``."""
    if marker not in MARKERS:
        raise ValueError(f"unknown numbering marker {marker!r}")
    if marker == "①":
        return _CIRCLED[n - 1] if n <= len(_CIRCLED) else f"({n})"  # Unicode has no circled 21 in this run
    if "一" in marker:
        return marker.replace("一", chinese_numeral(n))
    return marker.replace("1", str(n))


def node_numbers(report: Report) -> dict[int, str]:
    """Map ``id(node)`` to its generated number text ('' for unnumbered levels), for the whole tree.

    Counting restarts under each parent, except on a level marked ``continuous``, whose count runs on through
    the whole report; unnumbered nodes do not take a number. A node that skips levels is numbered with the
    level it stands at.
    """
    numbers: dict[int, str] = {}
    running = [0] * (MAX_LEVELS + 1)  # the count of each continuous level so far

    def walk(nodes: list[Node], parent_level: int) -> None:
        counts = [0] * (MAX_LEVELS + 1)
        for node in nodes:
            level = min(node.level_under(parent_level), MAX_LEVELS)
            style = report.level_style(level)
            tally = running if style.continuous else counts
            if style.numbered:
                tally[level] += 1
                numbers[id(node)] = format_marker(style.marker, tally[level])
            else:
                numbers[id(node)] = ""
            walk(node.children, node.level_under(parent_level))

    walk(report.nodes, 0)
    return numbers


# Typed numbering at the start of a heading, as found in imported text: 一、 （一） (一) ㈠ 1. 1、 １． （1） (1) ①
# 第一章 第一节
_TYPED_NUMBER = lazy_pattern(
    r"^\s*(?:"
    r"第[一二三四五六七八九十百零〇]+[章节]"
    r"|[一二三四五六七八九十百零〇]+\s*[、.．]"
    r"|[㈠-㈩]"
    r"|[０-９]+\s*[、．.]"
    r"|[（(]\s*[一二三四五六七八九十百零〇]+\s*[）)][、.．]?"
    r"|\d+\s*(?:[、．]|\.(?!\d))"
    r"|[（(]\s*\d+\s*[）)][、.．]?"
    r"|[①-⑳]"
    r")\s*"
)


def strip_typed_number(title: str) -> str:
    """Remove numbering a writer typed at the start of a heading; it is regenerated from structure."""
    return _TYPED_NUMBER.sub("", title, count=1)


def all_numbers(report: Report) -> list[tuple[int, str, Node]]:
    """``(level, number, node)`` for every node, in reading order."""
    numbers = node_numbers(report)
    return [(level, numbers[id(node)], node) for level, node in iter_nodes(report.nodes)]
