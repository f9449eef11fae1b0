"""Word export in official-document layout (GB/T 9704 by default), from the block stream only.

``render_docx(report)`` gives the .docx bytes and Chinese warnings. The layout comes from a profile
(``resources/profiles/*.json``); each font role can be remapped by the office (``Settings.fonts``).
No Qt: the window calls this from a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from ...model.characters import strip_illegal
from ...model.inline import plain
from ...model.records import field, record
from ...model.report import Report
from ..blocks import Block, Kind, to_blocks
from .body import BodyWriter
from .comments import WordComment, add_comments
from .layout import font_table, headers_and_footers, page_metrics, section_properties, settings, unnumbered_footer
from .ooxml import R_NS, W_NS, XML_DECLARATION, Element, el, word_part, write
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


@record
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
    blocks = to_blocks(report) if blocks is None else blocks
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
    section = writer.text_section = section_properties(profile, _references(package, parts), title_page=title_page)

    body, comments_root = _body(writer, blocks, comments, now)
    if writer.unnumbered_tail:  # the blank and 版记 pages carry no page numbers (7.5)
        tail = [("footer", kind, unnumbered_footer()) for kind in ("default", "even", "first")]
        section = section_properties(profile, _references(package, tail))
    write(section, body)
    body.append("</w:body></w:document>")
    if comments_root is not None:
        package.add("comments", word_part(comments_root))
    if writer.removed:
        warnings.append(f"文中有 {writer.removed} 个无法写入 Word 的控制字符，已在导出文件中删除（原文稿未改动）")

    document = "".join(body).encode("utf-8")
    return DocxOutput(package.save(document, _core_properties(report, now), app_properties()), warnings)


def _body(
    writer: BodyWriter, blocks: list[Block], comments: Sequence[WordComment], now: str
) -> tuple[list[str], Element | None]:
    """The document part up to the body's last section, as text, and the comments on it.

    Each element is written out when the next one comes (the writer may still add keep-with-next to the
    last one), so a long report never holds its whole tree; only the elements a comment may go on wait until
    the comments are placed.
    """
    commented = {comment.anchor for comment in comments}
    out = [XML_DECLARATION, f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>']
    waiting: list[tuple[int, Element]] = []  # (index in out, element): written after the comments are placed
    shown: dict[str, Element] = {}  # anchor → the first element of the block showing it
    first: Element | None = None  # the first paragraph with text, for comments on places the export does not show
    pending: Element | None = None

    def take(element: Element, places: tuple[str, ...]) -> None:
        nonlocal first, pending
        if pending is not None:
            write(pending, out)
        keep = False
        for anchor in places:
            if anchor not in shown:
                shown[anchor] = element
                keep = keep or anchor in commented
        if first is None and comments and element.tag == "w:p" and element.find("w:r") is not None:
            first, keep = element, True
        if keep:
            waiting.append((len(out), element))
            out.append("")
            pending = None
        else:
            pending = element

    block = None
    for block in blocks:
        for element in writer.elements_of(block):
            take(element, block.places)
    for element in writer.finish():
        take(element, block.places if block is not None else ())
    if pending is not None:
        write(pending, out)
    comments_root = add_comments(first, shown, comments, now)
    for index, element in waiting:
        text: list[str] = []
        write(element, text)
        out[index] = "".join(text)
    return out, comments_root


def _references(package: Package, parts: list[tuple[str, str, list[Element]]]) -> list[Element]:
    """Add each header and footer to the package; their ``w:headerReference``/``w:footerReference``."""
    references = []
    for kind, word_type, content in parts:
        root = el("w:hdr" if kind == "header" else "w:ftr", {}, *content)
        rid = package.add(kind, word_part(root), numbered=True)
        references.append(el(f"w:{kind}Reference", {"w:type": word_type, "r:id": rid}))
    return references


def _core_properties(report: Report, now: str) -> bytes:
    """Title, author and keywords for the file's properties (cleaned; the body counts what it drops)."""

    def clean(text: str) -> str:
        return strip_illegal(text)[0][:255]

    meta = report.meta
    keywords = "，".join(meta.keywords)
    return core_properties(
        clean(plain(meta.title)), clean(meta.author or meta.source), clean(meta.summary), clean(keywords), now
    )
