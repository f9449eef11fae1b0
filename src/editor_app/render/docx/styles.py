"""The named styles of the exported document, built from the profile and the font mapping.

The styles part is written from scratch (python-docx's template has a Japanese theme font and dozens of
styles we do not use). Headings are Word's built-in ``heading 1``–``heading 4`` with outline levels, so
Word's navigation pane, WPS and LibreOffice's navigator show the structure and a table of contents works;
the rest carry Chinese names an office recognises when it restyles the result. No style refers to a theme
font, so the names we write are the fonts Word asks for.
"""

from __future__ import annotations

from ...model.records import record
from .ooxml import Element, el, exact_spacing, fonts_el, indent_chars, lang_el, pt_to_twips, size_els
from .profile import Profile

BODY = "GwBody"
TITLE = "Title"
SUBTITLE = "Subtitle"
INFO = "GwInfo"
SIGNATURE = "GwSignature"
DATE = "GwDate"
ATTACHMENTS = "GwAttachments"
TABLE_TEXT = "GwTableText"
TABLE_CAPTION = "GwTableCaption"
TABLE = "GwTable"
FOOTER = "Footer"
# the official document's own elements (official.py)
MARK = "GwMark"  # 份号, 密级, 紧急程度
ISSUER = "GwIssuer"  # 发文机关标志
DOC_NUMBER = "GwDocNumber"  # 发文字号 (and 签发人)
SIGNERS = "GwSigners"  # character style: the names after 签发人：
RECIPIENTS = "GwRecipients"
NOTE = "GwNote"
ATTENDANCE = "GwAttendance"
ATTENDANCE_LABEL = "GwAttendanceLabel"  # character style: 出席：
ATTACHMENT_LABEL = "GwAttachmentLabel"  # 附件1 on an attachment's first page
IMPRINT = "GwImprint"  # 版记


def heading(level: int) -> str:
    return f"Heading{level}"


def runin_lead(level: int) -> str:
    return f"GwRunIn{level}"


@record(frozen=True)
class Metrics:
    """The numbers every part agrees on: body size, line pitch, and how wide a line is."""

    body_pt: float
    line_pt: float
    text_width_twips: int
    condense_twentieths: int = 0  # character spacing (negative: condensed) that fits the grid's characters


def _rpr(fonts: dict[str, str], role: str, size_pt: float, *, bold: bool = False, latin_role: str = "latin"):
    return el(
        "w:rPr",
        {},
        fonts_el(fonts[role], fonts[latin_role]),
        el("w:b", {"w:val": int(bold)}),
        el("w:bCs", {"w:val": int(bold)}),
        el("w:i", {"w:val": 0}),
        el("w:color", {"w:val": "000000"}),
        *size_els(size_pt),
        lang_el(),
    )


def _style(
    kind: str,
    style_id: str,
    name: str,
    *parts: Element,
    based_on: str = "",
    nxt: str = "",
    default: bool = False,
) -> Element:
    children = [el("w:name", {"w:val": name})]
    if based_on:
        children.append(el("w:basedOn", {"w:val": based_on}))
    if nxt:
        children.append(el("w:next", {"w:val": nxt}))
    children.append(el("w:qFormat"))
    attrs: dict[str, str | int] = {"w:type": kind, "w:styleId": style_id}
    if default:
        attrs["w:default"] = 1
    return el("w:style", attrs, *children, *parts)


def _ppr(*children: Element) -> Element:
    # schema order inside pPr: keepNext, widowControl, spacing, ind, jc, outlineLvl
    order = [
        "keepNext",
        "widowControl",
        "autoSpaceDE",
        "autoSpaceDN",
        "snapToGrid",
        "spacing",
        "ind",
        "jc",
        "outlineLvl",
    ]
    return el("w:pPr", {}, *sorted(children, key=lambda c: order.index(c.localname)))


def _jc(value: str) -> Element:
    return el("w:jc", {"w:val": value})


def build_styles(profile: Profile, fonts: dict[str, str], metrics: Metrics) -> Element:
    """The complete ``w:styles`` element."""
    sizes = profile["sizes_pt"]
    body_pt, line_pt = metrics.body_pt, metrics.line_pt
    indent = profile["first_line_chars"]
    closing = profile.get("closing") or {}
    before_closing = line_pt * closing.get("lines_before", 1)
    title = profile["title"]
    info = profile.get("info_line") or {"font": "level2"}
    subtitle = profile.get("subtitle") or {"font": "level2"}
    no_indent = indent_chars(body_pt)
    spacing = [el("w:spacing", {"w:val": metrics.condense_twentieths})] if metrics.condense_twentieths else []

    doc_defaults = el(
        "w:docDefaults",
        {},
        el(
            "w:rPrDefault",
            {},
            el("w:rPr", {}, fonts_el(fonts["body"], fonts["latin"]), *spacing, *size_els(body_pt), lang_el()),
        ),
        el("w:pPrDefault", {}, el("w:pPr")),
    )
    styles = [
        _style(
            "paragraph",
            "Normal",
            "Normal",
            # Widow control off: an official page is always full, 22 lines, never 21 to keep two together.
            _ppr(
                el("w:widowControl", {"w:val": 0}),
                # no extra space between Chinese and Latin/digits: it would break the 28-character grid
                el("w:autoSpaceDE", {"w:val": 0}),
                el("w:autoSpaceDN", {"w:val": 0}),
                # the line pitch is the profile's fixed spacing, not the grid's (LibreOffice would snap to it)
                el("w:snapToGrid", {"w:val": 0}),
                exact_spacing(line_pt),
                _jc("both"),
                no_indent,
            ),
            _rpr(fonts, "body", body_pt),
            default=True,
        ),
        _style("paragraph", BODY, "公文正文", _ppr(indent_chars(body_pt, first=indent)), based_on="Normal", nxt=BODY),
        _style(
            "paragraph",
            TITLE,
            "Title",
            _ppr(
                exact_spacing(title["line_spacing_pt"], after_pt=line_pt * title.get("lines_after", 1)),
                _jc("center"),
                indent_chars(sizes["title"]),
            ),
            _rpr(fonts, title["font"], sizes["title"]),
            based_on="Normal",
            nxt=BODY,
        ),
        _style(
            "paragraph",
            SUBTITLE,
            "Subtitle",
            _ppr(_jc("center"), no_indent),
            _rpr(fonts, subtitle["font"], sizes.get("subtitle", body_pt)),
            based_on="Normal",
            nxt=BODY,
        ),
        _style(
            "paragraph",
            INFO,
            "信息行",
            _ppr(exact_spacing(line_pt, after_pt=line_pt * info.get("lines_after", 0)), _jc("center"), no_indent),
            _rpr(fonts, info["font"], sizes.get("info", body_pt)),
            based_on="Normal",
            nxt=BODY,
        ),
    ]
    for level, spec in enumerate(profile["levels"], 1):
        styles.append(
            _style(
                "paragraph",
                heading(level),
                f"heading {level}",
                _ppr(el("w:keepNext"), el("w:outlineLvl", {"w:val": level - 1})),
                _rpr(fonts, spec["font"], body_pt, bold=spec.get("bold", False)),
                based_on=BODY,
                nxt=BODY,
            )
        )
    for level, spec in enumerate(profile["runin"], 1):
        styles.append(
            _style(
                "character",
                runin_lead(level),
                f"段首{'一二三四'[level - 1]}级标题",
                el(
                    "w:rPr",
                    {},
                    fonts_el(fonts[spec["font"]], fonts["latin"]),
                    el("w:b", {"w:val": int(spec.get("bold", False))}),
                    el("w:bCs", {"w:val": int(spec.get("bold", False))}),
                ),
            )
        )
    styles += [
        _style(
            "paragraph",
            ATTACHMENTS,
            "附件说明",
            _ppr(exact_spacing(line_pt, before_pt=before_closing)),
            based_on=BODY,
            nxt=BODY,
        ),
        _style(
            "paragraph",
            SIGNATURE,
            "发文机关署名",
            _ppr(exact_spacing(line_pt, before_pt=before_closing), _jc("right"), no_indent),
            based_on="Normal",
            nxt=DATE,
        ),
        _style("paragraph", DATE, "成文日期", _ppr(_jc("right"), no_indent), based_on="Normal", nxt=BODY),
        _style(
            "paragraph",
            TABLE_CAPTION,
            "表格标题",
            _ppr(el("w:keepNext"), _jc("center"), no_indent),
            _rpr(fonts, "level1", body_pt),
            based_on="Normal",
            nxt=BODY,
        ),
        # Fixed line spacing inside cells makes rows grow in Word; cells use single spacing instead.
        _style(
            "paragraph",
            TABLE_TEXT,
            "表格文字",
            _ppr(el("w:spacing", {"w:line": 240, "w:lineRule": "auto"}), _jc("left"), indent_chars(sizes["table"])),
            _rpr(fonts, "body", sizes["table"]),
            based_on="Normal",
            nxt=TABLE_TEXT,
        ),
        _style(
            "paragraph",
            FOOTER,
            "footer",
            _ppr(el("w:spacing", {"w:line": 240, "w:lineRule": "auto"}), indent_chars(sizes["page_number"])),
            _rpr(fonts, profile["page_number"]["font"], sizes["page_number"], latin_role="page_number"),
            based_on="Normal",
        ),
        _table_style(),
        *_official_styles(profile, fonts, metrics),
    ]
    return el(
        "w:styles",
        {},
        doc_defaults,
        _style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True),
        _style("table", "TableNormal", "Normal Table", el("w:tblPr", {}, _cell_margins(0, 108)), default=True),
        *styles,
    )


def _official_styles(profile: Profile, fonts: dict[str, str], metrics: Metrics) -> list[Element]:
    """版头, 主送, 附注, 纪要 lists, attachment label and 版记 (GB/T 9704 7.2, 7.3, 7.4, 10)."""
    body_pt, line_pt = metrics.body_pt, metrics.line_pt
    masthead = profile.get("masthead") or {}
    imprint_pt = (profile.get("imprint") or {}).get("size_pt", 14)
    no_indent = indent_chars(body_pt)
    issuer_rpr = _rpr(fonts, masthead.get("font", "title"), masthead.get("size_pt", 36))
    issuer_rpr.find("w:color").set("w:val", masthead.get("color", "FF0000"))
    before_closing = line_pt * (profile.get("closing") or {}).get("lines_before", 1)
    return [
        _style(
            "paragraph", MARK, "份号密级紧急程度", _ppr(no_indent), _rpr(fonts, "level1", body_pt), based_on="Normal"
        ),
        _style("paragraph", ISSUER, "发文机关标志", _ppr(_jc("center"), no_indent), issuer_rpr, based_on="Normal"),
        _style("paragraph", DOC_NUMBER, "发文字号", _ppr(_jc("center"), no_indent), based_on="Normal"),
        _style("character", SIGNERS, "签发人姓名", el("w:rPr", {}, fonts_el(fonts["level2"], fonts["latin"]))),
        _style("paragraph", RECIPIENTS, "主送机关", _ppr(no_indent), based_on="Normal", nxt=BODY),
        _style("paragraph", NOTE, "附注", based_on=BODY, nxt=BODY),
        _style(
            "paragraph",
            ATTENDANCE,
            "出席人员",
            _ppr(exact_spacing(line_pt, before_pt=before_closing)),
            based_on=BODY,
            nxt=ATTENDANCE,
        ),
        _style(
            "character", ATTENDANCE_LABEL, "出席人员标签", el("w:rPr", {}, fonts_el(fonts["level1"], fonts["latin"]))
        ),
        _style(
            "paragraph",
            ATTACHMENT_LABEL,
            "附件标识",
            _ppr(no_indent),
            _rpr(fonts, "level1", body_pt),
            based_on="Normal",
            nxt=TITLE,
        ),
        _style(
            "paragraph",
            IMPRINT,
            "版记",
            _ppr(el("w:spacing", {"w:line": pt_to_twips(line_pt), "w:lineRule": "exact"}), no_indent),
            _rpr(fonts, "body", imprint_pt),
            based_on="Normal",
        ),
    ]


def _cell_margins(vertical: int, horizontal: int) -> Element:
    return el(
        "w:tblCellMar",
        {},
        el("w:top", {"w:w": vertical, "w:type": "dxa"}),
        el("w:left", {"w:w": horizontal, "w:type": "dxa"}),
        el("w:bottom", {"w:w": vertical, "w:type": "dxa"}),
        el("w:right", {"w:w": horizontal, "w:type": "dxa"}),
    )


def _table_style() -> Element:
    border = {"w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000"}
    borders = el("w:tblBorders", {}, *(el(f"w:{side}", border) for side in ("top", "left", "bottom", "right")))
    borders.extend([el("w:insideH", border), el("w:insideV", border)])
    margins = _cell_margins(60, 100)
    return _style(
        "table",
        TABLE,
        "公文表格",
        el("w:pPr", {}, el("w:spacing", {"w:line": 240, "w:lineRule": "auto"})),
        el("w:tblPr", {}, el("w:jc", {"w:val": "center"}), borders, margins),
        based_on="TableNormal",
    )
