"""What one line of a source says on its own: a typed number, a detail, page furniture, a date, a closing.

These are the patterns of Chinese official documents and county portal pages; ``structure`` decides what a
line is from these and from where it stands. Every pattern is anchored and free of nested repeats, so any
line is read in linear time.
"""

from __future__ import annotations

import re

from ..model.dates import normalize_published
from ..model.patterns import lazy_pattern
from ..model.records import record

_CN = "一二三四五六七八九十百千零〇两"
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def chinese_value(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105 (0 when ``text`` is no number)."""
    total, digit = 0, 0
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[char]
            digit = 0
        else:
            return 0
    return total + digit


@record(frozen=True)
class Numbering:
    """A number typed at the start of a line: its family (the model's marker for the number one), the
    marker as typed for the number one (``1、``), its value and how many characters it takes."""

    family: str
    marker: str
    value: int
    length: int


FAMILY_RANK = {"第一章": 0, "第一节": 1, "一、": 3, "（一）": 4, "1.": 5, "（1）": 6, "①": 7}
"""The order in which official documents nest their numbers (GB/T 9704: 一、（一）1.（1）)."""

_NUMBERS = (
    ("第一章", lazy_pattern(rf"第([{_CN}]{{1,7}})章[ \t\u3000]*")),
    ("第一节", lazy_pattern(rf"第([{_CN}]{{1,7}})节[ \t\u3000]*")),
    ("一、", lazy_pattern(rf"([{_CN}]{{1,7}})[ \t]*[、．.][ \t\u3000]*")),
    ("（一）", lazy_pattern(rf"[（(][ \t]*([{_CN}]{{1,7}})[ \t]*[）)][、．.]?[ \t\u3000]*")),
    ("（一）", lazy_pattern(r"([㈠-㈩])[ \t\u3000]*")),
    ("（1）", lazy_pattern(r"[（(][ \t]*([0-9０-９]{1,3})[ \t]*[）)][、．.]?[ \t\u3000]*")),
    ("1.", lazy_pattern(r"([0-9０-９]{1,3})[ \t]*(?:、|[.．](?![0-9０-９]))[ \t\u3000]*")),
    ("①", lazy_pattern(r"([①-⑳])[ \t\u3000]*")),
)


def typed_number(line: str) -> Numbering | None:
    """The number a line starts with, if any. ``1.5亿元`` and ``2025年`` start with no number."""
    for family, pattern in _NUMBERS:
        match = pattern.match(line)
        if not match:
            continue
        raw = match.group(1)
        if family in ("一、", "（一）", "第一章", "第一节"):
            value = ord(raw) - 0x321F if "㈠" <= raw <= "㈩" else chinese_value(raw)
        elif family == "①":
            value = ord(raw) - ord("①") + 1
        else:
            value = int(raw.translate(_FULL_DIGITS))
        if value <= 0:
            continue
        marker = family
        if family == "1.":
            mark = match.group(0).lstrip("0123456789０１２３４５６７８９ \t")[:1]
            marker = {"、": "1、", "．": "1．"}.get(mark, "1.")
        return Numbering(family, marker, value, match.end())
    return None


ARTICLE = lazy_pattern(rf"第[{_CN}]{{1,5}}条[ \t\u3000]")
"""``第一条　为了……``: an article of rules or measures, a paragraph whose number is part of the text."""
ENUMERATION = lazy_pattern(rf"[{_CN}]{{1,3}}是|首先|其次|再次|最后")
"""``一是……二是……``: an enumeration inside running text, never a heading or a lead."""

# ── details ──────────────────────────────────────────────────────────────────────────────────────────────
_COLUMN = lazy_pattern(r"(?:当前位置|您当前的位置|您的位置|当前的位置|所在位置|位置)[ \t]*[:：][ \t]*(.*)")
_CRUMB_SPLIT = lazy_pattern(r"[ \t]*(?:>>?|＞|»|›|→|/)[ \t]*")
_BARE_CRUMB = lazy_pattern(r"首页[ \t]*(?:>>?|＞|»|›|→)")

FIELD_LABELS = {
    "来源": "source", "信息来源": "source", "文章来源": "source", "稿件来源": "source", "发布机构": "source",
    "发文机关": "source", "发布时间": "published", "发布日期": "published", "发表时间": "published",
    "作者": "author", "撰稿": "author", "撰稿人": "author", "文号": "document_number", "发文字号": "document_number",
    "关键词": "keywords", "主题词": "keywords", "内容概述": "summary", "摘要": "summary",
    "浏览次数": None, "点击数": None, "点击量": None, "阅读量": None, "阅读次数": None, "访问量": None,
    "字号": None, "索引号": None, "主题分类": None, "信息分类": None, "组配分类": None, "成文日期": None,
    "生成日期": None, "生效时间": None, "废止时间": None, "有效性": None, "名称": None, "标题": None,
    "责任编辑": None, "编辑": None, "审核": None, "分享到": None,
}  # fmt: skip
"""Labels of the info line and the metadata table of a portal page, and the field each fills (None: dropped)."""
_LABEL = lazy_pattern(
    r"(?:^|(?<=[|｜\s\u3000]))(" + "|".join(sorted(FIELD_LABELS, key=len, reverse=True)) + r")[ \t\u3000]*[:：]"
)
_STRONG = {"source", "published"}


def column_path(line: str) -> list[str] | None:
    """``当前位置：首页 > 专题 > 乡村振兴`` → its entries; None for any other line."""
    match = _COLUMN.fullmatch(line)
    text = match.group(1) if match else line if _BARE_CRUMB.match(line) and len(line) <= 120 else None
    if text is None:
        return None
    return [part.strip() for part in _CRUMB_SPLIT.split(text) if part.strip()]


def detail_fields(line: str) -> dict[str, str] | None:
    """The fields of an info line (``来源: | 发布时间:2021/12/2 16:04:59``): label → value as typed, or None
    when the line is not one. A line qualifies when it is short and its labels include 来源 or a publish time,
    or when it holds two or more labels."""
    if len(line) > 200:
        return None
    matches = list(_LABEL.finditer(line))
    if not matches or matches[0].start() != 0:
        return None
    fields = [FIELD_LABELS[m.group(1)] for m in matches]
    if len(matches) < 2 and not _STRONG.intersection(f for f in fields if f):
        return None
    values: dict[str, str] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        value = re.split(r"[【\[]", line[match.end() : end], maxsplit=1)[0].strip(" \t\u3000|｜")
        values[match.group(1)] = value
    return values


def published_value(text: str) -> str:
    """A publish time as the model keeps it, or '' when it cannot be read."""
    try:
        return normalize_published(text)
    except ValueError:
        return ""


_BYLINE = lazy_pattern(r"[（(][ \t]*((?:本报)?(?:记者|通讯员|作者|文/|文：|撰稿|供稿)[^（）()]{1,40})[ \t]*[）)]")
_BYLINE_BARE = lazy_pattern(r"(?:记者|通讯员)[ \t\u3000]+\S.{0,30}")
MASTHEAD = lazy_pattern(r"\S.{1,30}(?:文件|简报)")
DOCUMENT_NUMBER = lazy_pattern(r"\S.{0,15}[〔\[［(（][0-9]{4}[〕\]］)）][ \t]*[0-9]{1,5}[ \t]*号")


def byline(line: str) -> str | None:
    """``（记者 张明 通讯员 李华）`` → the names part; None for any other line."""
    match = _BYLINE.fullmatch(line)
    if match:
        return match.group(1).strip()
    return line if _BYLINE_BARE.fullmatch(line) else None


_DATE = lazy_pattern(
    rf"[（(]?[ \t]*(?:[0-9]{{4}}|[〇零一二三四五六七八九]{{4}})[ \t]*年[ \t]*(?:[0-9]{{1,2}}|[{_CN}]{{1,3}})[ \t]*月"
    rf"[ \t]*(?:[0-9]{{1,2}}|[{_CN}]{{1,3}})[ \t]*日[ \t]*[）)]?"
)
_ISO_DATE = lazy_pattern(r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?")


def is_date(line: str) -> bool:
    """A line that is only a date: ``2025年12月2日``, ``二〇二五年十二月二日``, ``（2025年12月2日）``."""
    return bool(_DATE.fullmatch(line) or _ISO_DATE.fullmatch(line))


CLOSING = lazy_pattern(
    r"(?:特此(?:通知|报告|公告|通告|函告|函复|批复|请示|说明|证明|通报)|妥否，?请批示|请予审议)[。！.]?"
)
NOTE = lazy_pattern(r"[（(](?:此件|本件|联系人|联系电话)[^（）()]{0,80}[）)]")
ATTACHMENTS = lazy_pattern(r"附[ \t\u3000]*件[ \t\u3000]*[0-9]{0,2}[ \t]*[:：]?[ \t\u3000]*(.*)")

# ── page furniture ───────────────────────────────────────────────────────────────────────────────────────
_FURNITURE_WORDS = (
    "打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回列表|返回|收藏本页|收藏|加入收藏|分享到|分享|"
    "字号|字体|大|中|小|默认|我要纠错|纠错|扫一扫|二维码|微信|微博|QQ空间|QQ|人人网|网站地图|联系我们|适老化|"
    "无障碍浏览|无障碍|长者模式|关怀版|繁体|简体|繁體|English|搜索|站内搜索|Top|TOP|上一篇|下一篇|相关链接|相关文章|"
    "相关新闻|相关阅读|【|】|\\[|\\]|\\||｜|:|：|·|•|/|-|\\s"
)
_FURNITURE = lazy_pattern(f"(?:{_FURNITURE_WORDS})+")
_NEIGHBOUR = lazy_pattern(r"(?:上一篇|下一篇|上一条|下一条)[ \t]*[:：].{0,80}")
_FOOTER = lazy_pattern(
    r".{0,60}(?:版权所有|主办单位|承办单位|网站标识码|ICP备|公网安备|技术支持|建议使用|分辨率|网站维护|运维单位)"
    r".{0,80}"
)


def is_furniture(line: str) -> bool:
    """Navigation, print and share links, font switches, footers: page furniture a reader never writes."""
    if len(line) > 140:
        return False
    return bool(_FURNITURE.fullmatch(line) or _NEIGHBOUR.fullmatch(line) or _FOOTER.fullmatch(line))


TITLE_END = lazy_pattern(
    r"(?:通知|意见|方案|办法|报告|总结|决定|规定|通报|批复|函|纪要|细则|规划|计划|要点|公告|通告|讲话|请示|条例|规则|措施)"
    r"[)）]?$"
)
SENTENCE_END = "。！？!?"
