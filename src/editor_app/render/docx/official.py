"""The official document's own elements in Word (GB/T 9704): 版头, 主送, 纪要 lists, 附注, attachment pages, 版记.

Each is written from its block; the masthead and the imprint take their fields from the block's meta. The
imprint is placed at the foot of an even page from the page estimate of ``paging.py``: on the last page of
the text when that page is even and has room, else on the next page, with an unnumbered blank page before
it when the next page would be odd (7.5: neither the blank page nor such an imprint page carries a number).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...model.inline import Span
from ...model.report import Meta
from ..blocks import Block
from . import styles as st
from .measure import display_width
from .ooxml import Element, el, indent_chars, mm_to_twips, pt_to_twips

PT_PER_MM = 72 / 25.4
THICK, THIN = 8, 6  # 版记 rules in eighths of a point: 0.35 mm and 0.25 mm (7.4.1)


def border(side: str, style: str, eighths: int, color: str = "000000", space: int = 0) -> Element:
    return el(f"w:{side}", {"w:val": style, "w:sz": eighths, "w:space": space, "w:color": color})


def exact(line_pt: float, before_pt: float = 0, after_pt: float = 0) -> Element:
    return el(
        "w:spacing",
        {
            "w:before": pt_to_twips(before_pt),
            "w:after": pt_to_twips(after_pt),
            "w:line": max(pt_to_twips(line_pt), 1),
            "w:lineRule": "exact",
        },
    )


def right_tab(position_twips: int) -> Element:
    return el("w:tabs", {}, el("w:tab", {"w:val": "right", "w:pos": position_twips}))


class OfficialElements:
    """Mixed into BodyWriter, whose ``_paragraph``, ``_runs``, ``profile`` and ``metrics`` it uses."""

    # --- 版头 --------------------------------------------------------------------------------------------

    def masthead_lines(self, meta: Meta) -> int:
        """How many flush-left marks (份号, 密级, 紧急程度) stand above the issuer."""
        return sum(1 for value in (meta.copy_number, meta.secrecy, meta.urgency) if value)

    def _masthead(self, meta: Meta) -> Iterator[Element]:
        spec = self.profile["masthead"]
        line_pt = self.metrics.line_pt
        for value in (meta.copy_number, meta.secrecy, meta.urgency):
            if value:
                yield self._paragraph(st.MARK, self._runs([Span(value)]))
        if meta.issuer and not spec.get("in_header"):
            marks = self.masthead_lines(meta)
            top_mm = spec["top_mm_with_marks"] if marks else spec["top_mm"]
            yield from self.issuer_paragraphs(meta.issuer, max(top_mm * PT_PER_MM - marks * line_pt, 0))
        if meta.document_number or meta.signers:
            yield from self._number_and_signers(meta, spec)
        if meta.issuer and not spec.get("in_header"):
            yield self.red_rule(spec)

    def issuer_size(self, text: str) -> float:
        """The profile's size, smaller when a long office name would not fit on one line."""
        width = display_width(text) or 1
        return min(self.profile["masthead"]["size_pt"], self.metrics.text_width_twips / 20 / width)

    def issuer_paragraphs(self, issuer: list[str], before_pt: float) -> Iterator[Element]:
        """One office centred; a joint issue as the names stacked, spread to one width, the suffix to their right."""
        spec = self.profile["masthead"]
        suffix = spec.get("joint_suffix", "")
        if len(issuer) == 1:
            size = self.issuer_size(issuer[0])
            yield self._paragraph(st.ISSUER, self._sized(issuer[0], size), exact(size * 1.25, before_pt=before_pt))
            return
        widest = max(display_width(name) for name in issuer) + display_width(suffix) + 1
        size = self.issuer_size("国" * int(widest + 0.5))
        yield self._spacer(before_pt)
        yield self._issuer_table(issuer, suffix, size)

    def _issuer_table(self, issuer: list[str], suffix: str, size: float) -> Element:
        names = [
            self._paragraph(st.ISSUER, self._sized(name, size), exact(size * 1.25), el("w:jc", {"w:val": "distribute"}))
            for name in issuer
        ]
        name_width = round((max(display_width(name) for name in issuer) + 0.5) * size * 20)
        suffix_width = round((display_width(suffix) + 1) * size * 20)
        cells = [(name_width, names)]
        if suffix:
            cells.append((suffix_width, [self._paragraph(st.ISSUER, self._sized(suffix, size), exact(size * 1.25))]))
        none = el("w:tblBorders", {}, *(border(side, "nil", 0) for side in ("top", "left", "bottom", "right")))
        table = el(
            "w:tbl",
            {},
            el(
                "w:tblPr",
                {},
                el("w:tblW", {"w:w": sum(w for w, _ in cells), "w:type": "dxa"}),
                el("w:jc", {"w:val": "center"}),
                none,
                el("w:tblLayout", {"w:type": "fixed"}),
                el(
                    "w:tblCellMar",
                    {},
                    el("w:left", {"w:w": 0, "w:type": "dxa"}),
                    el("w:right", {"w:w": 0, "w:type": "dxa"}),
                ),
            ),
            el("w:tblGrid", {}, *(el("w:gridCol", {"w:w": w}) for w, _ in cells)),
        )
        row = el("w:tr")
        for width, paragraphs in cells:
            props = el("w:tcPr", {}, el("w:tcW", {"w:w": width, "w:type": "dxa"}), el("w:vAlign", {"w:val": "center"}))
            row.append(el("w:tc", {}, props, *paragraphs))
        table.append(row)
        return table

    def _sized(self, text: str, size: float) -> list[Element]:
        runs = self._runs([Span(text)])
        half_points = str(round(size * 2))
        for run in runs:
            props = run.find("w:rPr")
            props.extend([el("w:sz", {"w:val": half_points}), el("w:szCs", {"w:val": half_points})])
        return runs

    def _number_and_signers(self, meta: Meta, spec: dict) -> Iterator[Element]:
        """发文字号 centred two lines under the issuer; with 签发人 on the left, one character in, and
        ``签发人：`` with two names a line on the right, one character in (7.2.4, 7.2.5)."""
        body_pt, line_pt = self.metrics.body_pt, self.metrics.line_pt
        ruled = bool(meta.issuer) and not spec.get("in_header")
        before_pt = line_pt * spec.get("number_lines_before", 2) if meta.issuer else 0
        # the title two lines under the last element above it: the rule's spacing, or this line's
        before = exact(line_pt, before_pt, 0 if ruled else 2 * line_pt)
        number = self._runs([Span(meta.document_number)])
        if not meta.signers:
            align = spec.get("number_align", "center")
            ind = indent_chars(body_pt, right=1 if align == "right" else 0)
            yield self._paragraph(st.DOC_NUMBER, number, before, ind, el("w:jc", {"w:val": align}))
            return
        pairs = [meta.signers[i : i + 2] for i in range(0, len(meta.signers), 2)]
        tab = right_tab(self.metrics.text_width_twips - pt_to_twips(body_pt))
        first = [*number, el("w:r", {}, el("w:tab")), *self._runs([Span("签发人：")])]
        first += self._runs([Span("\u3000".join(pairs[0]))], st.SIGNERS)
        yield self._paragraph(
            st.DOC_NUMBER, first, tab, before, indent_chars(body_pt, left=1), el("w:jc", {"w:val": "left"})
        )
        for pair in pairs[1:]:
            runs = self._runs([Span("\u3000".join(pair))], st.SIGNERS)
            yield self._paragraph(st.DOC_NUMBER, runs, indent_chars(body_pt, right=1), el("w:jc", {"w:val": "right"}))

    def red_rule(self, spec: dict) -> Element:
        """The red separator 4 mm under the number, the width of the text area; the title two lines below."""
        line_pt = self.metrics.line_pt
        rule = border("bottom", "single", round(spec.get("rule_pt", 1.5) * 8), spec.get("color", "FF0000"))
        return self._paragraph(
            st.DOC_NUMBER, [], el("w:pBdr", {}, rule), exact(spec["rule_gap_mm"] * PT_PER_MM, after_pt=2 * line_pt)
        )

    def _spacer(self, height_pt: float, *extra: Element) -> Element:
        return self._paragraph(st.DOC_NUMBER, [], *extra, exact(height_pt))

    def masthead_height(self, meta: Meta) -> float:
        """Points the 版头 takes on page one (for the page estimate), as ``_masthead`` writes it."""
        spec, line_pt = self.profile["masthead"], self.metrics.line_pt
        marks = self.masthead_lines(meta)
        height = marks * line_pt
        if meta.issuer and spec.get("in_header"):
            height += self.top_of_letter(spec)
        elif meta.issuer:
            top_mm = spec["top_mm_with_marks"] if marks else spec["top_mm"]
            size = self.issuer_size(meta.issuer[0]) if len(meta.issuer) == 1 else spec["size_pt"]
            height = max(top_mm * PT_PER_MM, height) + len(meta.issuer) * size * 1.25
            height += spec["rule_gap_mm"] * PT_PER_MM + 2 * line_pt
        if meta.document_number or meta.signers:
            ruled = bool(meta.issuer) and not spec.get("in_header")
            before = line_pt * spec.get("number_lines_before", 2) if meta.issuer else 0
            height += before + line_pt * (1 + max(len(meta.signers) - 1, 0) // 2) + (0 if ruled else 2 * line_pt)
        return height

    # --- around the text ----------------------------------------------------------------------------------

    def _recipients(self, block: Block) -> Element:
        spans = block.spans
        if not block.text.rstrip().endswith(("：", ":")):
            spans = (*spans, Span("："))
        return self._paragraph(st.RECIPIENTS, self._runs(spans))

    def _note(self, block: Block) -> Element:
        spans = block.spans
        if not block.text.startswith(("（", "(")):
            spans = (Span("（"), *spans, Span("）"))
        return self._paragraph(st.NOTE, self._runs(spans))

    def _attendance(self, block: Block, first: bool) -> Element:
        """``出席：`` in 黑体 and the names in 仿宋, wrapped lines aligned after the colon (10.3)."""
        label = block.number + "："
        body_pt = self.metrics.body_pt
        start = self.profile["first_line_chars"] + display_width(label)
        ind = indent_chars(body_pt, left=start, hanging=display_width(label))
        extra = [] if first else [exact(self.metrics.line_pt)]
        runs = self._runs([Span(label)], st.ATTENDANCE_LABEL) + self._runs([Span("、".join(block.items))])
        return self._paragraph(st.ATTENDANCE, runs, *extra, ind)

    def _attachment_start(self, block: Block) -> Iterator[Element]:
        """``附件1`` in 黑体 at the top of a new page, the attachment's title centred on the third line."""
        yield self._paragraph(st.ATTACHMENT_LABEL, self._runs([Span(block.number)]), el("w:pageBreakBefore"))
        if block.spans:
            line_pt = self.metrics.line_pt
            title = self.profile["title"]
            spacing = exact(title["line_spacing_pt"], line_pt, line_pt * title.get("lines_after", 1))
            yield self._paragraph(st.TITLE, self._runs(block.spans), spacing)

    # --- 版记 --------------------------------------------------------------------------------------------

    def imprint_rows(self, meta: Meta) -> list[list[Element]]:
        """The 版记's rows: 抄送 (hanging after the colon, ending in 。) and 印发机关 … 印发."""
        spec = self.profile.get("imprint") or {}
        size = spec.get("size_pt", 14)
        rows = []
        if meta.cc:
            text = "抄送：" + "，".join(meta.cc).rstrip("。，") + "。"
            ind = indent_chars(size, left=1 + 3, right=1, hanging=3)
            rows.append([self._paragraph(st.IMPRINT, self._runs([Span(text)]), ind)])
        if spec.get("printed", True) and (meta.printed_by or meta.printed_date):
            tab = right_tab(self.metrics.text_width_twips - pt_to_twips(size))
            date = meta.printed_date + "印发" if meta.printed_date else ""
            runs = [*self._runs([Span(meta.printed_by)]), el("w:r", {}, el("w:tab")), *self._runs([Span(date)])]
            rows.append([self._paragraph(st.IMPRINT, runs, tab, indent_chars(size, left=1))])
        return rows

    def imprint_table(self, meta: Meta) -> Element:
        """The rows in a table the width of the text area: thick rules first and last, thin between."""
        spec = self.profile.get("imprint") or {}
        width = self.metrics.text_width_twips
        if spec.get("rules", True):
            edges = [border("top", "single", THICK), border("bottom", "single", THICK)]
            inner = [border("insideH", "single", THIN)]
        else:
            edges = [border("top", "nil", 0), border("bottom", "nil", 0)]
            inner = [border("insideH", "nil", 0)]
        sides = [border("left", "nil", 0), border("right", "nil", 0), border("insideV", "nil", 0)]
        margins = el(
            "w:tblCellMar",
            {},
            *(el(f"w:{side}", {"w:w": 0, "w:type": "dxa"}) for side in ("top", "left", "bottom", "right")),
        )
        table = el(
            "w:tbl",
            {},
            el(
                "w:tblPr",
                {},
                el("w:tblW", {"w:w": width, "w:type": "dxa"}),
                el("w:jc", {"w:val": "center"}),
                el("w:tblBorders", {}, edges[0], sides[0], edges[1], sides[1], *inner, sides[2]),
                el("w:tblLayout", {"w:type": "fixed"}),
                margins,
            ),
            el("w:tblGrid", {}, el("w:gridCol", {"w:w": width})),
        )
        for paragraphs in self.imprint_rows(meta):
            cell = el("w:tc", {}, el("w:tcPr", {}, el("w:tcW", {"w:w": width, "w:type": "dxa"})), *paragraphs)
            table.append(el("w:tr", {}, el("w:trPr", {}, el("w:cantSplit")), cell))
        return table

    def imprint_height(self, meta: Meta) -> float:
        """Points the 版记 takes: one line per row (the 抄送 row wraps) and its rules."""
        size = (self.profile.get("imprint") or {}).get("size_pt", 14)
        per_line = max(int(self.metrics.text_width_twips / 20 / size) - 5, 1)
        cc_lines = -(-int(display_width("抄送：" + "，".join(meta.cc)) + 1) // per_line) if meta.cc else 0
        return (cc_lines + len(self.imprint_rows(meta)) - (1 if meta.cc else 0)) * self.metrics.line_pt + 3

    def top_of_letter(self, spec: dict) -> float:
        """How far (pt) a letter's masthead in the page header pushes the text down below the top margin."""
        size = spec["size_pt"]
        header_bottom = spec["top_mm"] * PT_PER_MM + size * 1.25 + spec["rule_gap_mm"] * PT_PER_MM + 4
        return max(header_bottom - self.profile["page"]["margins_mm"]["top"] * PT_PER_MM, 0)

    def letter_header(self, meta: Meta) -> list[Element]:
        """A letter's first-page header: the issuer 30 mm from the top and the red double rule (thick over
        thin), 170 mm long, 4 mm under it (10.1)."""
        spec = self.profile["masthead"]
        overhang = mm_to_twips((spec.get("rule_length_mm", 170) - self._text_width_mm()) / 2)
        elements = list(self.issuer_paragraphs(meta.issuer, 0)) if meta.issuer else []
        rule = border("bottom", "thickThinSmallGap", 18, spec.get("color", "FF0000"))
        ind = el("w:ind", {"w:left": -overhang, "w:right": -overhang})
        elements.append(
            self._paragraph(st.DOC_NUMBER, [], el("w:pBdr", {}, rule), exact(spec["rule_gap_mm"] * PT_PER_MM), ind)
        )
        return elements

    def letter_footer(self) -> list[Element]:
        """The letter's lower red double rule (thin over thick), 170 mm long, 20 mm above the bottom of page one."""
        spec = self.profile["masthead"]
        overhang = mm_to_twips((spec.get("rule_length_mm", 170) - self._text_width_mm()) / 2)
        rule = border("bottom", "thinThickSmallGap", 18, spec.get("color", "FF0000"))
        ind = el("w:ind", {"w:left": -overhang, "w:right": -overhang})
        return [self._paragraph(st.DOC_NUMBER, [], el("w:pBdr", {}, rule), exact(2), ind)]

    def _text_width_mm(self) -> float:
        return self.metrics.text_width_twips / 1440 * 25.4
