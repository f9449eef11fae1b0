"""WordprocessingML as a small tree of plain Python objects, written out as text.

The renderer builds and then touches up its elements (keep-with-next on a table's last row, comment ranges,
the section that ends the text), so it keeps a tree; but a tree of slotted objects and one string join, not
python-docx and lxml, which cost more to import than pandoc takes for a whole conversion. Element and
attribute names carry their prefix (``w:p``); the part writers declare the namespaces on the root.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

MM_PER_INCH = 25.4
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def mm_to_twips(mm: float) -> int:
    return round(mm / MM_PER_INCH * 1440)


def pt_to_twips(pt: float) -> int:
    return round(pt * 20)


class Element:
    """One XML element: a prefixed tag, attributes in writing order, children, and text (for ``w:t``)."""

    __slots__ = ("attrs", "children", "tag", "text")

    def __init__(self, tag: str, attrs: dict[str, str | int] | None = None, children: list[Element] | None = None):
        self.tag = tag
        self.attrs = attrs if attrs is not None else {}
        self.children = children if children is not None else []
        self.text = ""

    @property
    def localname(self) -> str:
        return self.tag.partition(":")[2] or self.tag

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Element]:
        return iter(self.children)

    def append(self, child: Element) -> None:
        self.children.append(child)

    def extend(self, children: list[Element] | tuple[Element, ...]) -> None:
        self.children.extend(children)

    def insert(self, index: int, child: Element) -> None:
        self.children.insert(index, child)

    def set(self, name: str, value: str | int) -> None:
        self.attrs[name] = value

    def find(self, tag: str) -> Element | None:
        """The first child named ``tag``."""
        return next((child for child in self.children if child.tag == tag), None)

    def findall(self, tag: str) -> list[Element]:
        return [child for child in self.children if child.tag == tag]

    def iter(self, tag: str) -> Iterator[Element]:
        """This element and its descendants named ``tag``, in document order."""
        if self.tag == tag:
            yield self
        for child in self.children:
            yield from child.iter(tag)


class Leaf(Element):
    """A childless element written out once and shared by every place it stands in, so it is never changed."""

    __slots__ = ("xml",)

    def __init__(self, tag: str, attrs: dict[str, str | int] | None = None) -> None:
        super().__init__(tag, attrs)
        out: list[str] = []
        write(Element(tag, self.attrs), out)
        self.xml = out[0]

    def _shared(self, *_: object) -> None:
        raise TypeError(f"{self.tag} is shared and cannot change")

    append = extend = insert = set = _shared  # type: ignore[assignment]


@functools.cache
def val_leaf(tag: str, value: str | int | None = None) -> Leaf:
    """The shared ``<tag w:val="value"/>`` (``<tag/>`` without a value): ``val_leaf("w:pStyle", "GwBody")``."""
    return Leaf(tag, {"w:val": value} if value is not None else None)


def el(tag: str, attrs: dict[str, str | int] | None = None, *children: Element) -> Element:
    """``el("w:ind", {"w:firstLineChars": 200})``: an element with prefixed attribute names and children."""
    return Element(tag, attrs, list(children))


def text_el(tag: str, text: str, *, preserve: bool | None = None) -> Element:
    """``w:t`` (or ``w:instrText``) holding ``text``; spaces at either end are kept with ``xml:space``."""
    element = Element(tag, {"xml:space": "preserve"} if preserve or (preserve is None and text != text.strip()) else {})
    element.text = text
    return element


def _escaped(text: str) -> str:
    """``text`` as XML character data. A chain of ``replace`` (each returns the string itself when the character is
    absent) is ten times quicker than ``str.translate`` on Chinese text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escaped_attr(value: str) -> str:
    return _escaped(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def write(element: Element, out: list[str]) -> None:
    """Append the XML of ``element`` to ``out`` (the characters were cleaned of what XML 1.0 forbids before).
    The hot loop of a long export: one string per start tag, attributes in one join."""
    append = out.append

    def emit(element: Element) -> None:
        if type(element) is Leaf:
            append(element.xml)
            return
        tag, attrs = element.tag, element.attrs
        if attrs:
            start = (
                "<"
                + tag
                + "".join(
                    [
                        f' {name}="{_escaped_attr(value)}"' if type(value) is str else f' {name}="{value}"'
                        for name, value in attrs.items()
                    ]
                )
            )
        else:
            start = "<" + tag
        if element.children:
            append(start + ">")
            for child in element.children:
                emit(child)
            append("</" + tag + ">")
        elif element.text:
            append(f"{start}>{_escaped(element.text)}</{tag}>")
        else:
            append(start + "/>")

    emit(element)


def part(root: Element, namespaces: dict[str, str]) -> bytes:
    """A whole XML part: the declaration and ``root`` with ``namespaces`` (prefix → URI, "" for the default
    namespace) declared on it."""
    declarations = {f"xmlns:{prefix}" if prefix else "xmlns": uri for prefix, uri in namespaces.items()}
    declared = Element(root.tag, declarations | root.attrs)
    declared.children, declared.text = root.children, root.text
    out = [XML_DECLARATION]
    write(declared, out)
    return "".join(out).encode("utf-8")


def word_part(root: Element) -> bytes:
    """A WordprocessingML part (document, styles, settings, header, footer, comments, font table)."""
    return part(root, {"w": W_NS, "r": R_NS})


def fonts_el(east_asia: str | None, latin: str | None, *, hint: bool = False) -> Element:
    """``w:rFonts`` naming explicit fonts and no theme fonts (theme attributes would override the names)."""
    attrs: dict[str, str | int] = {}
    if latin:
        attrs.update({"w:ascii": latin, "w:hAnsi": latin, "w:cs": latin})
    if east_asia:
        attrs["w:eastAsia"] = east_asia
    if hint:
        attrs["w:hint"] = "eastAsia"  # quotes, dashes and ellipses drawn full-width in the East Asian font
    return el("w:rFonts", attrs)


def size_els(pt: float) -> list[Element]:
    half_points = str(round(pt * 2))
    return [el("w:sz", {"w:val": half_points}), el("w:szCs", {"w:val": half_points})]


def lang_el() -> Element:
    return el("w:lang", {"w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"})


def exact_spacing(pt: float, before_pt: float = 0, after_pt: float = 0) -> Element:
    attrs: dict[str, str | int] = {"w:line": pt_to_twips(pt), "w:lineRule": "exact"}
    attrs["w:before"] = pt_to_twips(before_pt)
    attrs["w:after"] = pt_to_twips(after_pt)
    return el("w:spacing", attrs)


def indent_chars(font_pt: float, *, first: float = 0, left: float = 0, right: float = 0, hanging: float = 0) -> Element:
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
