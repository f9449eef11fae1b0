"""The report model: plain records (model/records.py) that know nothing of Qt, files or output formats.

A report is meta data, lead paragraphs, a tree of nodes (depth gives the level, 1–4), closing paragraphs,
a signature and attachments (a name, and optionally a body of its own). The official-document elements of
GB/T 9704 (版头, 主送, 附注, 版记) are optional meta fields: a report without them is an ordinary article.
Numbering is never stored: it is derived from the tree and the level scheme (see ``numbering.py``).
Paragraph text holds a small inline markup (``**bold**``, ``*italic*``).
"""

from __future__ import annotations

from enum import StrEnum

from .records import field, fields, record

MAX_LEVELS = 4


class Placement(StrEnum):
    """Where a level's title stands: on its own line, or run in as a bold lead sentence."""

    HEADING = "heading"
    RUNIN = "runin"


@record
class LevelStyle:
    """How one level of the tree is numbered and placed."""

    numbered: bool = True
    marker: str = "一、"
    placement: Placement = Placement.HEADING
    continuous: bool = False  # the count runs on across parents (items 1.–30. straight through a plan)

    def __post_init__(self) -> None:
        self.placement = Placement(self.placement)


def default_levels() -> list[LevelStyle]:
    """The classic four heading levels of a Chinese official document: 一、（一）1.（1）."""
    return [
        LevelStyle(True, "一、", Placement.HEADING),
        LevelStyle(True, "（一）", Placement.HEADING),
        LevelStyle(True, "1.", Placement.HEADING),
        LevelStyle(True, "（1）", Placement.HEADING),
    ]


@record
class Meta:
    """What a portal shows around the article and what a CMS takes as separate fields, and the elements an
    official document prints around its text (版头, 主送, 附注, 版记; all optional, see reference/gbt9704.md)."""

    title: str = ""
    subtitle: str = ""
    column: list[str] = field(default_factory=list)
    source: str = ""
    author: str = ""
    published: str = ""  # "YYYY-MM-DD HH:MM" or "" when not yet set
    keywords: list[str] = field(default_factory=list)
    summary: str = ""
    document_number: str = ""  # 发文字号
    issuer: list[str] = field(default_factory=list)  # 发文机关标志; more than one: a joint issue, lead office first
    signers: list[str] = field(default_factory=list)  # 签发人 (upward documents)
    copy_number: str = ""  # 份号
    secrecy: str = ""  # 密级和保密期限, e.g. 秘密★1年
    urgency: str = ""  # 紧急程度: 特急 / 加急
    recipients: str = ""  # 主送机关
    note: str = ""  # 附注
    cc: list[str] = field(default_factory=list)  # 抄送机关
    printed_by: str = ""  # 印发机关
    printed_date: str = ""  # 印发日期
    present: list[str] = field(default_factory=list)  # 纪要: 出席
    absent: list[str] = field(default_factory=list)  # 纪要: 请假
    attending: list[str] = field(default_factory=list)  # 纪要: 列席


def meta_fields() -> list[tuple[str, bool]]:
    """``(name, is_list)`` for every Meta field, so the file format, Markdown and copies follow the model."""
    return [(f.name, f.type == "list[str]") for f in fields(Meta)]


@record
class Paragraph:
    """One paragraph of body text, in the inline markup."""

    text: str = ""


@record
class Table:
    """A simple table: rows of cell texts (inline markup), the first ``header_rows`` rows are headers."""

    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 1
    caption: str = ""


Content = Paragraph | Table


@record
class Node:
    """A section or sub-theme. Its depth in the tree gives its level, plus ``skip`` where the source document
    puts a section directly under one two levels up (which renumbering must not change)."""

    title: str = ""
    content: list[Content] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    skip: int = 0  # levels passed over: a ``25.`` item directly under ``三、`` is a level-3 node with skip 1

    def level_under(self, parent_level: int) -> int:
        """The level this node stands at when its parent stands at ``parent_level`` (0: the top)."""
        return parent_level + 1 + self.skip


@record
class Attachment:
    """An attachment (附件): its name, as the 附件说明 lists it, and optionally its own text (a 名单, a 分工表),
    which the official layout prints on pages of its own."""

    name: str = ""
    content: list[Content] = field(default_factory=list)


STATUS_NAMES = {"draft": "草稿", "in_review": "送审", "returned": "退回修改", "approved": "已审定"}
"""The review status of a report, in the order a report moves through them, with what the window shows."""


@record
class Reply:
    text: str
    author: str = ""
    created: str = ""


@record
class Comment:
    """An editor's remark on a place in the report (``anchor``, see model.places), or on characters in it.

    ``start``/``end`` are offsets into the place's plain text; both 0 means the place (section) as a whole.
    """

    text: str
    author: str = ""
    anchor: str = ""
    created: str = ""
    start: int = 0
    end: int = 0
    replies: list[Reply] = field(default_factory=list)
    resolved: bool = False


@record(frozen=True)
class IgnoredFinding:
    """A review finding the editor chose to ignore: remembered by rule, place and the characters flagged."""

    rule: str
    anchor: str
    text: str


@record
class ReviewState:
    status: str = "draft"  # a key of STATUS_NAMES
    comments: list[Comment] = field(default_factory=list)
    ignored: list[IgnoredFinding] = field(default_factory=list)


@record
class Report:
    meta: Meta = field(default_factory=Meta)
    lead: list[Content] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    closing: list[Content] = field(default_factory=list)
    signature: str = ""
    date: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    levels: list[LevelStyle] = field(default_factory=default_levels)
    template: str = ""
    layout: str = ""  # the Word/PDF layout profile this document asks for (信函, 纪要); "" is the office's default
    review: ReviewState = field(default_factory=ReviewState)

    def level_style(self, level: int) -> LevelStyle:
        """The style of ``level`` (1-based); levels past the scheme reuse its last entry."""
        return self.levels[min(level, len(self.levels)) - 1]


def iter_nodes(nodes: list[Node], level: int = 1):
    """Yield ``(level, node)`` for every node of a tree in reading order (``level``: that of the first list)."""
    for node in nodes:
        here = node.level_under(level - 1)
        yield here, node
        yield from iter_nodes(node.children, here + 1)


def tree_depth(nodes: list[Node]) -> int:
    """The deepest level used in a tree (0 for an empty tree)."""
    return max((level for level, _ in iter_nodes(nodes)), default=0)
