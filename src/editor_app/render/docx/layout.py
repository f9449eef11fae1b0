"""Page, document grid, headers and footers, document settings and the font table, from the profile."""

from __future__ import annotations

import math

from .ooxml import Element, el, fonts_el, indent_chars, mm_to_twips, pt_to_twips, text_el
from .profile import ROLES, Profile, fallback_font
from .styles import FOOTER, Metrics


def page_metrics(profile: Profile) -> tuple[Metrics, int, int]:
    """Body metrics, the grid's line pitch and its character-space adjustment (both in Word's units)."""
    page, margins = profile["page"], profile["page"]["margins_mm"]
    height = mm_to_twips(page["height_mm"]) - mm_to_twips(margins["top"]) - mm_to_twips(margins["bottom"])
    width = mm_to_twips(page["width_mm"]) - mm_to_twips(margins["left"]) - mm_to_twips(margins["right"])
    grid = profile["grid"]
    line_pitch = height // grid["lines"]
    body_pt = profile["sizes_pt"]["body"]
    pitch_pt = width / 20 / grid["chars"]
    # charSpace: how much each character cell differs from the font size, in 1/4096 pt
    char_space = round((pitch_pt - body_pt) * 4096)
    # condensing: the largest whole twentieth of a point that still fits ``chars`` characters on a line
    condense = min(0, math.floor((pitch_pt - body_pt) * 20)) if grid.get("fit", "spacing") == "spacing" else 0
    spacing = profile["line_spacing_pt"]
    line_pt = line_pitch / 20 if spacing == "grid" else float(spacing)
    return Metrics(body_pt, line_pt, width, condense), line_pitch, char_space


def section_properties(profile: Profile, references: list[Element], *, title_page: bool = False) -> Element:
    """``w:sectPr``: the header and footer ``references``, paper, margins, footer distance and the grid."""
    page, margins = profile["page"], profile["page"]["margins_mm"]
    _, line_pitch, char_space = page_metrics(profile)
    return el(
        "w:sectPr",
        {},
        *references,
        el("w:pgSz", {"w:w": mm_to_twips(page["width_mm"]), "w:h": mm_to_twips(page["height_mm"])}),
        el(
            "w:pgMar",
            {
                "w:top": mm_to_twips(margins["top"]),
                "w:right": mm_to_twips(margins["right"]),
                "w:bottom": mm_to_twips(margins["bottom"]),
                "w:left": mm_to_twips(margins["left"]),
                "w:header": mm_to_twips(page.get("header_mm", 15)),
                "w:footer": mm_to_twips(page["footer_mm"]),
                "w:gutter": 0,
            },
        ),
        el("w:cols", {"w:space": 425}),
        *([el("w:titlePg")] if title_page else []),
        _doc_grid(profile, line_pitch, char_space),
    )


def _doc_grid(profile: Profile, line_pitch: int, char_space: int) -> Element:
    """The line grid, and Word's character grid only when the profile asks for it (``"fit": "grid"``).

    LibreOffice (7.4 at least) draws a Word character grid narrower than the font by giving every
    character two cells, so by default the 28 characters per line come from condensed character
    spacing instead (``Metrics.condense_twentieths``), which Word, WPS and LibreOffice all honour.
    """
    if profile["grid"].get("fit", "spacing") == "grid":
        return el("w:docGrid", {"w:type": "linesAndChars", "w:linePitch": line_pitch, "w:charSpace": char_space})
    return el("w:docGrid", {"w:type": "lines", "w:linePitch": line_pitch})


HeaderFooter = tuple[str, str, list[Element]]  # "header" or "footer", Word's type (default, even, first), content


def headers_and_footers(
    profile: Profile, first_header: list[Element] | None = None, first_footer: list[Element] | None = None
) -> tuple[list[HeaderFooter], bool]:
    """``— 1 —`` page numbers (odd pages right, even pages left, one character in from the text edge), and what
    page one prints instead (a letter: its masthead in the header, its lower rule in the footer, no number).
    Also says whether page one has headers and footers of its own."""
    spec = profile["page_number"]
    size = profile["sizes_pt"]["page_number"]
    outer = spec.get("outer_chars", 1)
    if spec.get("odd_even", True):
        parts = [
            ("footer", "default", [_page_number_paragraph(spec["format"], "right", indent_chars(size, right=outer))]),
            ("footer", "even", [_page_number_paragraph(spec["format"], "left", indent_chars(size, left=outer))]),
        ]
    else:
        parts = [("footer", "default", [_page_number_paragraph(spec["format"], "center", indent_chars(size))])]
    title_page = not spec.get("first_page", True) or first_header is not None  # 信函: no page number on page one
    if title_page:
        parts.append(("footer", "first", first_footer or unnumbered_footer()))
    if first_header is not None:
        parts.append(("header", "first", first_header))
    return parts, title_page


def unnumbered_footer() -> list[Element]:
    """An empty footer, for pages that carry no page number (7.5)."""
    return [el("w:p", {}, el("w:pPr", {}, el("w:pStyle", {"w:val": FOOTER})))]


def _page_number_paragraph(pattern: str, align: str, indent: Element) -> Element:
    before, _, after = pattern.partition("{page}")
    paragraph = el(
        "w:p",
        {},
        el("w:pPr", {}, el("w:pStyle", {"w:val": FOOTER}), indent, el("w:jc", {"w:val": align})),
    )
    field = [
        el("w:r", {}, el("w:fldChar", {"w:fldCharType": "begin"})),
        el("w:r", {}, text_el("w:instrText", " PAGE ", preserve=True)),
        el("w:r", {}, el("w:fldChar", {"w:fldCharType": "separate"})),
        el("w:r", {}, text_el("w:t", "1", preserve=True)),
        el("w:r", {}, el("w:fldChar", {"w:fldCharType": "end"})),
    ]
    paragraph.extend([_text_run(before)] if before else [])
    paragraph.extend(field)
    paragraph.extend([_text_run(after)] if after else [])
    return paragraph


def _text_run(text: str) -> Element:
    return el("w:r", {}, el("w:rPr", {}, fonts_el(None, None, hint=True)), text_el("w:t", text, preserve=True))


def _compat(name: str, value: str) -> Element:
    uri = "http://schemas.microsoft.com/office/word"
    return el("w:compatSetting", {"w:name": name, "w:uri": uri, "w:val": value})


def settings(profile: Profile) -> Element:
    """Word 2013+ layout (not "compatibility mode"), East Asian line breaking, a Chinese theme language, the tab
    stop of two body characters, separate odd and even page footers and mirrored margins when the profile asks."""
    odd_even = profile["page_number"].get("odd_even", True)
    return el(
        "w:settings",
        {},
        el("w:zoom", {"w:percent": 100}),
        *([el("w:mirrorMargins")] if profile["page"].get("mirror_margins") else []),
        el("w:defaultTabStop", {"w:val": pt_to_twips(profile["sizes_pt"]["body"] * 2)}),
        *([el("w:evenAndOddHeaders")] if odd_even else []),
        el("w:characterSpacingControl", {"w:val": "doNotCompress"}),
        el(
            "w:compat",
            {},
            el("w:useFELayout"),
            _compat("compatibilityMode", "15"),
            _compat("overrideTableStyleFontSizeAndJustification", "1"),
            _compat("enableOpenTypeFeatures", "1"),
            _compat("doNotFlipMirrorIndents", "1"),
        ),
        el("w:themeFontLang", {"w:val": "en-US", "w:eastAsia": "zh-CN"}),
        el("w:decimalSymbol", {"w:val": "."}),
        el("w:listSeparator", {"w:val": ","}),
    )


def font_table(profile: Profile, fonts: dict[str, str]) -> Element:
    """Exactly the fonts the document asks for, each with the profile's next choice as ``w:altName``."""
    table = el("w:fonts")
    written = set()
    for role in ROLES:
        name = fonts[role]
        if name in written:
            continue
        written.add(name)
        font = el("w:font", {"w:name": name})
        alternative = fallback_font(profile, role, name)
        if alternative:
            font.append(el("w:altName", {"w:val": alternative}))
        east_asian = role != "latin" or any(ord(c) > 0x2E7F for c in name)
        font.extend(
            [
                el("w:charset", {"w:val": "86" if east_asian else "00"}),
                el("w:family", {"w:val": "modern" if east_asian else "roman"}),
                el("w:pitch", {"w:val": "variable"}),
            ]
        )
        table.append(font)
    return table
