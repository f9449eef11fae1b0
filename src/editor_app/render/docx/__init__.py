"""Word export in official-document layout (GB/T 9704 by default), from the block stream only.

``render_docx(report)`` gives the .docx bytes and Chinese warnings. The layout comes from a profile
(``resources/profiles/*.json``); each font role can be remapped by the office (``Settings.fonts``).
No Qt: the window calls this from a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ...model.characters import strip_illegal
from ...model.inline import plain
from ...model.report import Report
from ..blocks import Block, Kind, to_blocks
from .body import BodyWriter
from .comments import WordComment, add_comments
from .layout import font_table, headers_and_footers, page_metrics, section_properties, settings, unnumbered_footer
from .ooxml import Element, el, word_part
from .package import Package, app_properties, core_properties
from .profile import DEFAULT_PROFILE, Profile, ProfileError, list_profiles, load_profile, resolve_fonts
from .styles import build_styles
from .theme import THEME_TYPE, theme

__all__ = [
    "DocxOutput",
    "ProfileError",
    "WordComment",
    "list_profiles",
    "load_profile",
    "render_docx",
    "resolve_fonts",
]


@dataclass
class DocxOutput:
    data: bytes
    warnings: list[str] = field(default_factory=list)


def render_docx(
    report: Report,
    profile: Profile | str = DEFAULT_PROFILE,
    fonts: Mapping[str, str] | None = None,
    blocks: list[Block] | None = None,
    comments: Sequence[WordComment] = (),
) -> DocxOutput:
    """The report as .docx bytes. ``fonts`` maps roles to installed fonts over the profile's defaults;
    ``comments`` become Word comments on the paragraphs they name (the editor's hand-back copy).

    Raises ProfileError for a missing or broken profile.
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    font_map, warnings = resolve_fonts(profile, fonts)
    metrics, _, _ = page_metrics(profile)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    writer = BodyWriter(profile, metrics, plain(report.signature), plain(report.date))
    body = el("w:body")
    shown: dict[str, Element] = {}  # anchor → the first element of the block showing it
    current: list[Block] = []

    def fed(stream: list[Block]):
        for block in stream:
            current[:] = [block]
            yield block

    blocks = to_blocks(report) if blocks is None else blocks
    for element in writer.elements(fed(blocks)):
        for anchor in current[0].places if current else ():
            shown.setdefault(anchor, element)
        body.append(element)
    comments_root = add_comments(body, shown, comments, now)

    package = Package()
    package.add("styles", word_part(build_styles(profile, font_map, metrics)))
    package.add("settings", word_part(settings(profile)))
    package.add("fontTable", word_part(font_table(profile, font_map)))
    package.add("theme", theme(font_map), name="theme/theme1.xml", content_type=THEME_TYPE)
    masthead = next((b.meta for b in blocks if b.kind is Kind.MASTHEAD), None)
    if masthead is not None and masthead.issuer and profile["masthead"].get("in_header"):
        parts, title_page = headers_and_footers(profile, writer.letter_header(masthead), writer.letter_footer())
    else:
        parts, title_page = headers_and_footers(profile)
    section = section_properties(profile, _references(package, parts), title_page=title_page)
    if writer.unnumbered_tail:
        _fill_text_section(body, section)
        tail = [("footer", kind, unnumbered_footer()) for kind in ("default", "even", "first")]
        section = section_properties(profile, _references(package, tail))  # the blank and 版记 pages (7.5)
    body.append(section)
    if comments_root is not None:
        package.add("comments", word_part(comments_root))
    if writer.removed:
        warnings.append(f"文中有 {writer.removed} 个无法写入 Word 的控制字符，已在导出文件中删除（原文稿未改动）")

    document = word_part(el("w:document", {}, body))
    return DocxOutput(package.save(document, _core_properties(report, now), app_properties()), warnings)


def _references(package: Package, parts: list[tuple[str, str, list[Element]]]) -> list[Element]:
    """Add each header and footer to the package; their ``w:headerReference``/``w:footerReference``."""
    references = []
    for kind, word_type, content in parts:
        root = el("w:hdr" if kind == "header" else "w:ftr", {}, *content)
        rid = package.add(kind, word_part(root), numbered=True)
        references.append(el(f"w:{kind}Reference", {"w:type": word_type, "r:id": rid}))
    return references


def _fill_text_section(body: Element, section: Element) -> None:
    """The empty ``w:sectPr`` the body writer left at the end of the text becomes the text's section, with its
    page numbers; the document's own section then holds only the unnumbered tail."""
    for paragraph in body:
        properties = paragraph.find("w:pPr") if paragraph.tag == "w:p" else None
        placeholder = properties.find("w:sectPr") if properties is not None else None
        if placeholder is not None and not len(placeholder):
            placeholder.children = section.children


def _core_properties(report: Report, now: str) -> bytes:
    """Title, author and keywords for the file's properties (cleaned; the body counts what it drops)."""

    def clean(text: str) -> str:
        return strip_illegal(text)[0][:255]

    meta = report.meta
    keywords = "，".join(meta.keywords)
    return core_properties(
        clean(plain(meta.title)), clean(meta.author or meta.source), clean(meta.summary), clean(keywords), now
    )
