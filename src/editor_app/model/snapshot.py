"""A fast copy of a report, for work that reads it on another thread while the writer keeps typing.

Strings are immutable, so only the containers are copied; this is about ten times faster than
``copy.deepcopy`` on a large report (see tests/benchmarks/bench_html.py), which matters because the copy is
taken on the UI thread.
"""

from __future__ import annotations

from .records import replace
from .report import Attachment, Content, Node, Paragraph, Report, ReviewState, Table, meta_fields


def _content(item: Content) -> Content:
    if isinstance(item, Table):
        return Table([list(row) for row in item.rows], item.header_rows, item.caption)
    return Paragraph(item.text)


def _node(node: Node) -> Node:
    return Node(node.title, [_content(c) for c in node.content], [_node(child) for child in node.children], node.skip)


def snapshot(report: Report) -> Report:
    """An independent copy of ``report``: changing either afterwards leaves the other as it was."""
    lists = {name: list(getattr(report.meta, name)) for name, is_list in meta_fields() if is_list}
    meta = replace(report.meta, **lists)
    comments = [replace(c, replies=[replace(r) for r in c.replies]) for c in report.review.comments]
    review = ReviewState(report.review.status, comments, list(report.review.ignored))
    return replace(
        report,
        meta=meta,
        lead=[_content(c) for c in report.lead],
        nodes=[_node(n) for n in report.nodes],
        closing=[_content(c) for c in report.closing],
        attachments=[Attachment(a.name, [_content(c) for c in a.content]) for a in report.attachments],
        levels=[replace(level) for level in report.levels],
        review=review,
    )
