"""Word comments for the hand-back copy: each spans the runs of the paragraph showing its place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...model.characters import strip_illegal
from ...model.records import record
from .ooxml import Element, el, text_el


@record(frozen=True)
class WordComment:
    """A comment for the hand-back copy: on the paragraph showing ``anchor`` (see model.places)."""

    anchor: str
    text: str
    author: str = ""
    initials: str = ""


def add_comments(
    first: Element | None, shown: Mapping[str, Element], comments: Sequence[WordComment], now: str
) -> Element | None:
    """Mark each comment's range on the paragraph showing its place and return the ``w:comments`` root (None
    without comments). A place the export does not show (an empty detail) gets its comment on ``first``, the
    first paragraph with text."""
    root = el("w:comments")
    for comment in comments:
        paragraph = shown.get(comment.anchor)
        if paragraph is not None and paragraph.tag == "w:tbl":
            paragraph = next(paragraph.iter("w:p"), None)
        if paragraph is None or paragraph.find("w:r") is None:
            paragraph = first
        if paragraph is None:
            continue
        number = len(root)
        _mark_range(paragraph, number)
        text = strip_illegal(comment.text)[0]
        author = strip_illegal(comment.author)[0]
        root.append(_comment(number, text, author, strip_illegal(comment.initials)[0], now))
    return root if len(root) else None


def _mark_range(paragraph: Element, number: int) -> None:
    """The range from the paragraph's first run to its last, and the reference mark after it."""
    runs = [index for index, child in enumerate(paragraph) if child.tag == "w:r"]
    children = paragraph.children
    reference = el(
        "w:r",
        {},
        el("w:rPr", {}, el("w:rStyle", {"w:val": "CommentReference"})),
        el("w:commentReference", {"w:id": number}),
    )
    children[runs[-1] + 1 : runs[-1] + 1] = [el("w:commentRangeEnd", {"w:id": number}), reference]
    children.insert(runs[0], el("w:commentRangeStart", {"w:id": number}))


def _comment(number: int, text: str, author: str, initials: str, now: str) -> Element:
    """One ``w:comment``: a paragraph per line of ``text``, the first opening with Word's annotation mark."""
    comment = el("w:comment", {"w:id": number, "w:author": author, "w:initials": initials, "w:date": now})
    for index, line in enumerate(text.split("\n")):
        paragraph = el("w:p", {}, el("w:pPr", {}, el("w:pStyle", {"w:val": "CommentText"})))
        if index == 0:
            mark = el("w:rPr", {}, el("w:rStyle", {"w:val": "CommentReference"}))
            paragraph.append(el("w:r", {}, mark, el("w:annotationRef")))
        if line:
            run = el("w:r")
            for position, piece in enumerate(line.split("\t")):
                if position:
                    run.append(el("w:tab"))
                if piece:
                    run.append(text_el("w:t", piece))
            paragraph.append(run)
        comment.append(paragraph)
    return comment
