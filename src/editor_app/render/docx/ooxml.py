"""Small WordprocessingML builders: python-docx has no API for grids, character indents, outline levels or
East Asian fonts, so the renderer writes that XML itself, through these few helpers."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from lxml import etree

MM_PER_INCH = 25.4


def mm_to_twips(mm: float) -> int:
    return round(mm / MM_PER_INCH * 1440)


def pt_to_twips(pt: float) -> int:
    return round(pt * 20)


def el(tag: str, attrs: dict[str, str | int] | None = None, *children: etree._Element) -> etree._Element:
    """``el("w:ind", {"w:firstLineChars": 200})``: an element with prefixed attribute names and children."""
    element = oxml_parser.makeelement(qn(tag), {qn(k): str(v) for k, v in (attrs or {}).items()})
    element.extend(children)
    return element


def fonts_el(east_asia: str | None, latin: str | None, *, hint: bool = False) -> etree._Element:
    """``w:rFonts`` naming explicit fonts and no theme fonts (theme attributes would override the names)."""
    attrs: dict[str, str | int] = {}
    if latin:
        attrs.update({"w:ascii": latin, "w:hAnsi": latin, "w:cs": latin})
    if east_asia:
        attrs["w:eastAsia"] = east_asia
    if hint:
        attrs["w:hint"] = "eastAsia"  # quotes, dashes and ellipses drawn full-width in the East Asian font
    return el("w:rFonts", attrs)


def size_els(pt: float) -> list[etree._Element]:
    half_points = str(round(pt * 2))
    return [el("w:sz", {"w:val": half_points}), el("w:szCs", {"w:val": half_points})]


def lang_el() -> etree._Element:
    return el("w:lang", {"w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"})


def exact_spacing(pt: float, before_pt: float = 0, after_pt: float = 0) -> etree._Element:
    attrs: dict[str, str | int] = {"w:line": pt_to_twips(pt), "w:lineRule": "exact"}
    attrs["w:before"] = pt_to_twips(before_pt)
    attrs["w:after"] = pt_to_twips(after_pt)
    return el("w:spacing", attrs)


def indent_chars(
    font_pt: float, *, first: float = 0, left: float = 0, right: float = 0, hanging: float = 0
) -> etree._Element:
    """``w:ind`` in characters (hundredths), which Word and WPS keep when the font size changes, with the
    same distance in twips for programs that read only those (LibreOffice before 24.8)."""
    attrs: dict[str, str | int] = {}

    def put(name: str, chars: float) -> None:
        attrs[f"w:{name}Chars"] = round(chars * 100)
        attrs[f"w:{name}"] = pt_to_twips(chars * font_pt)

    if left:
        put("left", left)
    if right:
        put("right", right)
    if hanging:
        put("hanging", hanging)
    else:
        put("firstLine", first)
    return el("w:ind", attrs)
