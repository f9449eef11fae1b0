"""What a writer calls a place: ``导语第1段``, ``二、…第2段``, ``来源``. The review panel groups findings by it and
the comparison of two versions heads each changed place with it."""

from __future__ import annotations

from .inline import plain
from .numbering import node_numbers
from .places import Place, PlaceKind, Region
from .report import Report

DETAIL_NAMES = {
    "column": "栏目",
    "source": "来源",
    "author": "作者",
    "published": "发布时间",
    "keywords": "关键词",
    "summary": "摘要",
    "document_number": "发文字号",
}


def section_name(report: Report, place: Place, numbers: dict[int, str] | None = None) -> str:
    """The part of the report a place stands in: 标题与信息, 导语, 一、大兴学习研究之风…, 结尾, 落款."""
    if place.region is Region.HEAD:
        return "标题与信息"
    if place.region is Region.LEAD:
        return "导语"
    if place.region is Region.CLOSING:
        return "结尾"
    if place.region is Region.SIGNOFF:
        return "附件与落款"
    numbers = node_numbers(report) if numbers is None else numbers
    node = place.node
    title = plain(node.title) if node else ""
    return (numbers.get(id(node), "") + (title[:16] + "…" if len(title) > 16 else title)) or "正文"


def place_name(report: Report, place: Place, numbers: dict[int, str] | None = None) -> str:
    """The place itself: 标题, 来源, 导语第1段, the section's heading, its 2nd paragraph, a table cell."""
    anchor = place.anchor
    if place.kind is PlaceKind.TITLE:
        return "标题"
    if place.kind is PlaceKind.SUBTITLE:
        return "副标题"
    if place.kind is PlaceKind.FIELD:
        name = anchor.removeprefix("meta.").split("-")[0]
        return DETAIL_NAMES.get(name, name)
    if place.kind is PlaceKind.ATTACHMENT:
        return f"附件{int(anchor[1:]) + 1}"
    if place.kind is PlaceKind.SIGNATURE:
        return "落款单位"
    if place.kind is PlaceKind.DATE:
        return "成文日期"
    section = section_name(report, place, numbers)
    if place.kind is PlaceKind.HEADING:
        return f"{section}（标题）"
    where = f"{section}第{place.index + 1}段"
    if place.kind is PlaceKind.CELL:
        row, column = place.key  # type: ignore[misc]
        return f"{where}表格第{row + 1}行第{column + 1}列"
    return where
