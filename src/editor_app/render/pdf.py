"""PDF in the official layout, made without an office suite: the block stream as Typst markup, compiled by the
``typst`` package (fonts embedded and subset, text selectable).

The page, grid, sizes, fonts and closing rules come from the same Word profile as the .docx, so the two agree:
lines of 28 body characters at a fixed 28 pt pitch, the same title breaks, the same indents. Typst knows where
a page ends, so the 版记 goes exactly to the foot of an even page: on the last page of the text when that is
even and has room, else on the next page, with an unnumbered blank page before it when that would be odd (7.5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import typst

from ..model.characters import strip_illegal
from ..model.inline import Span, plain, styled
from ..model.records import field, record
from ..model.report import Meta, Report
from .blocks import Block, Kind, to_blocks
from .docx.body import closing_indents, column_widths
from .docx.layout import page_metrics
from .docx.measure import display_width
from .docx.profile import Profile, resolve_fonts
from .docx.title import shape_title
from .info import info_line


@record
class PdfOutput:
    data: bytes
    warnings: list[str] = field(default_factory=list)


def _string(text: str) -> str:
    """A Typst string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "") + '"'


def _content(spans: Iterable[Span]) -> str:
    """Spans as a Typst content block; every embedded expression ends in ``;`` so no text can continue it."""
    return "[" + "".join(f"#{e};" for e in styled(spans, _string, "emph({})".format, "strong({})".format)) + "]"


def _text(text: str) -> str:
    return _content([Span(text)])


def _fonts(names: list[str], first: str = "") -> str:
    """A Typst font list: ``first`` (a font dict), then the names in order of preference, glyph by glyph."""
    return "(" + ", ".join(([first] if first else []) + [_string(name) for name in names]) + ",)"


class TypstWriter:
    """Blocks → Typst source, one function per kind of block."""

    def __init__(self, profile: Profile, fonts: Mapping[str, str], signature: str, date: str) -> None:
        self.profile = profile
        self.metrics, _, _ = page_metrics(profile)
        choices = profile.font_choices
        latin = f'(name: {_string(fonts["latin"])}, covers: "latin-in-cjk")'  # digits and Latin, as Word's ascii font
        self.fonts = {
            role: _fonts(list(dict.fromkeys([fonts[role], *choices[role]])), latin if role != "latin" else "")
            for role in choices
        }
        self.indents = closing_indents(profile, display_width(signature), display_width(date))
        self.line = self.metrics.line_pt
        self.body_pt = self.metrics.body_pt
        self.shown_attendance = False

    def document(self, blocks: list[Block]) -> str:
        out = [self._setup()]
        for block in blocks:
            out.append(self._block(block))
            self.shown_attendance = block.kind is Kind.ATTENDANCE
        return "\n".join(part for part in out if part) + "\n"

    # --- page and text -----------------------------------------------------------------------------------

    def _setup(self) -> str:
        page, margins = self.profile["page"], self.profile["page"]["margins_mm"]
        number = self.profile["page_number"]
        before, _, after = number["format"].partition("{page}")
        size = self.profile["sizes_pt"]["page_number"]
        outer = number.get("outer_chars", 1)
        first = "true" if number.get("first_page", True) else "false"
        tracking = self.metrics.condense_twentieths / 20
        below = page["margins_mm"]["bottom"] - page["footer_mm"]
        return f"""#let unnumbered = state("unnumbered", ())
#set document(title: none)
#set page(
  width: {page["width_mm"]}mm, height: {page["height_mm"]}mm,
  margin: (top: {margins["top"]}mm, bottom: {margins["bottom"]}mm,
    left: {margins["left"]}mm, right: {margins["right"]}mm),
  footer-descent: {below}mm,
  footer: context {{
    let n = here().page()
    let skip = query(<unnumbered>).map(m => m.location().page())
    if not (skip.contains(n) or (n == 1 and not {first})) {{
      set text(font: {self.fonts[number["font"]]}, size: {size}pt, top-edge: 0.8em, bottom-edge: -0.2em)
      let label = [#{_string(before)};#counter(page).display();#{_string(after)};]
      if calc.odd(n) {{ align(right, pad(right: {outer}em, label)) }}
      else {{ align(left, pad(left: {outer}em, label)) }}
    }}
  }},
)
#set text(font: {self.fonts["body"]}, size: {self.body_pt}pt, lang: "zh", region: "cn", top-edge: 0.85em,
  bottom-edge: -0.15em, tracking: {tracking}pt, cjk-latin-spacing: none, hyphenate: false)
#set par(leading: {self.line - self.body_pt}pt, spacing: {self.line - self.body_pt}pt, justify: true,
  linebreaks: "simple", first-line-indent: (amount: {self.profile["first_line_chars"]}em, all: true))
#show strong: set text(weight: "bold")"""

    def _par(self, content: str, *, indent: bool = True, **options: str) -> str:
        settings = dict(options)
        if not indent:
            settings["first-line-indent"] = "0pt"
        args = ", ".join(f"{key}: {value}" for key, value in settings.items())
        return f"#par({args}){content}" if args else f"#par{content}"

    def _hanging(self, chars: float, content: str) -> str:
        """A paragraph whose wrapped lines start ``chars`` characters in (lists after a label)."""
        return f"par(first-line-indent: 0pt, hanging-indent: {chars}em, {content})"

    def _font(self, role: str, content: str, extra: str = "") -> str:
        return f"#text(font: {self.fonts[role]}{extra}){content};"

    def _space(self, lines: float) -> str:
        # a blank line of the grid: with the paragraph spacing kept, the next line starts one pitch lower
        return f"#v({lines * self.line}pt)" if lines else ""

    # --- blocks ------------------------------------------------------------------------------------------

    def _block(self, block: Block) -> str:
        match block.kind:
            case Kind.MASTHEAD if block.meta is not None:
                return self._masthead(block.meta)
            case Kind.TITLE if block.spans:
                return self._title(block.spans)
            case Kind.SUBTITLE:
                role = (self.profile.get("subtitle") or {}).get("font", "level2")
                return f"#align(center, {self._font(role, _content(block.spans)).lstrip('#').rstrip(';')})"
            case Kind.INFO if block.meta is not None and self.profile.get("info_line"):
                line = info_line(block.meta)
                role = self.profile["info_line"].get("font", "level2")
                size = self.profile["sizes_pt"].get("info", self.body_pt)
                text = self._font(role, _text(line), f", size: {size}pt").lstrip("#").rstrip(";")
                return f"#align(center, {text})" if line else ""
            case Kind.RECIPIENTS:
                text = block.text.rstrip()
                colon = () if text.endswith(("：", ":")) else (Span("："),)
                return self._par(_content((*block.spans, *colon)), indent=False)
            case Kind.PARAGRAPH:
                return self._par(_content(block.spans))
            case Kind.HEADING:
                role = self.profile["levels"][min(block.level, len(self.profile["levels"])) - 1]
                weight = ', weight: "bold"' if role.get("bold") else ""
                title = self._font(role["font"], _content((Span(block.number), *block.spans)), weight)
                return self._par("[" + title + "]")
            case Kind.RUNIN:
                role = self.profile["runin"][min(block.level, len(self.profile["runin"])) - 1]
                weight = ', weight: "bold"' if role.get("bold") else ""
                lead = self._font(role["font"], _content((Span(block.number), *block.lead)), weight)
                return self._par("[" + lead + _content(block.spans)[1:-1] + "]")
            case Kind.TABLE:
                return self._table(block)
            case Kind.ATTACHMENTS:
                return self._attachments(block.items)
            case Kind.ATTENDANCE:
                label = block.number + "："
                lead = "" if self.shown_attendance else self._space(1)
                names = self._font("level1", _text(label)) + _text("、".join(block.items))[1:-1]
                indent = self.profile["first_line_chars"]
                hanging = display_width(label)
                return f"{lead}\n#pad(left: {indent}em, {self._hanging(hanging, '[' + names + ']')})"
            case Kind.SIGNATURE | Kind.DATE:
                style = "GwSignature" if block.kind is Kind.SIGNATURE else "GwDate"
                before = (
                    self._space((self.profile.get("closing") or {}).get("lines_before", 1))
                    if style == "GwSignature"
                    else ""
                )
                right = self.indents[style]
                return f"{before}\n#align(right, pad(right: {right}em, {_content(block.spans)}))"
            case Kind.NOTE:
                spans = block.spans if block.text.startswith(("（", "(")) else (Span("（"), *block.spans, Span("）"))
                return self._par(_content(spans))
            case Kind.ATTACHMENT:
                return self._attachment_start(block)
            case Kind.IMPRINT if block.meta is not None:
                return self._imprint(block.meta)
        return ""

    def _title(self, spans: tuple[Span, ...], lines_before: float = 0) -> str:
        spec = self.profile["title"]
        size = self.profile["sizes_pt"]["title"]
        text = "".join(span.text for span in spans)
        if len(spans) == 1 and spec.get("shape", True):
            per_line = int(self.metrics.text_width_twips / 20 // (size + self.metrics.condense_twentieths / 20))
            spans = (Span("\n".join(shape_title(text, per_line)), spans[0].bold, spans[0].italic),)
        leading = spec["line_spacing_pt"] - size
        title = self._font(spec["font"], _content(spans), f", size: {size}pt").lstrip("#").rstrip(";")
        after = self._space(spec.get("lines_after", 1))
        shaped = f"par(leading: {leading}pt, first-line-indent: 0pt, justify: false, {title})"
        return f"{self._space(lines_before)}\n#align(center, {shaped})\n{after}"

    def _table(self, block: Block) -> str:
        columns = max((len(row) for row in block.rows), default=1) or 1
        size = self.profile["sizes_pt"]["table"]
        widths = column_widths(block.rows, columns, self.metrics.text_width_twips, round(size * 20))
        cells = []
        for index, row in enumerate(block.rows):
            padded = list(row) + [()] * (columns - len(row))
            rendered = [
                f"[{self._font('body', _content(Span(s.text, True, s.italic) for s in cell))}]"
                if index < block.header_rows
                else _content(cell)
                for cell in padded
            ]
            line = ", ".join(rendered)
            cells.append(f"table.header({line})," if index < block.header_rows else f"{line},")
        caption = ""
        if block.spans:
            caption = f"#align(center, {self._font('level1', _content(block.spans)).lstrip('#').rstrip(';')})\n"
        return (
            f'{caption}#block(width: 100%)[#set text(size: {size}pt, top-edge: "cap-height", bottom-edge: "baseline")\n'
            f"#set par(leading: 0.5em, first-line-indent: 0pt, justify: false)\n"
            f"#table(columns: ({', '.join(f'{w / 20}pt' for w in widths)}), stroke: 0.5pt, inset: (x: 5pt, y: 4pt),"
            f" align: left + horizon, {' '.join(cells)})]"
        )

    def _attachments(self, items: tuple[str, ...]) -> str:
        """``附件：1.名称``; later names and wrapped lines under the first name (7.3.4)."""
        indent = self.profile["first_line_chars"]
        label = "附件："
        out = [self._space((self.profile.get("closing") or {}).get("lines_before", 1))]
        if len(items) == 1:
            hanging = display_width(label)
            out.append(f"#pad(left: {indent}em, {self._hanging(hanging, _text(label + items[0]))})")
            return "\n".join(out)
        for number, name in enumerate(items, 1):
            marker = f"{number}."
            if number == 1:
                left, hanging, text = indent, display_width(label) + display_width(marker), label + marker + name
            else:
                left, hanging, text = indent + display_width(label), display_width(marker), marker + name
            out.append(f"#pad(left: {left}em, {self._hanging(hanging, _text(text))})")
        return "\n".join(out)

    def _attachment_start(self, block: Block) -> str:
        label = self._par("[" + self._font("level1", _text(block.number)) + "]", indent=False)
        title = self._title(block.spans, lines_before=1) if block.spans else ""
        return f"#pagebreak(weak: true)\n{label}\n{title}"

    # --- 版头 --------------------------------------------------------------------------------------------

    def _masthead(self, meta: Meta) -> str:
        spec = self.profile["masthead"]
        red = f'rgb("#{spec.get("color", "FF0000")}")'
        out = []
        marks = [value for value in (meta.copy_number, meta.secrecy, meta.urgency) if value]
        for value in marks:
            out.append(self._par("[" + self._font("level1", _text(value)) + "]", indent=False))
        if meta.issuer:
            issuer = self._issuer(meta.issuer, spec, red)
            if spec.get("in_header"):
                out.append(self._letter_rules(issuer, spec, red))
            else:
                top = spec["top_mm_with_marks"] if marks else spec["top_mm"]
                out.append(f"#v({top}mm - {len(marks) * self.line}pt, weak: false)")
                out.append(issuer)
        if meta.document_number or meta.signers:
            out.append(self._number(meta, spec))
        if meta.issuer and not spec.get("in_header"):
            rule = f"#line(length: 100%, stroke: {spec.get('rule_pt', 1.5)}pt + {red})"
            out.append(f"#v(4mm, weak: true)\n{rule}\n{self._space(2)}")
        elif meta.document_number or meta.signers:
            out.append(self._space(2))
        return "\n".join(out)

    def _issuer(self, issuer: list[str], spec: dict, red: str) -> str:
        width_pt = self.metrics.text_width_twips / 20
        suffix = spec.get("joint_suffix", "") if len(issuer) > 1 else ""
        widest = max(display_width(name) for name in issuer)
        size = min(spec["size_pt"], width_pt / max(widest + (display_width(suffix) + 1 if suffix else 0), 1))
        font = f"font: {self.fonts[spec.get('font', 'title')]}, size: {size}pt, fill: {red}"
        font += ", top-edge: 1.05em, bottom-edge: -0.2em"  # a line of 1.25 × the size, as in the Word file
        if len(issuer) == 1:
            return f"#align(center, text({font}, {_text(issuer[0])}))"
        names = []
        for name in issuer:
            count = len(name)
            spread = (widest - display_width(name)) * size / (count - 1) if count > 1 else 0
            names.append(f"text(tracking: {spread}pt, {_text(name)})")
        stack = f"stack(spacing: {size * 0.25}pt, {', '.join(names)})"
        grid = f"grid(columns: 2, column-gutter: {size * 0.5}pt, align: horizon, {stack}, {_text(suffix)})"
        return f"#align(center, text({font}, {grid}))"

    def _number(self, meta: Meta, spec: dict) -> str:
        before = self._space(spec.get("number_lines_before", 2)) if meta.issuer and not spec.get("in_header") else ""
        number = _text(meta.document_number)
        if not meta.signers:
            align = spec.get("number_align", "center")
            body = f"pad(right: 1em, {number})" if align == "right" else number
            return f"{before}\n#align({align}, {body})"
        pairs = ["\u3000".join(meta.signers[i : i + 2]) for i in range(0, len(meta.signers), 2)]
        names = " + linebreak() + ".join(f"text(font: {self.fonts['level2']}, {_text(pair)})" for pair in pairs)
        right = f"align(right, pad(right: 1em, grid(columns: 2, {_text('签发人：')}, align(right, {names}))))"
        return f"{before}\n#grid(columns: (1fr, auto), pad(left: 1em, {number}), {right})"

    def _letter_rules(self, issuer: str, spec: dict, red: str) -> str:
        """A letter: the issuer 30 mm from the top of the page, red double rules (thick over thin under it, thin
        over thick 20 mm above the bottom), 170 mm long; the text starts under them (10.1)."""
        margins = self.profile["page"]["margins_mm"]
        length = spec.get("rule_length_mm", 170)
        dx = -(length - (self.profile["page"]["width_mm"] - margins["left"] - margins["right"])) / 2
        thick, thin = (f"line(length: {length}mm, stroke: {width}pt + {red})" for width in (2, 0.5))
        double_top = f"stack(spacing: 1pt, {thick}, {thin})"
        double_bottom = f"stack(spacing: 1pt, {thin}, {thick})"
        top = spec["top_mm"] - margins["top"]
        bottom = margins["bottom"] - spec.get("bottom_rule_mm", 20)
        header = f"stack(spacing: {spec['rule_gap_mm']}mm, {issuer.removeprefix('#')}, move(dx: {dx}mm, {double_top}))"
        return (
            f"#place(top + left, dy: {top}mm, float: false, block(width: 100%, {header}))\n"
            f"#place(bottom + left, dx: {dx}mm, dy: {bottom}mm, {double_bottom})\n"
            f"#v({top}mm + {spec['size_pt'] * 1.3}pt + {spec['rule_gap_mm']}mm + 8pt, weak: false)"
        )

    # --- 版记 --------------------------------------------------------------------------------------------

    def _imprint(self, meta: Meta) -> str:
        """The 版记 at the foot of an even page, decided where the text really ends."""
        spec = self.profile.get("imprint") or {}
        size = spec.get("size_pt", 14)
        ruled = spec.get("rules", True)
        rows = []
        if meta.cc:
            text = "抄送：" + "，".join(meta.cc).rstrip("。，") + "。"
            rows.append(f"pad(x: 1em, {self._hanging(3, _text(text))})")
        if spec.get("printed", True) and (meta.printed_by or meta.printed_date):
            date = meta.printed_date + "印发" if meta.printed_date else ""
            rows.append(f"pad(x: 1em, grid(columns: (1fr, auto), {_text(meta.printed_by)}, {_text(date)}))")
        thick, thin = (
            ("line(length: 100%, stroke: 0.35mm)", "line(length: 100%, stroke: 0.25mm)") if ruled else ("", "")
        )
        parts = [thick] + [f"{thin}, " * bool(i and ruled) + row for i, row in enumerate(rows)] + [thick]
        body = ", ".join(p for p in parts if p)
        # where the text ends is read from a marker before the decision, which its own page breaks cannot move
        return f"""#metadata(none) <text-end>
#context {{
  let imprint = block(width: 100%, {{
    set text(size: {size}pt)
    set par(justify: false)
    stack(spacing: {(self.line - size) / 2}pt, {body})
  }})
  let at = locate(<text-end>).position()
  let room = {self.profile["page"]["height_mm"]}mm - {self.profile["page"]["margins_mm"]["bottom"]}mm - at.y
  let height = measure(imprint, width: {self.metrics.text_width_twips / 20}pt).height
  if calc.odd(at.page) {{
    pagebreak()
  }} else if room < height + {self.line / 2}pt {{
    pagebreak()
    [#metadata(none) <unnumbered>]
    pagebreak()
    [#metadata(none) <unnumbered>]
  }}
  place(bottom, imprint)
}}"""


def render_pdf(
    report: Report, profile: Profile, fonts: Mapping[str, str] | None = None, blocks: list[Block] | None = None
) -> PdfOutput:
    """The report as PDF bytes in the profile's official layout; ``fonts`` maps roles to installed fonts."""
    font_map, warnings = resolve_fonts(profile, fonts)
    blocks = to_blocks(report) if blocks is None else blocks
    source = TypstWriter(profile, font_map, plain(report.signature), plain(report.date)).document(blocks)
    source, dropped = strip_illegal(source)  # lone surrogates from an old paste cannot reach the compiler
    if dropped:
        warnings.append(f"文中有 {dropped} 个无法写入文件的字符（控制字符或残缺的字符），已在 PDF 中略去")
    return PdfOutput(typst.compile(source.encode("utf-8")), warnings)


def typst_source(report: Report, profile: Profile, fonts: Mapping[str, str] | None = None) -> str:
    """The Typst markup ``render_pdf`` compiles (for looking at, and for tests)."""
    font_map, _ = resolve_fonts(profile, fonts)
    return TypstWriter(profile, font_map, plain(report.signature), plain(report.date)).document(to_blocks(report))
