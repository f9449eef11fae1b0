"""The head and the tail of a source: what stands around the body and goes into the report's fields.

Head: page furniture, breadcrumb (栏目), masthead (``××局文件``) and document number, title (joined when a
long title was broken over two lines), subtitle, the info line (来源, 发布时间 …), byline, a date. Tail: page
footer, closing (``特此通知。``), notes, attachments (``附件：1.…``), signature and date. Anything not clearly
one of these is body, so a misreading loses nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.inline import escape
from ..model.patterns import lazy_pattern
from ..model.report import Attachment, Paragraph
from .common import Kind
from .lines import (
    ATTACHMENTS,
    CLOSING,
    DOCUMENT_NUMBER,
    FIELD_LABELS,
    MASTHEAD,
    NOTE,
    TITLE_END,
    byline,
    column_path,
    detail_fields,
    is_date,
    is_furniture,
    published_value,
    typed_number,
)

if TYPE_CHECKING:
    from .structure import Recogniser

_LIST_SPLIT = lazy_pattern(r"[，,、；;\s]+")
_SENTENCE_MARKS = "。；;，,！？!?"


def _title_like(text: str) -> bool:
    return 2 <= len(text) <= 80 and text[-1] not in "。；;，,：:" and typed_number(text) is None


def _fill(rec: Recogniser, index: int, fields: dict[str, str]) -> None:
    meta = rec.report.meta
    for label, value in fields.items():
        name = FIELD_LABELS[label]
        if name is None:
            continue
        if name == "source" and not value:
            rec.warnings.append("原文的“来源”为空，请补填来源单位")
            rec.decide(index, Kind.DETAIL, 0.9, "来源为空", label, anchor="meta.source")
        elif name == "published":
            meta.published = meta.published or published_value(value)
            if value and not meta.published:
                rec.warnings.append(f"发布时间“{value}”无法识别，已留空")
        elif name == "keywords":
            meta.keywords = meta.keywords or [k for k in _LIST_SPLIT.split(value) if k]
        elif value and not getattr(meta, name):
            setattr(meta, name, value)
    rec.decide(index, Kind.DETAIL, 0.95, "信息行：" + "、".join(fields), rec.lines[index].text)


def read_head(rec: Recogniser, order: list[int]) -> int:
    """Read the head into the report's fields; the position in ``order`` where the body starts."""
    meta = rec.report.meta
    forced = rec.corrections.kinds
    position = 0
    titled = False
    while position < len(order):
        index = order[position]
        line = rec.lines[index]
        text = line.text
        if line.table is not None or forced.get(index) in (Kind.PARAGRAPH, Kind.HEADING, Kind.RUNIN):
            break
        crumbs = column_path(text)
        fields = detail_fields(text)
        names = byline(text)
        if is_furniture(text):
            rec.decide(index, Kind.CLUTTER, 0.9, "页面导航或功能链接，已略去", text)
        elif crumbs is not None and not meta.column:
            meta.column = crumbs
            rec.decide(index, Kind.COLUMN, 0.95, "当前位置（栏目）", text, anchor="meta.column")
        elif fields is not None:
            _fill(rec, index, fields)
        elif not titled and MASTHEAD.fullmatch(text) and position < 3:
            if text.endswith("文件") and not meta.source:
                meta.source = text[:-2]
            rec.decide(index, Kind.DETAIL, 0.8, "版头（发文机关标志）", text, anchor="meta.source")
        elif DOCUMENT_NUMBER.fullmatch(text) and not meta.document_number:
            meta.document_number = text
            rec.decide(index, Kind.DETAIL, 0.9, "发文字号", text, anchor="meta.document_number")
        elif names is not None and not meta.author:
            meta.author = names
            rec.decide(index, Kind.DETAIL, 0.85, "署名（作者）", text, anchor="meta.author")
        elif is_date(text) and titled and not meta.published:
            meta.published = published_value(text.strip("（）()"))
            rec.decide(index, Kind.DETAIL, 0.8, "日期（发布时间）", text, anchor="meta.published")
        elif not titled and (line.title or _title_like(text)):
            position = _read_title(rec, order, position)
            titled = True
        elif titled and text.startswith(("——", "—", "--")) and not meta.subtitle:
            meta.subtitle = text
            rec.decide(index, Kind.SUBTITLE, 0.8, "副标题", text, anchor="subtitle")
        else:
            break
        position += 1
    return position


def _read_title(rec: Recogniser, order: list[int], position: int) -> int:
    """Take the title at ``position`` (and its second line, when a long title was broken); the last position
    used."""
    index = order[position]
    line = rec.lines[index]
    title = line.text
    if position + 1 < len(order):
        following = rec.lines[order[position + 1]]
        joined = title + following.text
        broken = following.table is None and _title_like(following.text) and len(following.text) <= 40
        completes = bool(TITLE_END.search(joined)) and not TITLE_END.search(title)
        if broken and (completes or (line.centred and following.centred)):
            title = joined
            position += 1
    rec.report.meta.title = title
    confidence = 0.95 if line.title or line.centred else 0.8
    rec.decide(index, Kind.TITLE, confidence, "标题", title, anchor="title")
    if order[position] != index:
        rec.decide(order[position], Kind.TITLE, confidence - 0.1, "标题的第二行", title, anchor="title")
    return position


def _unit_like(text: str) -> bool:
    return 2 <= len(text) <= 30 and not any(mark in text for mark in _SENTENCE_MARKS) and typed_number(text) is None


def read_tail(rec: Recogniser, order: list[int], start: int) -> int:
    """Read the tail into closing, attachments, signature and date; the position in ``order`` where the body
    ends."""
    report = rec.report
    forced = rec.corrections.kinds
    end = len(order)
    dated = False
    closing: list[str] = []
    while end > start:
        index = order[end - 1]
        line = rec.lines[index]
        text = line.text
        if line.table is not None or index in forced:
            break
        if is_furniture(text):
            rec.decide(index, Kind.CLUTTER, 0.9, "页面导航、页脚或功能链接，已略去", text)
        elif is_date(text) and not report.date:
            report.date, dated = text.strip("（）()"), True
            rec.decide(index, Kind.DATE, 0.9, "成文日期", text, anchor="date")
        elif dated and not report.signature and _unit_like(text) and end - 1 > start:
            report.signature = text
            rec.decide(index, Kind.SIGNATURE, 0.8, "落款（署名）", text, anchor="signature")
        elif CLOSING.fullmatch(text) or NOTE.fullmatch(text):
            closing.insert(0, text)
            rec.decide(index, Kind.CLOSING, 0.9, "结尾语或附注", text)
        else:
            first = _attachment_block(rec, order, start, end)
            if first is None:
                break
            end = first + 1
        end -= 1
    for text in closing:
        report.closing.append(Paragraph(escape(text)))
    return end


def _attachment_block(rec: Recogniser, order: list[int], start: int, end: int) -> int | None:
    """An attachment list ending at ``end`` (``附件：1.名单`` and the items under it): read it into the
    attachments and return where it starts, or None."""
    for first in range(end - 1, max(start, end - 12) - 1, -1):
        match = ATTACHMENTS.fullmatch(rec.lines[order[first]].text)
        if match:
            break
    else:
        return None
    items = [match.group(1)] + [rec.lines[order[k]].text for k in range(first + 1, end)]
    if any(len(item) > 80 for item in items) or any(rec.lines[order[k]].table is not None for k in range(first, end)):
        return None
    names = []
    for item in items:
        number = typed_number(item)
        name = item[number.length :] if number else item
        if name.strip():
            names.append(name.strip())
    rec.report.attachments = [Attachment(name) for name in names] + rec.report.attachments
    for k in range(first, end):
        rec.decide(order[k], Kind.ATTACHMENT, 0.85, "附件说明", rec.lines[order[k]].text, anchor="a0")
    return first
