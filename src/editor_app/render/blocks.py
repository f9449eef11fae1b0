"""The one block stream every output format consumes.

``to_blocks(report)`` flattens a Report into a list of typed ``Block`` objects in reading order, with the
numbering already generated and inline markup already parsed. Renderers (HTML, Word, Markdown, text) and the
preview walk this list and never the model, so a rule such as "run-in leads are bold" or "numbers restart
under each parent" lives in one place. Compare markdown-it's token stream feeding its renderer rules.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ..model.inline import Span, parse
from ..model.numbering import node_numbers
from ..model.pacing import paced
from ..model.places import Place, PlaceKind, Region, places
from ..model.records import field, record
from ..model.report import Attachment, Meta, Placement, Report, Table


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
    # the official document's elements (GB/T 9704); portal outputs leave out masthead, recipients, note, imprint
    MASTHEAD = "masthead"  # 版头: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人 (meta)
    RECIPIENTS = "recipients"  # 主送机关
    ATTENDANCE = "attendance"  # 纪要: number is the label (出席/请假/列席), items the names
    NOTE = "note"  # 附注
    ATTACHMENT = "attachment"  # an attachment's own pages start: number 附件1, spans its name; its content follows
    IMPRINT = "imprint"  # 版记: 抄送, 印发机关, 印发日期 (meta)


class Role(StrEnum):
    """Where a paragraph stands, for renderers that style lead, body and closing differently."""

    LEAD = "lead"
    BODY = "body"
    CLOSING = "closing"
    ATTACHMENT = "attachment"


Cells = tuple[tuple[tuple[Span, ...], ...], ...]


@record(frozen=True)
class Block:
    """One typed unit of output.

    ``spans`` is the block's text (for RUNIN: the body after the lead). ``anchor`` names the place in the
    model the block came from (``lead-0``, ``n0.2`` for the third child of the first section, ``n0.2-p1``
    for its second paragraph; see ``model.places``), so the preview and the review can point back at it.
    ``places`` lists every place the block shows, in order (the first is the block's anchor): a run-in block
    shows its section title and first paragraph (``n0``, ``n0-p0``), the info block the report details, a
    table its caption and cells. The official document's elements (版头, 主送, 纪要 lists, 附注, an attachment's
    heading, 版记) list none: they print again what the info block and the attachment list already show.
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


_ROLES = {
    Region.LEAD: Role.LEAD,
    Region.BODY: Role.BODY,
    Region.CLOSING: Role.CLOSING,
    Region.ATTACHMENT: Role.ATTACHMENT,
}


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


def to_blocks(report: Report, pause: Callable[[], object] | None = None) -> list[Block]:
    """Flatten ``report`` into the block stream, in the order a reader meets it (the order of its places).
    ``pause`` is called every few places: the preview's worker gives way there to the writer's keys."""
    meta = report.meta
    numbers = node_numbers(report)
    walk = list(paced(places(report), pause))
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
    return _with_official_elements(report, blocks)


ATTENDANCE = (("出席", "present"), ("请假", "absent"), ("列席", "attending"))  # a 纪要's lists, in print order


def has_masthead(meta: Meta) -> bool:
    """Whether the document prints a 版头 above its title (any of its elements is filled in)."""
    return any((meta.issuer, meta.document_number, meta.signers, meta.copy_number, meta.secrecy, meta.urgency))


def _with_official_elements(report: Report, blocks: list[Block]) -> list[Block]:
    """The official document's elements placed around the places' blocks: the 版头 first, 主送 after the details,
    the 纪要 lists before the sign-off, 附注 after it, each attachment's heading before its body, the 版记 last."""
    meta = report.meta
    out = [Block(Kind.MASTHEAD, "masthead", meta=meta)] if has_masthead(meta) else []
    attendance = [
        Block(Kind.ATTENDANCE, f"meta.{key}", number=label, items=tuple(getattr(meta, key)))
        for label, key in ATTENDANCE
        if getattr(meta, key)
    ]
    note = [Block(Kind.NOTE, "meta.note", parse(meta.note))] if meta.note else []
    shown = -1  # the attachment whose heading was given last
    for block in blocks:
        if block.kind in (Kind.SIGNATURE, Kind.DATE) or block.role is Role.ATTACHMENT:
            out += attendance
            attendance = []
        if block.role is Role.ATTACHMENT:
            out += note
            note = []
            index = int(block.anchor[1:].split("-", 1)[0])
            if index != shown:
                shown = index
                out.append(_attachment_heading(report.attachments, index))
        out.append(block)
        if block.kind is Kind.INFO and meta.recipients:
            out.append(Block(Kind.RECIPIENTS, "meta.recipients", parse(meta.recipients)))
    out += attendance + note
    if meta.cc or meta.printed_by or meta.printed_date:
        out.append(Block(Kind.IMPRINT, "meta.cc", meta=meta))
    return out


def _attachment_heading(attachments: list[Attachment], index: int) -> Block:
    """``附件1`` (``附件`` when there is only one) and the name, over an attachment's own pages."""
    label = "附件" if len(attachments) == 1 else f"附件{index + 1}"
    name = parse(attachments[index].name)
    return Block(Kind.ATTACHMENT, f"a{index}", name, number=label, role=Role.ATTACHMENT)
