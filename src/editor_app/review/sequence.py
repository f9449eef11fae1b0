"""Heading numbers typed into text (imported or pasted): wrong markers, skipped, repeated or out-of-order numbers,
and level jumps. Numbers the app generates from the structure are always right; each list of paragraphs is its own
sequence (numbering restarts under each parent), and a section title with a typed number gets it twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.inline import plain
from ..model.numbering import chinese_value, node_numbers, strip_typed_number
from ..model.patterns import lazy_pattern
from ..model.places import PlaceKind, places
from ..model.records import record
from ..model.report import Report
from .findings import Finding, Severity
from .rules import Options, report_rule

RULE = "number.sequence"
_CN = "一二三四五六七八九十"
_MARKERS = (
    (1, lazy_pattern(rf"^([{_CN}]{{1,3}})([、.．])"), "{}、"),
    (2, lazy_pattern(rf"^[（(]([{_CN}]{{1,3}})[）)]([、.．]?)"), "（{}）"),
    (3, lazy_pattern(r"^(\d{1,2})(\.(?!\d)|[、．])"), "{}."),
    (4, lazy_pattern(r"^[（(](\d{1,2})[）)]([、.．]?)"), "（{}）"),
)
_LEVEL_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}


@record
class _Typed:
    level: int
    number: int
    marker: str  # as typed
    right: str  # as it should be


def _typed(text: str) -> _Typed | None:
    for level, pattern, form in _MARKERS:
        match = pattern.match(text)
        if match:
            digits = match.group(1)
            try:
                number = int(digits) if digits.isdigit() else chinese_value(digits)
            except ValueError:
                return None
            right = form.format(digits)
            return _Typed(level, number, match.group(), right)
    return None


def _finding(anchor: str, typed: _Typed, message: str, fix: str | None = None) -> Finding:
    return Finding(RULE, Severity.WARNING, anchor, 0, len(typed.marker), typed.marker, message, fix)


@report_rule(RULE, Severity.WARNING, "序号")
def sequence(report: Report, options: Options) -> Iterator[Finding]:
    last: dict[int, int] = {}
    container = None
    numbers = node_numbers(report)
    for place in places(report, details=False):
        if place.kind is PlaceKind.HEADING:
            title = plain(place.text)
            style = report.level_style(place.level)
            if style.numbered and title and strip_typed_number(title) != title:
                cut = len(title) - len(strip_typed_number(title))
                number = numbers.get(id(place.node), "")
                yield Finding(
                    RULE, Severity.WARNING, place.anchor, 0, cut, title[:cut],
                    f"标题已按“{number}”自动编号，手打的编号会重复", "",
                )  # fmt: skip
            continue
        if place.kind is not PlaceKind.PARAGRAPH:
            continue
        if place.container is not container:
            container, last = place.container, {}
        typed = _typed(plain(place.text))
        if typed is None:
            continue
        yield from _check_one(place.anchor, typed, last)


def _check_one(anchor: str, typed: _Typed, last: dict[int, int]) -> Iterator[Finding]:
    level, number = typed.level, typed.number
    name = _LEVEL_NAMES[level]
    if typed.marker != typed.right:
        yield _finding(anchor, typed, f"{name}标题序号应写作“{typed.right}”", typed.right)
    previous = last.get(level)
    if previous is not None and number == previous:
        yield _finding(anchor, typed, f"{name}序号“{typed.right}”与上一个重复")
    elif previous is not None and number < previous:
        yield _finding(anchor, typed, f"{name}序号“{typed.right}”排在第 {previous} 个之后，顺序颠倒")
    elif number > (previous or 0) + 1:
        yield _finding(anchor, typed, f"{name}序号跳过了第 {(previous or 0) + 1} 个")
    if level > 1 and last and level - 1 not in last and max(last) < level - 1:
        yield _finding(anchor, typed, f"层级跳跃：上级之下直接用了{name}序号“{typed.right}”")
    last[level] = number
    for deeper in [key for key in last if key > level]:
        del last[deeper]
