"""Page, document grid, page-number footers and document settings, from the profile.

Also cleans what python-docx's built-in template would otherwise leak into every export: a Japanese theme
font language, a second styles part for Word 2010, a thumbnail of an empty page, and a font table listing
fonts we never use.
"""

from __future__ import annotations

import copy
import math
import re

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from ... import __version__
from .ooxml import el, fonts_el, indent_chars, mm_to_twips, pt_to_twips
from .profile import ROLES, Profile, fallback_font
from .styles import FOOTER, Metrics

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


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


def set_page(document: Document, profile: Profile) -> None:
    """Paper, margins, footer distance and the lines × characters grid on the (single) section."""
    page, margins = profile["page"], profile["page"]["margins_mm"]
    _, line_pitch, char_space = page_metrics(profile)
    sect_pr = document.sections[0]._sectPr
    for child in list(sect_pr):
        if etree.QName(child).localname in ("pgSz", "pgMar", "cols", "docGrid"):
            sect_pr.remove(child)
    sect_pr.extend(
        [
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
            _doc_grid(profile, line_pitch, char_space),
        ]
    )


def _doc_grid(profile: Profile, line_pitch: int, char_space: int) -> etree._Element:
    """The line grid, and Word's character grid only when the profile asks for it (``"fit": "grid"``).

    LibreOffice (7.4 at least) draws a Word character grid narrower than the font by giving every
    character two cells, so by default the 28 characters per line come from condensed character
    spacing instead (``Metrics.condense_twentieths``), which Word, WPS and LibreOffice all honour.
    """
    if profile["grid"].get("fit", "spacing") == "grid":
        return el("w:docGrid", {"w:type": "linesAndChars", "w:linePitch": line_pitch, "w:charSpace": char_space})
    return el("w:docGrid", {"w:type": "lines", "w:linePitch": line_pitch})


def set_footers(document: Document, profile: Profile) -> None:
    """``— 1 —`` page numbers: odd pages right, even pages left, one character in from the text edge."""
    spec = profile["page_number"]
    size = profile["sizes_pt"]["page_number"]
    section = document.sections[0]
    odd_even = bool(spec.get("odd_even", True))
    document.settings.odd_and_even_pages_header_footer = odd_even
    outer = spec.get("outer_chars", 1)
    if odd_even:
        footers = [(section.footer, "right", {"right": outer}), (section.even_page_footer, "left", {"left": outer})]
    else:
        footers = [(section.footer, "center", {})]
    for footer, align, indent in footers:
        footer.is_linked_to_previous = False
        body = footer._element
        for paragraph in list(body):
            body.remove(paragraph)
        body.append(_page_number_paragraph(spec["format"], align, indent_chars(size, **indent)))
    if not spec.get("first_page", True):  # 信函: no page number on page one
        section.different_first_page_header_footer = True
        section.first_page_footer.is_linked_to_previous = False


def set_first_page(document: Document, header: list[etree._Element], footer: list[etree._Element]) -> None:
    """What a letter prints on page one only: its masthead in the header, its lower rule in the footer."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    for part, elements in ((section.first_page_header, header), (section.first_page_footer, footer)):
        part.is_linked_to_previous = False
        body = part._element
        for child in list(body):
            body.remove(child)
        body.extend(elements)


def split_unnumbered_tail(document: Document) -> None:
    """Fill the empty ``w:sectPr`` that ends the text with the document's section (its page numbers), and give
    the last section (a blank page and the 版记 page) empty footers: neither page carries a number (7.5)."""
    body = document.element.body
    last = body[-1]
    for placeholder in body.iter(qn("w:sectPr")):
        if placeholder is not last and len(placeholder) == 0:
            placeholder.getparent().replace(placeholder, copy.deepcopy(last))
    for child in list(last):
        if etree.QName(child).localname in ("footerReference", "headerReference", "titlePg"):
            last.remove(child)
    section = document.sections[-1]
    for footer in (section.footer, section.even_page_footer, section.first_page_footer):
        footer.is_linked_to_previous = False


def _page_number_paragraph(pattern: str, align: str, indent: etree._Element) -> etree._Element:
    before, _, after = pattern.partition("{page}")
    paragraph = el(
        "w:p",
        {},
        el("w:pPr", {}, el("w:pStyle", {"w:val": FOOTER}), indent, el("w:jc", {"w:val": align})),
    )
    field = [
        el("w:r", {}, el("w:fldChar", {"w:fldCharType": "begin"})),
        el("w:r", {}, _text(" PAGE ", "w:instrText")),
        el("w:r", {}, el("w:fldChar", {"w:fldCharType": "separate"})),
        el("w:r", {}, _text("1")),
        el("w:r", {}, el("w:fldChar", {"w:fldCharType": "end"})),
    ]
    paragraph.extend([_text_run(before)] if before else [])
    paragraph.extend(field)
    paragraph.extend([_text_run(after)] if after else [])
    return paragraph


def _text(text: str, tag: str = "w:t") -> etree._Element:
    element = el(tag)
    element.text = text
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def _text_run(text: str) -> etree._Element:
    return el("w:r", {}, el("w:rPr", {}, fonts_el(None, None, hint=True)), _text(text))


def set_settings(document: Document, profile: Profile) -> None:
    """Chinese theme language, mirrored margins when the profile asks, and no leftovers from the template."""
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    if profile["page"].get("mirror_margins") and settings.find(qn("w:mirrorMargins")) is None:
        # schema order: after zoom (always in python-docx's settings part), before proofState
        settings.find(qn("w:zoom")).addnext(el("w:mirrorMargins"))
    tab = settings.find(qn("w:defaultTabStop"))
    if tab is not None:
        tab.set(qn("w:val"), str(pt_to_twips(profile["sizes_pt"]["body"] * 2)))
    _drop_template_leftovers(document)


_APP_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _drop_template_leftovers(document: Document) -> None:
    """Without this every export says Word 2010 made it on a Mac: compatibility mode, a thumbnail of an empty
    page, a bibliography part, a second styles part, unused bullet lists, and "Microsoft Macintosh Word" in its
    properties."""
    dropped = [
        (document.part.rels, STYLES_WITH_EFFECTS),
        (document.part.rels, RT.CUSTOM_XML),
        (document.part.rels, RT.NUMBERING),  # the template's bullet lists in Symbol; no style uses them
        (document.part.package.rels, RT.THUMBNAIL),
    ]
    for rels, reltype in dropped:
        for rel_id, rel in list(rels.items()):
            if rel.reltype == reltype:
                del rels[rel_id]
    app = next(r.target_part for r in document.part.package.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES)
    app._blob = _APP_PROPERTIES.format(application=f"稿件编辑台 editor-app {__version__}").encode("utf-8")
    for setting in document.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # Word 2013 and later, not "compatibility mode"


def set_font_table(document: Document, profile: Profile, fonts: dict[str, str]) -> None:
    """List exactly the fonts the document asks for, each with the profile's next choice as ``w:altName``."""
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE)
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
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_theme_fonts(document: Document, fonts: dict[str, str]) -> None:
    """Point the theme's East Asian fonts at ours, for text a user adds later in a theme-font style."""
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.THEME)
    xml = part.blob.decode("utf-8")
    for group, role in (("majorFont", "level1"), ("minorFont", "body")):
        xml = re.sub(
            rf"(<a:{group}>.*?<a:ea typeface=\")[^\"]*(\")",
            lambda m, name=fonts[role]: m.group(1) + _attr(name) + m.group(2),
            xml,
            count=1,
            flags=re.S,
        )
    part._blob = xml.encode("utf-8")


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
