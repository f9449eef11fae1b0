"""The document body: one pass over the block stream, one paragraph (or table) per block, each in its style.

Only what a style cannot say is written as direct formatting: the outline level of a run-in paragraph,
the right indent that places a signature over its date, table widths. Characters XML cannot hold are
dropped and counted, so a stray control character costs a warning, never the export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...model.characters import strip_illegal
from ...model.inline import Span
from ...model.patterns import lazy_pattern
from ...model.report import Meta
from ..blocks import Block, Cells, Kind
from ..info import info_line
from . import styles as st
from .measure import display_width
from .official import OfficialElements
from .ooxml import Element, Leaf, el, indent_chars, text_el, val_leaf
from .paging import text_end
from .profile import Profile
from .title import shape_title

_BREAKS = lazy_pattern(r"(\t|\n)")
_HINT = Leaf("w:rFonts", {"w:hint": "eastAsia"})  # quotes, dashes and ellipses drawn full-width
_BOLD = [val_leaf("w:b"), val_leaf("w:bCs")]
_ITALIC = [val_leaf("w:i"), val_leaf("w:iCs")]
_CENTRED = val_leaf("w:jc", "center")


# schema order of the paragraph properties we write after the style
_PPR_ORDER = ("keepNext", "pageBreakBefore", "pBdr", "tabs", "spacing", "ind", "jc", "outlineLvl", "sectPr")


class BodyWriter(OfficialElements):
    """Turns blocks into ``w:p`` and ``w:tbl`` elements; ``removed`` counts the characters it had to drop.

    ``unnumbered_tail`` says the last section (a blank page and the 版记 page) must carry no page numbers;
    the paragraph ending the text section then holds ``text_section``, the ``w:sectPr`` with the page numbers
    (the caller sets it before writing).
    """

    def __init__(self, profile: Profile, metrics: st.Metrics, signature: str = "", date: str = "") -> None:
        self.profile = profile
        self.metrics = metrics
        self.removed = 0
        self.indents = closing_indents(profile, display_width(signature), display_width(date))
        self.unnumbered_tail = False
        self.text_section = el("w:sectPr")
        self.masthead_pt = 0.0
        self.seen: list[Block] = []
        self.last: Element | None = None  # the last element written

    def elements_of(self, block: Block) -> Iterator[Element]:
        """The elements showing ``block``; the last one written before may still gain keep-with-next."""
        if block.kind in (Kind.SIGNATURE, Kind.DATE) and self.last is not None:
            _keep_with_next(self.last)  # the sign-off never stands alone on a page (GB/T 9704 7.3.5)
        for element in self._block(block):
            self.last = element
            yield element
        self.seen.append(block)

    def finish(self) -> Iterator[Element]:
        """What the text's end needs after the last block."""
        if self.last is not None and self.last.tag == "w:tbl":
            yield self._paragraph(st.BODY, [])  # Word wants a paragraph between a table and the section end

    def _block(self, block: Block) -> Iterator[Element]:
        match block.kind:
            case Kind.TITLE if block.spans:
                yield self._paragraph(st.TITLE, self._runs(self._shaped_title(block.spans)))
            case Kind.SUBTITLE:
                yield self._paragraph(st.SUBTITLE, self._runs(block.spans))
            case Kind.INFO:
                yield from self._info(block.meta)
            case Kind.PARAGRAPH:
                yield self._paragraph(st.BODY, self._runs(block.spans))
            case Kind.HEADING:
                level = self._level(block.level)
                runs = self._runs((Span(block.number), *block.spans))
                yield self._paragraph(st.heading(level), runs)
            case Kind.RUNIN:
                yield self._runin(block)
            case Kind.TABLE:
                if block.spans:
                    yield self._paragraph(st.TABLE_CAPTION, self._runs(block.spans))
                yield self._table(block)
            case Kind.ATTACHMENTS:
                yield from self._attachments(block.items)
            case Kind.SIGNATURE:
                yield self._closing(st.SIGNATURE, block)
            case Kind.DATE:
                yield self._closing(st.DATE, block)
            case Kind.MASTHEAD if block.meta is not None:
                self.masthead_pt = self.masthead_height(block.meta)
                yield from self._masthead(block.meta)
            case Kind.RECIPIENTS:
                yield self._recipients(block)
            case Kind.NOTE:
                yield self._note(block)
            case Kind.ATTENDANCE:
                yield self._attendance(block, first=not self.seen or self.seen[-1].kind is not Kind.ATTENDANCE)
            case Kind.ATTACHMENT:
                yield from self._attachment_start(block)
            case Kind.IMPRINT if block.meta is not None:
                yield from self._imprint(block.meta)

    # --- paragraphs and runs -------------------------------------------------------------------------

    def _level(self, level: int) -> int:
        return max(1, min(level, len(self.profile["levels"])))

    def _paragraph(self, style: str, runs: list[Element], *extra: Element) -> Element:
        extra = tuple(sorted(extra, key=lambda e: _PPR_ORDER.index(e.localname)))
        paragraph = el("w:p", {}, el("w:pPr", {}, val_leaf("w:pStyle", style), *extra))
        paragraph.extend(runs)
        return paragraph

    def clean(self, text: str) -> str:
        cleaned, count = strip_illegal(text)
        self.removed += count
        return cleaned

    def _runs(self, spans: Iterable[Span], char_style: str = "") -> list[Element]:
        runs = []
        for span in spans:
            text = self.clean(span.text)
            if not text:
                continue
            props = [val_leaf("w:rStyle", char_style), _HINT] if char_style else [_HINT]
            if span.bold:
                props += _BOLD
            if span.italic:
                props += _ITALIC
            run = el("w:r", {}, el("w:rPr", {}, *props))
            for piece in _BREAKS.split(text):
                if piece == "\t":
                    run.append(val_leaf("w:tab"))
                elif piece == "\n":
                    run.append(val_leaf("w:br"))
                elif piece:
                    run.append(text_el("w:t", piece))
            runs.append(run)
        return runs

    def _shaped_title(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """A long title broken into a trapezoid (see ``title.py``); a title with mixed styling stays as is."""
        spec = self.profile["title"]
        if len(spans) != 1 or not spec.get("shape", True):
            return spans
        size = self.profile["sizes_pt"]["title"] + self.metrics.condense_twentieths / 20
        per_line = int(self.metrics.text_width_twips / 20 // size)
        span = spans[0]
        return (Span("\n".join(shape_title(span.text, per_line)), span.bold, span.italic),)

    def _runin(self, block: Block) -> Element:
        """A lead sentence in the level's character style opening a body paragraph, which carries the
        level's outline level so the navigation pane lists it."""
        level = self._level(block.level)
        lead = self._runs((Span(block.number), *block.lead), st.runin_lead(level))
        return self._paragraph(st.BODY, lead + self._runs(block.spans), el("w:outlineLvl", {"w:val": level - 1}))

    def _info(self, meta: Meta | None) -> Iterator[Element]:
        line = info_line(meta) if meta is not None and self.profile.get("info_line") else ""
        if line:
            yield self._paragraph(st.INFO, self._runs([Span(line)]))

    def _imprint(self, meta: Meta) -> Iterator[Element]:
        """The 版记 at the foot of an even page (see ``official.py``), from where the text is estimated to end."""
        end = text_end(self.seen, self.profile, self.metrics, self.masthead_pt)
        height = self.imprint_height(meta) + self.metrics.line_pt / 2  # half a line of margin for the estimate
        if end.page % 2 == 0 and end.room >= height:
            yield self._spacer(end.room - height)
        elif end.page % 2:
            yield self._spacer(end.height - height, el("w:pageBreakBefore"))
        else:  # the text fills an even page: a blank page and the 版记 page, both without page numbers
            self.unnumbered_tail = True
            yield self._spacer(1, self.text_section)
            yield self._spacer(1)
            yield self._spacer(end.height - height, el("w:pageBreakBefore"))
        yield self.imprint_table(meta)
        yield self._spacer(1)  # Word wants a paragraph after a table; a full line here would spill onto a new page

    # --- closing elements ----------------------------------------------------------------------------

    def _attachments(self, items: tuple[str, ...]) -> Iterator[Element]:
        """``附件：1.名称``; later names and wrapped lines line up under the first name (GB/T 9704 7.3.4)."""
        body_pt = self.metrics.body_pt
        indent = self.profile["first_line_chars"]
        label = "附件："
        if len(items) == 1:
            start = indent + display_width(label)
            ind = indent_chars(body_pt, left=start, hanging=display_width(label))
            yield self._paragraph(st.ATTACHMENTS, self._runs([Span(label + items[0])]), ind)
            return
        for number, name in enumerate(items, 1):
            marker = f"{number}."
            start = indent + display_width(label) + display_width(marker)
            if number == 1:
                hanging = display_width(label) + display_width(marker)
                style, text = st.ATTACHMENTS, label + marker + name
            else:
                hanging, style, text = display_width(marker), st.BODY, marker + name
            ind = indent_chars(body_pt, left=start, hanging=hanging)
            yield self._paragraph(style, self._runs([Span(text)]), ind)

    def _closing(self, style: str, block: Block) -> Element:
        ind = indent_chars(self.metrics.body_pt, right=self.indents[style])
        return self._paragraph(style, self._runs(block.spans), ind)

    # --- tables --------------------------------------------------------------------------------------

    def _table(self, block: Block) -> Element:
        columns = max((len(row) for row in block.rows), default=1) or 1
        char_twips = round(self.profile["sizes_pt"]["table"] * 20)
        widths = column_widths(block.rows, columns, self.metrics.text_width_twips, char_twips)
        table = el(
            "w:tbl",
            {},
            el(
                "w:tblPr",
                {},
                el("w:tblStyle", {"w:val": st.TABLE}),
                el("w:tblW", {"w:w": sum(widths), "w:type": "dxa"}),
                el("w:tblLayout", {"w:type": "fixed"}),
                el("w:tblLook", {"w:val": "04A0", "w:firstRow": 1, "w:firstColumn": 0, "w:noHBand": 1, "w:noVBand": 1}),
            ),
            el("w:tblGrid", {}, *(el("w:gridCol", {"w:w": w}) for w in widths)),
        )
        for index, row in enumerate(block.rows):
            header = index < block.header_rows
            row_props = [val_leaf("w:cantSplit")] + ([val_leaf("w:tblHeader")] if header else [])
            tr = el("w:tr", {}, el("w:trPr", {}, *row_props))
            for column in range(columns):
                spans = row[column] if column < len(row) else ()
                if header:
                    spans = tuple(Span(s.text, True, s.italic) for s in spans)
                jc = [_CENTRED] if header else []
                tr.append(
                    el(
                        "w:tc",
                        {},
                        el(
                            "w:tcPr",
                            {},
                            el("w:tcW", {"w:w": widths[column], "w:type": "dxa"}),
                            val_leaf("w:vAlign", "center"),
                        ),
                        self._paragraph(st.TABLE_TEXT, self._runs(spans), *jc),
                    )
                )
            table.append(tr)
        return table


def _keep_with_next(element: Element) -> None:
    """Keep a paragraph (a table's last row) on the page of what follows it."""
    if element.tag == "w:tbl":
        rows = element.findall("w:tr")
        paragraphs = rows[-1].iter("w:p") if rows else []
    else:
        paragraphs = [element]
    for paragraph in paragraphs:
        properties = paragraph.find("w:pPr")
        if properties is None:
            properties = el("w:pPr")
            paragraph.insert(0, properties)
        if properties.find("w:keepNext") is None:
            style = properties.find("w:pStyle")
            properties.insert(0 if style is None else 1, el("w:keepNext"))


def closing_indents(profile: Profile, signature: float, date: float) -> dict[str, float]:
    """Right indents (in characters) of signature and date, after GB/T 9704 7.3.5.3: the signature two
    characters in from the right, the date on the next line starting two characters right of the
    signature's first character; a date too long for that goes two characters in from the right and
    pushes the signature left to keep the offset."""
    rules = profile.get("closing") or {}
    edge, shift = rules.get("right_chars", 2), rules.get("date_shift_chars", 2)
    if not signature or not date:
        return {st.SIGNATURE: edge, st.DATE: edge}
    if date + shift <= signature:
        return {st.SIGNATURE: edge, st.DATE: edge + signature - shift - date}
    return {st.DATE: edge, st.SIGNATURE: edge + date + shift - signature}


_UNBREAKABLE = lazy_pattern(r"[\x21-\x7e]+")
CELL_MARGINS = 2 * 108  # Word's default left and right cell margins (twips), which the text cannot use


def column_widths(rows: Cells, columns: int, total: int, char_twips: int) -> list[int]:
    """Twips per column: each column first gets room for its longest unbreakable piece (a figure such as
    ``101.8%`` must not wrap), the rest is shared in proportion to each column's longest text."""
    need = [2.0] * columns  # at least two characters
    longest = [1.0] * columns
    for row in rows:
        for column, spans in enumerate(row):
            text = "".join(s.text for s in spans)
            # 0.6 em per Latin character: digits in Times New Roman are 0.5 em, in common substitutes wider
            piece = max((len(p) * 0.6 for p in _UNBREAKABLE.findall(text)), default=0)
            width = display_width(text)
            need[column] = max(need[column], max(piece, min(width, 4)) + 1)
            longest[column] = max(longest[column], min(width, 24))
    base = [round(n * char_twips) + CELL_MARGINS for n in need]
    if sum(base) >= total:
        widths = [total * b // sum(base) for b in base]
    else:
        extra = [max(length - n, 0) for length, n in zip(longest, need, strict=True)]
        spare = total - sum(base)
        weight = sum(extra) or columns
        widths = [b + int(spare * (e if sum(extra) else 1) / weight) for b, e in zip(base, extra, strict=True)]
    widths[-1] += total - sum(widths)
    return widths
