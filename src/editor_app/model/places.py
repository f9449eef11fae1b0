"""Every place a writer can type in, in reading order, each named by one anchor.

The block stream, the reading-order editors, the outline, find and replace, character counts, the recovery
difference, review findings and comments all walk a report through ``places()``, so they agree on what comes
first and on what each place is called. Anchors are short, stable while the structure stays, and readable:

================  =====================================================================
``title``          the title
``subtitle``       the subtitle
``meta.source``    a single-line detail field (``meta.<field>``), also when empty
``meta.column-1``  one item of a list detail (the second breadcrumb entry); ``meta.column``
                   names the detail as a whole, e.g. in a finding that it is empty
``lead-0``         the first lead paragraph (or table)
``n0.2``           the title of the third sub-theme of the first section
``n0.2-p1``        the second paragraph (or table) of that sub-theme
``n0.2-p1-r0c1``   a table cell (row 0, column 1)
``closing-0``      a closing paragraph
``a0``             the name of the first attachment
``signature``      the signing unit
``date``           the date under it
``a0-p1``          the second paragraph (or table) of the first attachment's own text
================  =====================================================================

A table's own place (``n0-p1``) holds its caption; its cells follow it.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from .records import field, record
from .report import Content, Meta, Node, Report, Table

DETAIL_FIELDS: tuple[str, ...] = (
    "column", "source", "author", "published", "keywords", "summary", "document_number",
    # the official document's elements (the details panel's 公文要素 group)
    "issuer", "signers", "copy_number", "secrecy", "urgency", "recipients", "note", "cc", "printed_by", "printed_date",
    "present", "absent", "attending",
)  # fmt: skip
"""The report details under the title, in the order the details panel shows them (list details: one place an
item)."""


class PlaceKind(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    FIELD = "field"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    TABLE = "table"  # the text is the caption
    CELL = "cell"
    ATTACHMENT = "attachment"
    SIGNATURE = "signature"
    DATE = "date"


class Region(StrEnum):
    """The part of the report a place belongs to."""

    HEAD = "head"  # title, subtitle, details
    LEAD = "lead"
    BODY = "body"
    CLOSING = "closing"
    SIGNOFF = "signoff"  # attachments, signature, date
    ATTACHMENT = "attachment"  # an attachment's own text, on pages after the sign-off


@record(frozen=True)
class Place:
    """One place: where its text lives (``owner`` and ``key``) and where it stands.

    ``key`` is an attribute name of ``owner``, an index into ``owner`` when it is a list, or ``(row, column)``
    into a table's rows. ``container`` and ``index`` locate a paragraph or table in its list; ``node`` is the
    section a place belongs to and ``level`` its level (1–4, its depth plus any skipped levels; 0 outside the
    sections).
    """

    anchor: str
    kind: PlaceKind
    region: Region
    owner: object = field(compare=False, repr=False)
    key: str | int | tuple[int, int] = field(compare=False)
    node: Node | None = field(default=None, compare=False, repr=False)
    level: int = 0
    container: list[Content] | None = field(default=None, compare=False, repr=False)
    index: int = -1

    @property
    def text(self) -> str:
        """The place's text now, in the inline markup (list details and cells: the item's text)."""
        return get_text(self)


def get_text(place: Place) -> str:
    key, owner = place.key, place.owner
    if isinstance(key, tuple):
        row, column = key
        return owner.rows[row][column]  # type: ignore[attr-defined]
    if isinstance(key, int):
        return owner[key]  # type: ignore[index]
    return getattr(owner, key)


def set_text(place: Place, value: str) -> None:
    """Put ``value`` where the place's text lives (review fixes, replace)."""
    key, owner = place.key, place.owner
    if isinstance(key, tuple):
        row, column = key
        owner.rows[row][column] = value  # type: ignore[attr-defined]
    elif isinstance(key, int):
        owner[key] = value  # type: ignore[index]
    else:
        setattr(owner, key, value)


def node_anchor(path: tuple[int, ...]) -> str:
    """``(0, 2)`` → ``n0.2``."""
    return "n" + ".".join(str(index) for index in path)


def node_path(anchor: str) -> tuple[int, ...] | None:
    """The node path a section anchor (or an anchor inside a section) points into, or None."""
    if not anchor.startswith("n"):
        return None
    head = anchor[1:].split("-", 1)[0]
    try:
        return tuple(int(part) for part in head.split("."))
    except ValueError:
        return None


def content_anchor(parent: str, index: int) -> str:
    """The anchor of item ``index`` of a paragraph list: ``lead-0``, ``closing-1``, ``n0.2-p1``."""
    return f"{parent}-{index}" if parent in ("lead", "closing") else f"{parent}-p{index}"


def _meta_places(meta: Meta) -> Iterator[Place]:
    for name in DETAIL_FIELDS:
        value = getattr(meta, name)
        if isinstance(value, list):
            for index in range(len(value)):
                yield Place(f"meta.{name}-{index}", PlaceKind.FIELD, Region.HEAD, value, index)
        else:
            yield Place(f"meta.{name}", PlaceKind.FIELD, Region.HEAD, meta, name)


def content_places(
    items: list[Content], parent: str, region: Region, node: Node | None = None, level: int = 0
) -> Iterator[Place]:
    """The places of a paragraph list: each paragraph, or each table followed by its cells."""
    for index, item in enumerate(items):
        anchor = content_anchor(parent, index)
        if isinstance(item, Table):
            yield Place(anchor, PlaceKind.TABLE, region, item, "caption", node, level, items, index)
            for row_index, row in enumerate(item.rows):
                for column in range(len(row)):
                    cell = f"{anchor}-r{row_index}c{column}"
                    yield Place(cell, PlaceKind.CELL, region, item, (row_index, column), node, level, items, index)
        else:
            yield Place(anchor, PlaceKind.PARAGRAPH, region, item, "text", node, level, items, index)


def section_places(node: Node, path: tuple[int, ...] = (0,), level: int = 1) -> Iterator[Place]:
    """The places of one section and everything under it (anchors as if it stood at ``path``)."""
    return _node_places([node], path[:-1], level, path[-1])


def heading_places(report: Report) -> Iterator[Place]:
    """The sections' headings alone, as ``places`` gives them (the outline lists these: a 300,000-character report
    has some 1,300 among 6,500 places)."""
    return _node_places(report.nodes, (), 1, content=False)


def _node_places(
    nodes: list[Node], path: tuple[int, ...], level: int, first: int = 0, *, content: bool = True
) -> Iterator[Place]:
    for index, node in enumerate(nodes, first):
        here = (*path, index)
        anchor = node_anchor(here)
        at = node.level_under(level - 1)
        yield Place(anchor, PlaceKind.HEADING, Region.BODY, node, "title", node, at, None, index)
        if content:
            yield from content_places(node.content, anchor, Region.BODY, node, at)
        yield from _node_places(node.children, here, at + 1, content=content)


def places(report: Report, *, details: bool = True) -> Iterator[Place]:
    """Every place of ``report`` in reading order (``details=False`` leaves out subtitle and detail fields)."""
    meta = report.meta
    yield Place("title", PlaceKind.TITLE, Region.HEAD, meta, "title")
    if details:
        yield Place("subtitle", PlaceKind.SUBTITLE, Region.HEAD, meta, "subtitle")
        yield from _meta_places(meta)
    yield from content_places(report.lead, "lead", Region.LEAD)
    yield from _node_places(report.nodes, (), 1)
    yield from content_places(report.closing, "closing", Region.CLOSING)
    for index, attachment in enumerate(report.attachments):
        yield Place(f"a{index}", PlaceKind.ATTACHMENT, Region.SIGNOFF, attachment, "name")
    yield Place("signature", PlaceKind.SIGNATURE, Region.SIGNOFF, report, "signature")
    yield Place("date", PlaceKind.DATE, Region.SIGNOFF, report, "date")
    for index, attachment in enumerate(report.attachments):
        yield from content_places(attachment.content, f"a{index}", Region.ATTACHMENT)


def find_place(report: Report, anchor: str) -> Place | None:
    """The place named ``anchor`` now, or None when the report no longer has it."""
    return next((place for place in places(report) if place.anchor == anchor), None)
