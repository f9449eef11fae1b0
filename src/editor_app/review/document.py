"""The report as a whole: required details, the title's punctuation, characters the office's font lacks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..model.inline import plain
from ..model.patterns import lazy_pattern
from ..model.places import PlaceKind
from ..model.report import Report
from .findings import Finding, Hit, Severity
from .rules import HAN, Options, Text, report_rule, text_rule

REQUIRED = (("title", "标题"), ("source", "来源单位"), ("published", "发布时间"), ("column", "栏目"))


@report_rule("meta.missing", Severity.ERROR, "必填信息为空")
def missing_details(report: Report, options: Options) -> Iterator[Finding]:
    for name, label in REQUIRED:
        value = getattr(report.meta, name)
        empty = not any(plain(item).strip() for item in value) if isinstance(value, list) else not plain(value).strip()
        if empty:
            anchor = "title" if name == "title" else f"meta.{name}"
            yield Finding("meta.missing", Severity.ERROR, anchor, 0, 0, "", f"{label}为空，发布前须填写", None)


_TITLE_PUNCT = lazy_pattern(r"[，。；：？！,.;:?!、…—]+")


@text_rule("title.punct", Severity.WARNING, "标题标点", kinds={PlaceKind.TITLE})
def title_punctuation(text: Text) -> Iterator[Hit]:
    prompts = [match.span() for match in re.finditer(r"【[^】]*】", text.plain)]
    for match in _TITLE_PUNCT.finditer(text.plain):
        found = match.group()
        if found == "、" or any(start < match.start() < end for start, end in prompts):
            continue  # 关于……、……的通知 (a series in a title takes 顿号); a template's 【prompt】
        at_end = match.end() == len(text.plain.rstrip())
        fix = "" if at_end and found in ("。", ".") else None
        yield Hit(match.start(), match.end(), f"标题中除书名号、引号外一般不用标点（“{found}”）", fix)


@lru_cache(maxsize=4096)
def _outside_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def _encodes(text: str) -> bool:
    """Whether all of ``text`` is in GB2312: one call in C for the usual place, instead of one per character."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@text_rule("font.coverage", Severity.WARNING, "字库缺字")
def font_coverage(text: Text) -> Iterator[Hit]:
    if not text.options.gb2312 or _encodes(text.plain):
        return
    for match in HAN.finditer(text.plain):
        if _outside_gb2312(match.group()):
            message = f"“{match.group()}”不在 GB2312 字库中，_GB2312 字体显示不出，请换用其他字体或造字"
            yield Hit(match.start(), match.end(), message, None)
