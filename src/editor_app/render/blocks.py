"""The one block stream every output format consumes.

``to_blocks(report)`` flattens a Report into a list of typed ``Block`` objects in reading order, with the
numbering already generated and inline markup already parsed. Renderers (HTML, Word, Markdown, text) and the
preview walk this list and never the model, so a rule such as "run-in leads are bold" or "numbers restart
under each parent" lives in one place. Compare markdown-it's token stream feeding its renderer rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..model.inline import Span, parse
from ..model.numbering import node_numbers
from ..model.places import Place, PlaceKind, Region, places
from ..model.report import Meta, Placement, Report, Table


class Kind(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    INFO = "info"  # breadcrumb, source, date, author, document number: the meta block under the title
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # a numbered/unnumbered heading on its own line
    RUNIN = "runin"  # a bold lead sentence opening a paragraph, then the body text
    TABLE = "table"
    SIGNATURE = "signature"
    DATE = "date"
    ATTACHMENTS = "attachments"


class Role(StrEnum):
    """Where a paragraph stands, for renderers that style lead, body and closing differently."""

    LEAD = "lead"
    BODY = "body"
    CLOSING = "closing"


Cells = tuple[tuple[tuple[Span, ...], ...], ...]


@dataclass(frozen=True)
class Block:
    """One typed unit of output.

    ``spans`` is the block's text (for RUNIN: the body after the lead). ``anchor`` names the place in the
    model the block came from (``lead-0``, ``n0.2`` for the third child of the first section, ``n0.2-p1``
    for its second paragraph; see ``model.places``), so the preview and the review can point back at it.
    ``places`` lists every place the block shows, in order (the first is the block's anchor): a run-in block
    shows its section title and first paragraph (``n0``, ``n0-p0``), the info block the report details, a
    table its caption and cells.
    """

    kind: Kind
    anchor: str
    spans: tuple[Span, ...] = ()
    level: int = 0
    number: str = ""
    lead: tuple[Span, ...] = ()
    role: Role = Role.BODY
    rows: Cells = ()
    header_rows: int = 0
    items: tuple[str, ...] = ()
    meta: Meta | None = field(default=None, compare=False)
    places: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The block's visible text without markup (for RUNIN and HEADING: number, lead and body)."""
        return self.number + "".join(s.text for s in self.lead) + "".join(s.text for s in self.spans)


_ROLES = {Region.LEAD: Role.LEAD, Region.BODY: Role.BODY, Region.CLOSING: Role.CLOSING}


def _table_block(table: Table, place: Place, cells: list[str]) -> Block:
    rows = tuple(tuple(parse(cell) for cell in row) for row in table.rows)
    return Block(
        Kind.TABLE,
        place.anchor,
        spans=parse(table.caption),
        rows=rows,
        header_rows=min(table.header_rows, len(rows)),
        role=_ROLES[place.region],
        places=(place.anchor, *cells),
    )


def _paragraph_block(place: Place) -> Block:
    return Block(Kind.PARAGRAPH, place.anchor, parse(place.text), role=_ROLES[place.region], places=(place.anchor,))


def to_blocks(report: Report) -> list[Block]:
    """Flatten ``report`` into the block stream, in the order a reader meets it (the order of its places)."""
    meta = report.meta
    numbers = node_numbers(report)
    walk = list(places(report))
    blocks: list[Block] = []
    details: list[str] = []
    attachments: list[Place] = []
    index = 0
    while index < len(walk):
        place = walk[index]
        index += 1
        match place.kind:
            case PlaceKind.TITLE:
                blocks.append(Block(Kind.TITLE, "title", parse(meta.title), places=("title",)))
            case PlaceKind.SUBTITLE:
                if meta.subtitle:
                    blocks.append(Block(Kind.SUBTITLE, "subtitle", parse(meta.subtitle), places=("subtitle",)))
            case PlaceKind.FIELD:
                details.append(place.anchor)
                if walk[index].kind is not PlaceKind.FIELD:
                    blocks.append(Block(Kind.INFO, details[0], meta=meta, places=tuple(details)))
            case PlaceKind.HEADING:
                node, level = place.node, place.level
                number = numbers[id(node)]
                title = parse(node.title)
                following = walk[index] if index < len(walk) else None
                if report.level_style(level).placement is Placement.HEADING:
                    blocks.append(Block(Kind.HEADING, place.anchor, title, level, number, places=(place.anchor,)))
                elif following is not None and following.kind is PlaceKind.PARAGRAPH and following.node is node:
                    index += 1  # the first paragraph runs on after the bold lead
                    body = parse(following.text)
                    shown = (place.anchor, following.anchor)
                    blocks.append(Block(Kind.RUNIN, place.anchor, body, level, number, title, places=shown))
                else:
                    blocks.append(Block(Kind.RUNIN, place.anchor, (), level, number, title, places=(place.anchor,)))
            case PlaceKind.PARAGRAPH:
                blocks.append(_paragraph_block(place))
            case PlaceKind.TABLE:
                cells = []
                while index < len(walk) and walk[index].kind is PlaceKind.CELL and walk[index].owner is place.owner:
                    cells.append(walk[index].anchor)
                    index += 1
                blocks.append(_table_block(place.owner, place, cells))
            case PlaceKind.ATTACHMENT:
                attachments.append(place)
                if walk[index].kind is not PlaceKind.ATTACHMENT:
                    items = tuple(a.text for a in attachments)
                    shown = tuple(a.anchor for a in attachments)
                    blocks.append(Block(Kind.ATTACHMENTS, shown[0], items=items, places=shown))
            case PlaceKind.SIGNATURE | PlaceKind.DATE if place.text:
                kind = Kind.SIGNATURE if place.kind is PlaceKind.SIGNATURE else Kind.DATE
                blocks.append(Block(kind, place.anchor, parse(place.text), places=(place.anchor,)))
    return blocks
