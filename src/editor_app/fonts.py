"""Which fonts of the official layout this machine lacks, said before anyone prints.

Word keeps a missing font's name and draws a substitute, so line breaks and page count change silently. The
export names each role whose font is not installed and the font the profile's list falls back to, and, for a
``_GB2312`` font, the characters of the text that GB2312 (and so the font) does not have, such as rare
characters in names. For Word, installed fonts are those whose files name the family (``font_files``, in any
language, as Word and WPS look them up); for the PDF, those Typst's own font discovery finds (the PDF engine).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from .font_files import installed_families
from .render.blocks import Block
from .render.docx.profile import ROLE_NAMES, Profile


@lru_cache(maxsize=8)
def missing_families(names: tuple[str, ...], pdf: bool) -> frozenset[str]:
    """Those of ``names`` no installed font has: as the font files name them (Word), or as Typst finds them (PDF;
    Typst reads English names only and misses some collections)."""
    if not pdf:
        installed = installed_families()
        return frozenset(name for name in names if name.lower() not in installed)
    import typst  # the PDF export has loaded it already

    source = "".join(f'#text(font: "{name.replace(chr(34), "")}")[中]\n' for name in names)
    _, warnings = typst.compile_with_warnings(source.encode("utf-8"))
    unknown = {w.message.removeprefix("unknown font family: ").strip() for w in warnings}
    return frozenset(name for name in names if name.lower() in unknown)


def font_warnings(profile: Profile, fonts: Mapping[str, str], blocks: Iterable[Block], *, pdf: bool) -> list[str]:
    """Chinese warnings: fonts of the layout that are not installed, the roles using them and what is drawn
    instead, and characters of the text that a mapped ``_GB2312`` font cannot draw."""
    choices = profile.font_choices
    wanted = tuple(dict.fromkeys(name for role in choices for name in [fonts[role], *choices[role]]))
    missing = missing_families(wanted, pdf)
    lacking: dict[tuple[str, str | None], list[str]] = {}
    for role, name in fonts.items():
        if name in missing:
            fallback = next((n for n in choices[role] if n not in missing and n != name), None)
            lacking.setdefault((name, fallback), []).append(ROLE_NAMES[role])
    warnings = []
    for (name, fallback), roles in lacking.items():
        instead = f"改用“{fallback}”" if fallback else "由打开文件的程序自行替换"
        warnings.append(f"本机没有字体“{name}”（{'、'.join(roles)}），{instead}，换行和页数可能与正式打印时不同")
    rare = _outside_gb2312(text for block in blocks for text in _texts(block))
    if rare and any(name.endswith("_GB2312") for name in fonts.values()):
        listed = "、".join(sorted(rare)[:20])
        warnings.append(
            f"文中有 {len(rare)} 个字不在 GB2312 字符集中（{listed}），_GB2312 字体显示不出，请核对或改用仿宋等字体"
        )
    return warnings


def _texts(block: Block) -> Iterable[str]:
    """What a block prints, with the official details its meta carries (signers' names among them)."""
    yield block.text
    if block.meta is not None:
        for value in vars(block.meta).values():
            yield from value if isinstance(value, list) else [value]


def _outside_gb2312(texts: Iterable[str]) -> set[str]:
    rare = set()
    for char in set("".join(texts)):  # each character once: a report repeats a few thousand
        if ord(char) > 0x7F and not char.isspace():
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                rare.add(char)
    return rare
