"""Numbers as GB/T 15835 and GB/T 9704 write them: dates, document numbers, approximate numerals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model.numbering import chinese_value
from ..model.patterns import lazy_pattern
from ..model.places import PlaceKind
from .findings import Hit, Severity
from .rules import Text, matches, text_rule

_NUMERIC_DATE = lazy_pattern(r"(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.:/-])")
_PADDED_DATE = lazy_pattern(r"(?<!\d)(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")
_SHORT_YEAR = lazy_pattern(r"(?<![\d〔\[（(【［])(\d{2})年(?=\d{1,2}月)")
_CHINESE_DATE = lazy_pattern(
    r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)


def _valid(year: str, month: str, day: str) -> bool:
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


@text_rule("date.format", Severity.WARNING, "日期格式", kinds=set(PlaceKind) - {PlaceKind.FIELD})
def date_format(text: Text) -> Iterator[Hit]:
    for match in _NUMERIC_DATE.finditer(text.plain):
        year, _, month, day = match.groups()
        if _valid(year, month, day):
            right = f"{int(year)}年{int(month)}月{int(day)}日"
            yield Hit(match.start(), match.end(), f"日期应写作“{right}”", right)
    for match in _PADDED_DATE.finditer(text.plain):
        year, month, day = match.groups()
        if month.startswith("0") or (day or "").startswith("0"):
            right = f"{year}年{int(month)}月" + (f"{int(day)}日" if day else "")
            yield Hit(match.start(), match.end(), f"月、日不编虚位：应写作“{right}”", right)
    for match in _SHORT_YEAR.finditer(text.plain):
        yield Hit(match.start(), match.end(), "年份应写全（如“2021年”），不能简写", None)
    if text.kind is PlaceKind.DATE:
        for match in _CHINESE_DATE.finditer(text.plain):
            try:
                year, month, day = (chinese_value(part) for part in match.groups())
            except ValueError:
                continue  # 十十月: not a date
            right = f"{year}年{month}月{day}日"
            yield Hit(match.start(), match.end(), f"成文日期用阿拉伯数字：“{right}”", right)


_DOCNO = lazy_pattern(r"([\[(（【〔［])(\d{4})([\])）】〕］])(第?)(0*)([1-9]\d*)号")


@text_rule("docno.brackets", Severity.WARNING, "发文字号")
def document_number(text: Text) -> Iterator[Hit]:
    for match in _DOCNO.finditer(text.plain):
        opening, year, closing, ordinal, zeros, number = match.groups()
        if (opening, closing) == ("〔", "〕") and not ordinal and not zeros:
            continue
        right = f"〔{year}〕{number}号"
        yield Hit(match.start(), match.end(), f"发文字号年份用六角括号，序号不编虚位、不加“第”：应为“{right}”", right)


_APPROX = lazy_pattern(
    r"(?<=[^第\s])([一二三四五六七八九])、([二三四五六七八九十])(?=[十百千万天日年个次人名家岁倍条项件本])(?!年级|年度)"
)


@text_rule("numerals.approx", Severity.WARNING, "概数")
def approximate(text: Text) -> Iterator[Hit]:
    for match in matches(_APPROX, text):
        first, second = match.groups()
        if chinese_value(second) == chinese_value(first) + 1:
            yield Hit(match.start(), match.end(), "相邻两数连用表示概数，中间不用顿号", first + second)
