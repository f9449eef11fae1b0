"""Report ⇄ JSON-ready dicts, with validation that names what is wrong and where.

The dict form is what ``document.json`` inside a document file holds. ``SCHEMA_VERSION`` goes up whenever
the form changes; ``report_from_dict`` reads every older version (through ``_MIGRATIONS``) and refuses newer
ones, which the caller reports as "written by a newer version".
"""

from __future__ import annotations

from collections.abc import Callable

from ..model.numbering import LevelSchemeError, check_level_count, level_style
from ..model.report import (
    Attachment,
    Comment,
    Content,
    IgnoredFinding,
    LevelStyle,
    Meta,
    Node,
    Paragraph,
    Reply,
    Report,
    ReviewState,
    Table,
    meta_fields,
)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from typing import Any

SCHEMA_VERSION = 2
MAX_DEPTH = 4


def _v1_to_v2(data: dict) -> dict:
    """Version 1 held attachment names only; version 2 holds each as ``{"name", "content"}``. Version 2 also adds
    the official-document details, ``Node.skip``, ``LevelStyle.continuous`` and, in ``report.review``, comment
    ranges, replies, resolved and ignored findings: each has a default, so only the attachments need rewriting.
    Anything that is not a list of names is left for ``report_from_dict`` to report."""
    report = data.get("report")
    if isinstance(report, dict) and isinstance(report.get("attachments"), list):
        report["attachments"] = [
            {"name": name, "content": []} if isinstance(name, str) else name for name in report["attachments"]
        ]
    return data


# schema version N → function turning a version-N dict into a version N+1 dict
_MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


class SchemaError(ValueError):
    """The JSON is well-formed but is not a report of a version we know; ``where`` is a path into it."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


def _content_to_dict(item: Content) -> dict:
    if isinstance(item, Table):
        return {"type": "table", "rows": item.rows, "header_rows": item.header_rows, "caption": item.caption}
    return {"type": "paragraph", "text": item.text}


def _node_to_dict(node: Node) -> dict:
    data = {
        "title": node.title,
        "content": [_content_to_dict(item) for item in node.content],
        "children": [_node_to_dict(child) for child in node.children],
    }
    if node.skip:
        data["skip"] = node.skip  # optional, default 0 (schema 2)
    return data


def _level_to_dict(style: LevelStyle) -> dict:
    data = {"numbered": style.numbered, "marker": style.marker, "placement": str(style.placement)}
    if style.continuous:
        data["continuous"] = True  # optional, default false (schema 2)
    return data


def report_to_dict(report: Report) -> dict:
    meta = report.meta
    return {
        "meta": {
            name: list(getattr(meta, name)) if is_list else getattr(meta, name) for name, is_list in meta_fields()
        },
        "lead": [_content_to_dict(item) for item in report.lead],
        "nodes": [_node_to_dict(node) for node in report.nodes],
        "closing": [_content_to_dict(item) for item in report.closing],
        "signature": report.signature,
        "date": report.date,
        "attachments": [
            {"name": a.name, "content": [_content_to_dict(item) for item in a.content]} for a in report.attachments
        ],
        "levels": [_level_to_dict(style) for style in report.levels],
        "template": report.template,
        "layout": report.layout,
        "review": _review_to_dict(report.review),
    }


def _review_to_dict(review: ReviewState) -> dict:
    """The review state: status, comments with their ranges and replies, ignored findings (schema 2)."""
    return {
        "status": review.status,
        "comments": [
            {
                "text": c.text,
                "author": c.author,
                "anchor": c.anchor,
                "created": c.created,
                "start": c.start,
                "end": c.end,
                "resolved": c.resolved,
                "replies": [{"text": r.text, "author": r.author, "created": r.created} for r in c.replies],
            }
            for c in review.comments
        ],
        "ignored": [{"rule": i.rule, "anchor": i.anchor, "text": i.text} for i in review.ignored],
    }


def _review_from_dict(data: Any) -> ReviewState:
    review = _Reader(data, "report.review")
    comments = []
    for where, value in review.items("comments"):
        c = _Reader(value, where)
        replies = []
        for reply_where, reply in c.items("replies"):
            r = _Reader(reply, reply_where)
            replies.append(Reply(r.text("text"), r.text("author"), r.text("created")))
        start, end = c.get("start", int, 0), c.get("end", int, 0)
        if not 0 <= start <= end:
            raise SchemaError(f"{where}.start", "批注的字符范围无效")
        comment = Comment(c.text("text"), c.text("author"), c.text("anchor"), c.text("created"), start, end)
        comment.replies, comment.resolved = replies, c.get("resolved", bool, False)
        comments.append(comment)
    ignored = []
    for where, value in review.items("ignored"):
        i = _Reader(value, where)
        ignored.append(IgnoredFinding(i.text("rule"), i.text("anchor"), i.text("text")))
    return ReviewState(review.get("status", str, "draft"), comments, ignored)


class _Reader:
    """Typed access to a dict, raising SchemaError with the path of the offending value."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise SchemaError(where, "应为对象")
        self.data = data
        self.where = where

    def get(self, key: str, kind: type, default: Any) -> Any:
        value = self.data.get(key, default)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SchemaError(f"{self.where}.{key}", f"类型应为 {kind.__name__}")
        return value

    def text(self, key: str) -> str:
        return self.get(key, str, "")

    def texts(self, key: str) -> list[str]:
        values = self.get(key, list, [])
        if not all(isinstance(v, str) for v in values):
            raise SchemaError(f"{self.where}.{key}", "应为文字列表")
        return list(values)

    def items(self, key: str) -> list[tuple[str, Any]]:
        return [(f"{self.where}.{key}[{i}]", v) for i, v in enumerate(self.get(key, list, []))]


def _content_from_dict(data: Any, where: str) -> Content:
    r = _Reader(data, where)
    kind = r.text("type")
    if kind == "paragraph":
        return Paragraph(r.text("text"))
    if kind == "table":
        rows = []
        for row_where, row in r.items("rows"):
            if not isinstance(row, list) or not all(isinstance(cell, str) for cell in row):
                raise SchemaError(row_where, "表格行应为文字列表")
            rows.append(list(row))
        header_rows = r.get("header_rows", int, 1)
        if header_rows < 0:
            raise SchemaError(f"{where}.header_rows", "不能为负数")
        return Table(rows, header_rows, r.text("caption"))
    raise SchemaError(f"{where}.type", f"未知的内容类型“{kind}”")


def _node_from_dict(data: Any, where: str, parent_level: int) -> Node:
    r = _Reader(data, where)
    skip = r.get("skip", int, 0)
    level = parent_level + 1 + skip
    if skip < 0 or level > MAX_DEPTH:
        raise SchemaError(where, f"层级超过 {MAX_DEPTH} 级" if skip >= 0 else "skip 不能为负数")
    return Node(
        title=r.text("title"),
        content=[_content_from_dict(v, w) for w, v in r.items("content")],
        children=[_node_from_dict(v, w, level) for w, v in r.items("children")],
        skip=skip,
    )


def _attachment_from_dict(data: Any, where: str) -> Attachment:
    r = _Reader(data, where)
    return Attachment(r.text("name"), [_content_from_dict(v, w) for w, v in r.items("content")])


def level_from_dict(data: Any, where: str) -> LevelStyle:
    r = _Reader(data, where)
    try:
        return level_style(
            r.get("numbered", bool, True),
            r.get("marker", str, "一、"),
            r.get("placement", str, "heading"),
            r.get("continuous", bool, False),
        )
    except LevelSchemeError as error:
        raise SchemaError(f"{where}.{error.key}", error.reason) from None


def levels_from_list(items: list[tuple[str, Any]], where: str) -> list[LevelStyle]:
    try:
        return check_level_count([level_from_dict(v, w) for w, v in items])
    except LevelSchemeError as error:
        raise SchemaError(where, error.reason) from None


def report_from_dict(data: Any) -> Report:
    r = _Reader(data, "report")
    m = _Reader(r.get("meta", dict, {}), "report.meta")
    level_items = r.items("levels")
    return Report(
        meta=Meta(**{name: m.texts(name) if is_list else m.text(name) for name, is_list in meta_fields()}),
        lead=[_content_from_dict(v, w) for w, v in r.items("lead")],
        nodes=[_node_from_dict(v, w, 0) for w, v in r.items("nodes")],
        closing=[_content_from_dict(v, w) for w, v in r.items("closing")],
        signature=r.text("signature"),
        date=r.text("date"),
        attachments=[_attachment_from_dict(v, w) for w, v in r.items("attachments")],
        levels=levels_from_list(level_items, "report.levels") if level_items else Report().levels,
        template=r.text("template"),
        layout=r.text("layout"),
        review=_review_from_dict(r.get("review", dict, {})),
    )


def migrate(data: dict, version: int) -> dict:
    """Bring a document dict of an older schema ``version`` up to ``SCHEMA_VERSION``."""
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    return data
