"""A fast copy of a report, for work that reads it on another thread while the writer keeps typing.

Strings are immutable, so only the containers are copied; this is about ten times faster than
``copy.deepcopy`` on a large report (see tests/benchmarks/bench_html.py), which matters because the copy is
taken on the UI thread. ``Snapshots`` goes further for the open document: it copies again only the sections
that changed since its previous snapshot.
"""

from __future__ import annotations

import operator

from .places import Place, Region
from .records import replace
from .report import Attachment, Content, Node, Paragraph, Report, ReviewState, Table, iter_nodes, meta_fields


def _content(item: Content) -> Content:
    if isinstance(item, Table):
        return Table([list(row) for row in item.rows], item.header_rows, item.caption)
    return Paragraph(item.text)


def _node(node: Node) -> Node:
    return Node(node.title, [_content(c) for c in node.content], [_node(child) for child in node.children], node.skip)


def _attachment(attachment: Attachment) -> Attachment:
    return Attachment(attachment.name, [_content(c) for c in attachment.content])


def _copy(report: Report, lead: list[Content], nodes: list[Node], closing: list, attachments: list) -> Report:
    """A copy of ``report`` with the given copies of its lists; the head, levels and review copied here."""
    lists = {name: list(getattr(report.meta, name)) for name, is_list in meta_fields() if is_list}
    meta = replace(report.meta, **lists)
    comments = [replace(c, replies=[replace(r) for r in c.replies]) for c in report.review.comments]
    review = ReviewState(report.review.status, comments, list(report.review.ignored))
    return replace(
        report,
        meta=meta,
        lead=lead,
        nodes=nodes,
        closing=closing,
        attachments=attachments,
        levels=[replace(level) for level in report.levels],
        review=review,
    )


def snapshot(report: Report) -> Report:
    """An independent copy of ``report``: changing either afterwards leaves the other as it was."""
    return _copy(
        report,
        [_content(c) for c in report.lead],
        [_node(n) for n in report.nodes],
        [_content(c) for c in report.closing],
        [_attachment(a) for a in report.attachments],
    )


_PART_OF = {
    Region.LEAD: Region.LEAD,
    Region.CLOSING: Region.CLOSING,
    Region.SIGNOFF: Region.ATTACHMENT,  # attachment names; the signature and date are copied every time
    Region.ATTACHMENT: Region.ATTACHMENT,
}
"""The list of the report a place outside the sections belongs to, named by a region."""


class Snapshots:
    """Snapshots of one report that share the copies of the top-level sections (and of the lead, the closing and
    the attachments) that did not change since the previous snapshot. The report editor says what changed
    (``text_changed`` for one place, ``structure_changed`` when places came, went or moved); every snapshot
    taken then equals a full ``snapshot`` (tests/unit/test_snapshot.py checks it over random edits). A 300,000-
    character report copies in about 3 ms on the UI thread at every preview, review and autosave; a keystroke
    changes one section, which copies in microseconds.

    Snapshots are read, never changed, by the workers they go to: two of them may hold the same section copy.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self._tops: list[Node] = []  # the report's top-level sections when last copied
        self._copies: list[Node] = []  # their copies, in the same order
        self._top_of: dict[int, int] = {}  # id of any section → index of its top-level section in ``_tops``
        self._lists: dict[int, int] = {}  # id of any section's paragraph list → the same
        self._named: list[tuple[Node, list[Content]]] = []  # what those ids name, held so the ids stay theirs
        self._parts: dict[Region, list] = {}  # the copies of the lead, the closing and the attachments
        self._changed: set[int] = set()  # indexes into ``_tops`` whose text changed
        self._everything = True

    def text_changed(self, place: Place) -> None:
        """The text at ``place`` changed (places stayed where they were)."""
        if place.region is Region.BODY and place.node is not None and id(place.node) in self._top_of:
            self._changed.add(self._top_of[id(place.node)])
        elif place.region in _PART_OF:
            self._parts.pop(_PART_OF[place.region], None)
        elif place.region is not Region.HEAD:  # the head (title, details) and sign-off fields are copied every time
            self._everything = True

    def structure_changed(self, within: list[Content] | None = None) -> None:
        """Places came, went or moved: the next snapshot copies everything; only the part holding ``within`` when
        only the items of that paragraph list came or went."""
        report = self.report
        if within is not None and id(within) in self._lists:
            self._changed.add(self._lists[id(within)])
        elif within is report.lead:
            self._parts.pop(Region.LEAD, None)
        elif within is report.closing:
            self._parts.pop(Region.CLOSING, None)
        elif within is not None and any(within is attachment.content for attachment in report.attachments):
            self._parts.pop(Region.ATTACHMENT, None)
        else:
            self._everything = True

    def take(self) -> Report:
        """A snapshot of the report now, sharing unchanged parts with the snapshots taken before."""
        report = self.report
        same = len(report.nodes) == len(self._tops) and all(map(operator.is_, report.nodes, self._tops))
        if self._everything or not same:
            self._tops = list(report.nodes)
            self._copies = [_node(node) for node in self._tops]
            inside = [(index, node) for index, top in enumerate(self._tops) for _, node in iter_nodes([top])]
            self._top_of = {id(node): index for index, node in inside}
            self._lists = {id(node.content): index for index, node in inside}
            # The keys are ids: the sections and lists they name are kept alive, so no new object can take one over.
            self._named = [(node, node.content) for _, node in inside]
            self._parts = {}
        else:
            for index in self._changed:
                self._copies[index] = _node(self._tops[index])
        self._changed = set()
        self._everything = False
        parts = self._parts
        if Region.LEAD not in parts:
            parts[Region.LEAD] = [_content(c) for c in report.lead]
        if Region.CLOSING not in parts:
            parts[Region.CLOSING] = [_content(c) for c in report.closing]
        if Region.ATTACHMENT not in parts:
            parts[Region.ATTACHMENT] = [_attachment(a) for a in report.attachments]
        lead, closing, attachments = (
            list(parts[region]) for region in (Region.LEAD, Region.CLOSING, Region.ATTACHMENT)
        )
        return _copy(report, lead, list(self._copies), closing, attachments)
