"""Hypothesis strategies for reports: arbitrary Unicode, deep trees, every level scheme."""

from __future__ import annotations

from hypothesis import strategies as st

from editor_app.model.numbering import MARKERS
from editor_app.model.report import (
    Attachment,
    Comment,
    LevelStyle,
    Meta,
    Node,
    Paragraph,
    Placement,
    Report,
    ReviewState,
    Table,
)

any_text = st.text(max_size=40)
levels = st.builds(LevelStyle, st.booleans(), st.sampled_from(MARKERS), st.sampled_from(list(Placement)), st.booleans())


def contents(text=any_text):
    table = st.builds(
        Table,
        st.lists(st.lists(text, min_size=1, max_size=3), max_size=3),
        st.integers(0, 2),
        text,
    )
    return st.lists(st.one_of(st.builds(Paragraph, text), table), max_size=3)


def node_trees(text=any_text, depth: int = 4):
    """Sibling lists that fit in ``depth`` levels; a node may skip levels (``Node.skip``). Siblings that skip
    come before those that do not, the one order Markdown can say (docs/markdown-format.md)."""

    def node(skip: int):
        room = depth - 1 - skip
        children = node_trees(text, room) if room else st.builds(list)  # a new list: tests add sections to it
        return st.builds(Node, text, contents(text), children, st.just(skip))

    choices = [node(0), node(0), node(0), *(node(skip) for skip in range(1, depth))]
    return st.lists(st.one_of(*choices), max_size=3).map(lambda nodes: sorted(nodes, key=lambda n: -n.skip))


def reports(text=any_text, with_review: bool = True):
    meta = st.builds(
        Meta,
        title=text,
        subtitle=text,
        column=st.lists(text, max_size=3),
        source=text,
        author=text,
        published=text,
        keywords=st.lists(text, max_size=3),
        summary=text,
        document_number=text,
        issuer=st.lists(text, max_size=2),
        signers=st.lists(text, max_size=2),
        copy_number=text,
        secrecy=text,
        urgency=text,
        recipients=text,
        note=text,
        cc=st.lists(text, max_size=3),
        printed_by=text,
        printed_date=text,
        present=st.lists(text, max_size=2),
    )
    review = (
        st.builds(ReviewState, st.sampled_from(["draft", "in_review", "approved"]), st.lists(st.builds(Comment, text)))
        if with_review
        else st.builds(ReviewState)  # a new one each time: a test may change the report it is given
    )
    return st.builds(
        Report,
        meta=meta,
        lead=contents(text),
        nodes=node_trees(text),
        closing=contents(text),
        signature=text,
        date=text,
        attachments=st.lists(st.builds(Attachment, text, contents(text)), max_size=3),
        levels=st.lists(levels, min_size=1, max_size=4),
        template=text,
        layout=text,
        review=review,
    )
