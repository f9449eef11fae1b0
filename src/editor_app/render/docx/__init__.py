"""Word export in official-document layout (GB/T 9704 by default), from the block stream only.

``render_docx(report)`` gives the .docx bytes and Chinese warnings. The layout comes from a profile
(``resources/profiles/*.json``); each font role can be remapped by the office (``Settings.fonts``).
No Qt: the window calls this from a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import docx
from docx.document import Document

from ...model.characters import strip_illegal
from ...model.inline import plain
from ...model.report import Report
from ..blocks import Block, Kind, to_blocks
from .body import BodyWriter
from .layout import (
    page_metrics,
    set_first_page,
    set_font_table,
    set_footers,
    set_page,
    set_settings,
    set_theme_fonts,
    split_unnumbered_tail,
)
from .profile import DEFAULT_PROFILE, Profile, ProfileError, list_profiles, load_profile, resolve_fonts
from .styles import build_styles

__all__ = ["DocxOutput", "ProfileError", "list_profiles", "load_profile", "render_docx", "resolve_fonts"]


@dataclass
class DocxOutput:
    data: bytes
    warnings: list[str] = field(default_factory=list)


def render_docx(
    report: Report,
    profile: Profile | str = DEFAULT_PROFILE,
    fonts: Mapping[str, str] | None = None,
    blocks: list[Block] | None = None,
) -> DocxOutput:
    """The report as .docx bytes. ``fonts`` maps roles to installed fonts over the profile's defaults.

    Raises ProfileError for a missing or broken profile.
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    font_map, warnings = resolve_fonts(profile, fonts)
    metrics, _, _ = page_metrics(profile)

    document = docx.Document()
    styles_root = document.styles.element
    for child in list(styles_root):
        styles_root.remove(child)
    styles_root.extend(list(build_styles(profile, font_map, metrics)))
    set_page(document, profile)
    set_footers(document, profile)
    set_settings(document, profile)
    set_font_table(document, profile, font_map)
    set_theme_fonts(document, font_map)
    writer = BodyWriter(profile, metrics, plain(report.signature), plain(report.date))
    _set_properties(document, report)
    body = document.element.body
    section = body[-1]
    for child in list(body)[:-1]:
        body.remove(child)
    blocks = to_blocks(report) if blocks is None else blocks
    for element in writer.elements(blocks):
        section.addprevious(element)
    masthead = next((b.meta for b in blocks if b.kind is Kind.MASTHEAD), None)
    if masthead is not None and masthead.issuer and profile["masthead"].get("in_header"):
        set_first_page(document, writer.letter_header(masthead), writer.letter_footer())
    if writer.unnumbered_tail:
        split_unnumbered_tail(document)
    if writer.removed:
        warnings.append(f"文中有 {writer.removed} 个无法写入 Word 的控制字符，已在导出文件中删除（原文稿未改动）")

    stream = io.BytesIO()
    document.save(stream)
    return DocxOutput(stream.getvalue(), warnings)


def _set_properties(document: Document, report: Report) -> None:
    """Title, author and keywords for the file's properties (cleaned; the body counts what it drops)."""

    def clean(text: str) -> str:
        return strip_illegal(text)[0]

    props = document.core_properties
    meta = report.meta
    props.title = clean(plain(meta.title))[:255]
    props.author = clean(meta.author or meta.source)[:255]
    props.subject = clean(meta.summary)[:255]
    props.keywords = clean("，".join(meta.keywords))[:255]
    props.language = "zh-CN"
    props.last_modified_by = ""
    props.comments = ""
    now = datetime.now(UTC).replace(microsecond=0)
    props.created = props.modified = now
    props.revision = 1
