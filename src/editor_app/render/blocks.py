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
from ..model.report import Attachment, Content, Meta, Node, Placement, Report, Table


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


@dataclass(frozen=True)
class Block:
    """One typed unit of output.

    ``spans`` is the block's text (for RUNIN: the body after the lead). ``anchor`` names the place in the
    model the block came from (``lead-0``, ``n0.2`` for the third child of the first section, ``n0.2-p1``
    for its second paragraph), so the preview and the review can point back at it.
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

    @property
    def text(self) -> str:
        """The block's visible text without markup (for RUNIN and HEADING: number, lead and body)."""
        return self.number + "".join(s.text for s in self.lead) + "".join(s.text for s in self.spans)


def _content_blocks(items: list[Content], anchor: str, role: Role) -> list[Block]:
    blocks = []
    for index, item in enumerate(items):
        item_anchor = f"{anchor}-{index}" if anchor in ("lead", "closing") else f"{anchor}-p{index}"
        if isinstance(item, Table):
            blocks.append(_table_block(item, item_anchor, role))
        else:
            blocks.append(Block(Kind.PARAGRAPH, item_anchor, parse(item.text), role=role))
    return blocks


def _table_block(table: Table, anchor: str, role: Role) -> Block:
    rows = tuple(tuple(parse(cell) for cell in row) for row in table.rows)
    return Block(
        Kind.TABLE,
        anchor,
        spans=parse(table.caption),
        rows=rows,
        header_rows=min(table.header_rows, len(rows)),
        role=role,
    )


def _node_blocks(report: Report, nodes: list[Node], level: int, path: str, numbers: dict[int, str]):
    for index, node in enumerate(nodes):
        anchor = f"{path}.{index}" if path else f"n{index}"
        style = report.level_style(level)
        number = numbers[id(node)]
        title = parse(node.title)
        content = list(node.content)
        if style.placement is Placement.RUNIN:
            body: tuple[Span, ...] = ()
            if content and not isinstance(content[0], Table):
                body = parse(content.pop(0).text)
            yield Block(Kind.RUNIN, anchor, spans=body, level=level, number=number, lead=title)
            yield from (_shift_anchor(block, anchor, 1) for block in _content_blocks(content, anchor, Role.BODY))
        else:
            yield Block(Kind.HEADING, anchor, spans=title, level=level, number=number)
            yield from _content_blocks(content, anchor, Role.BODY)
        yield from _node_blocks(report, node.children, level + 1, anchor, numbers)


def _shift_anchor(block: Block, anchor: str, offset: int) -> Block:
    """Paragraph anchors count the model's paragraphs, including one a run-in lead absorbed."""
    index = int(block.anchor.rsplit("-p", 1)[1]) + offset
    return Block(**{**block.__dict__, "anchor": f"{anchor}-p{index}"})


def to_blocks(report: Report) -> list[Block]:
    """Flatten ``report`` into the block stream, in the order a reader meets it."""
    meta = report.meta
    blocks = [Block(Kind.MASTHEAD, "masthead", meta=meta)] if has_masthead(meta) else []
    blocks.append(Block(Kind.TITLE, "title", parse(meta.title)))
    if meta.subtitle:
        blocks.append(Block(Kind.SUBTITLE, "subtitle", parse(meta.subtitle)))
    blocks.append(Block(Kind.INFO, "meta", meta=meta))
    if meta.recipients:
        blocks.append(Block(Kind.RECIPIENTS, "meta.recipients", parse(meta.recipients)))
    blocks += _content_blocks(report.lead, "lead", Role.LEAD)
    blocks += _node_blocks(report, report.nodes, 1, "", node_numbers(report))
    blocks += _content_blocks(report.closing, "closing", Role.CLOSING)
    if report.attachments:
        blocks.append(Block(Kind.ATTACHMENTS, "attachments", items=tuple(a.name for a in report.attachments)))
    for label, key in ATTENDANCE:
        if getattr(meta, key):
            blocks.append(Block(Kind.ATTENDANCE, f"meta.{key}", number=label, items=tuple(getattr(meta, key))))
    if report.signature:
        blocks.append(Block(Kind.SIGNATURE, "signature", parse(report.signature)))
    if report.date:
        blocks.append(Block(Kind.DATE, "date", parse(report.date)))
    if meta.note:
        blocks.append(Block(Kind.NOTE, "meta.note", parse(meta.note)))
    blocks += _attachment_blocks(report.attachments)
    if meta.cc or meta.printed_by or meta.printed_date:
        blocks.append(Block(Kind.IMPRINT, "meta.cc", meta=meta))
    return blocks


ATTENDANCE = (("出席", "present"), ("请假", "absent"), ("列席", "attending"))  # a 纪要's lists, in print order


def has_masthead(meta: Meta) -> bool:
    """Whether the document prints a 版头 above its title (any of its elements is filled in)."""
    return any((meta.issuer, meta.document_number, meta.signers, meta.copy_number, meta.secrecy, meta.urgency))


def _attachment_blocks(attachments: list[Attachment]) -> list[Block]:
    """Each attachment with a body: a heading block (``附件1``, or ``附件`` when there is only one) and its content,
    anchored ``a<i>`` and ``a<i>-p<k>``."""
    blocks = []
    for index, attachment in enumerate(attachments):
        if not attachment.content:
            continue
        label = "附件" if len(attachments) == 1 else f"附件{index + 1}"
        blocks.append(Block(Kind.ATTACHMENT, f"a{index}", parse(attachment.name), number=label, role=Role.ATTACHMENT))
        blocks += _content_blocks(attachment.content, f"a{index}", Role.ATTACHMENT)
    return blocks
