"""A minimal Office theme whose East Asian fonts are ours.

No style of the export uses theme fonts, but styles a writer adds later in Word or WPS (``heading 5``, a
caption) do: with this theme they come out in the document's 黑体 and 仿宋, not in the office suite's
default theme font. Colours and effects are Office's plain defaults, the least a theme must carry.
"""

from __future__ import annotations

from .ooxml import Element, el, part

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml"
_COLOURS = (
    ("dk2", "44546A"),
    ("lt2", "E7E6E6"),
    ("accent1", "4472C4"),
    ("accent2", "ED7D31"),
    ("accent3", "A5A5A5"),
    ("accent4", "FFC000"),
    ("accent5", "5B9BD5"),
    ("accent6", "70AD47"),
    ("hlink", "0563C1"),
    ("folHlink", "954F72"),
)


def _fonts(group: str, latin: str, east_asia: str) -> Element:
    return el(
        f"a:{group}",
        {},
        el("a:latin", {"typeface": latin}),
        el("a:ea", {"typeface": east_asia}),
        el("a:cs", {"typeface": ""}),
    )


def _three(make) -> list[Element]:
    return [make() for _ in range(3)]


def _placeholder_fill() -> Element:
    return el("a:solidFill", {}, el("a:schemeClr", {"val": "phClr"}))


def theme(fonts: dict[str, str]) -> bytes:
    """``theme1.xml``: headings in the level-1 font, body text in the body font, Latin in the Latin font."""
    colours = el(
        "a:clrScheme",
        {"name": "Office"},
        el("a:dk1", {}, el("a:sysClr", {"val": "windowText", "lastClr": "000000"})),
        el("a:lt1", {}, el("a:sysClr", {"val": "window", "lastClr": "FFFFFF"})),
        *(el(f"a:{name}", {}, el("a:srgbClr", {"val": value})) for name, value in _COLOURS),
    )
    font_scheme = el(
        "a:fontScheme",
        {"name": "Office"},
        _fonts("majorFont", fonts["latin"], fonts["level1"]),
        _fonts("minorFont", fonts["latin"], fonts["body"]),
    )
    formats = el(
        "a:fmtScheme",
        {"name": "Office"},
        el("a:fillStyleLst", {}, *_three(_placeholder_fill)),
        el("a:lnStyleLst", {}, *_three(lambda: el("a:ln", {"w": 6350}, _placeholder_fill()))),
        el("a:effectStyleLst", {}, *_three(lambda: el("a:effectStyle", {}, el("a:effectLst")))),
        el("a:bgFillStyleLst", {}, *_three(_placeholder_fill)),
    )
    root = el("a:theme", {"name": "Office Theme"}, el("a:themeElements", {}, colours, font_scheme, formats))
    return part(root, {"a": A_NS})
