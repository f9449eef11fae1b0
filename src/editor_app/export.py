"""Exporting, the application service the CLI and the File menu share: formats by name, settings, themes and
fonts resolved, paths chosen, files written atomically.

``render`` only turns a report into text or bytes; this module builds the block stream once per export,
hands it to the renderer and to the content warnings, and writes the result through ``store.files``.
Formats whose renderer is not built yet are listed, and say so instead of pretending.

Renderers, office settings, python-docx and Typst are imported by the export that needs them: the command line
and the window list the formats on every start, and a text export must not pay for Word's libraries. Typst (the
PDF engine) is an optional component of the installed app (``editor-app-pdf``): without it the PDF export says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from .model.characters import strip_illegal
from .model.records import field, record
from .model.report import Report
from .store.files import atomic_write, atomic_write_together, os_reason

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from .render.blocks import Block
    from .render.docx import WordComment
    from .render.docx.profile import Profile
    from .settings import Settings


class ExportUnavailable(Exception):
    """The export cannot start (format not built, output would replace the source); the message is Chinese."""


class ExportFailed(Exception):
    """Writing the export failed (missing folder, no permission, full disk); the message is Chinese."""


@record
class ExportResult:
    paths: list[Path]
    warnings: list[str] = field(default_factory=list)


Writer = Callable[[Report, "list[Block]", Path], ExportResult]


@record(frozen=True)
class Exporter:
    name: str  # what the user sees
    suffix: str
    write: Writer | None
    pending: str = ""  # why it is not available (not built yet, or its optional component not installed)
    needs: str = ""  # the module an optional install component brings, found without importing it

    def unavailable(self) -> str:
        """Why this export cannot run here, or "" when it can."""
        if self.write is None or (self.needs and find_spec(self.needs) is None):
            return self.pending
        return ""


PDF_COMPONENT_MISSING = "PDF 导出需要安装“PDF 导出组件”（editor-app-pdf），请联系单位信息技术人员。"


def _utf8(text: str, warnings: list[str]) -> bytes:
    """``text`` as UTF-8, without the characters no file may hold (lone surrogates a document can carry from an
    old paste, controls, bidi overrides); how many were left out becomes a warning."""
    cleaned, dropped = strip_illegal(text)
    _note_dropped(dropped, warnings)
    return cleaned.encode("utf-8")


def _note_dropped(dropped: int, warnings: list[str]) -> None:
    if dropped:
        warnings.append(f"文中有 {dropped} 个无法写入文件的字符（控制字符或残缺的字符），导出时已略去（原文稿未改动）")


def _clean_fields(fields: dict, warnings: list[str]) -> dict:
    """The fragment's fields without the characters no file may hold: cleaned before JSON encoding, which would
    otherwise write a control character as an escape (``\\u001b``) that a CMS shows as a box or refuses."""
    dropped = 0

    def clean(text: str) -> str:
        nonlocal dropped
        cleaned, count = strip_illegal(text)
        dropped += count
        return cleaned

    cleaned = {
        key: [clean(v) for v in value] if isinstance(value, list) else clean(value) for key, value in fields.items()
    }
    _note_dropped(dropped, warnings)
    return cleaned


def write_text(render: Callable[[Report, list[Block]], str]) -> Writer:
    def write(report: Report, blocks: list[Block], path: Path) -> ExportResult:
        warnings: list[str] = []
        atomic_write(path, _utf8(render(report, blocks), warnings), keep_backup=False)
        return ExportResult([path], warnings)

    return write


def _markdown(report: Report, blocks: list[Block]) -> str:
    from .render.markdown import render_markdown

    return render_markdown(report, blocks)


def _text(report: Report, blocks: list[Block]) -> str:
    from .render.text import render_text

    return render_text(report, blocks)


def _official_layout(report: Report) -> tuple[Settings, Profile, list[str]]:
    """The layout the document asks for (信函, 纪要) or else the office's profile, and the settings."""
    from .office import load_profile
    from .render.docx.profile import DEFAULT_PROFILE, ProfileError
    from .settings import load_settings

    settings, settings_warning = load_settings()
    warnings = [settings_warning] if settings_warning else []
    try:
        profile = load_profile(report.layout or settings.word_profile)
    except ProfileError as error:
        warnings.append(f"{error}；已改用默认的公文版式")
        profile = load_profile(DEFAULT_PROFILE)
    return settings, profile, warnings


def write_docx(
    report: Report, blocks: list[Block], path: Path, comments: list[WordComment] | None = None
) -> ExportResult:
    """Word in the document's layout with the office's font mapping; problems become Chinese warnings."""
    from .fonts import font_warnings
    from .render.docx import render_docx

    settings, profile, warnings = _official_layout(report)
    output = render_docx(report, profile, settings.fonts, blocks, comments or ())
    atomic_write(path, output.data, keep_backup=False)
    fonts = font_warnings(profile, _fonts(profile, settings), blocks, pdf=False)
    return ExportResult([path], warnings + output.warnings + fonts)


def write_pdf(report: Report, blocks: list[Block], path: Path) -> ExportResult:
    """PDF in the same official layout as the Word export, made without an office suite."""
    from .fonts import font_warnings
    from .render.pdf import render_pdf

    settings, profile, warnings = _official_layout(report)
    output = render_pdf(report, profile, settings.fonts, blocks)
    atomic_write(path, output.data, keep_backup=False)
    fonts = font_warnings(profile, _fonts(profile, settings), blocks, pdf=True)
    return ExportResult([path], warnings + output.warnings + fonts)


def _fonts(profile: Profile, settings: Settings) -> dict[str, str]:
    from .render.docx.profile import resolve_fonts

    return resolve_fonts(profile, settings.fonts)[0]


def write_handback(report: Report, blocks: list[Block], path: Path) -> ExportResult:
    """Word with the open comments and the review's findings as Word comments: the copy handed back to a writer
    who works in Word or WPS (never the copy for submission or the portal)."""
    from .reviewing import handback_comments

    return write_docx(report, blocks, path, handback_comments(report))


def write_page(report: Report, blocks: list[Block], path: Path) -> ExportResult:
    """The standalone portal page, in the theme and under the portal name the settings choose."""
    from .office import theme_or_default
    from .render.html import render_page
    from .settings import load_settings

    settings, settings_warning = load_settings()
    theme, theme_warning = theme_or_default(settings.theme)
    page = render_page(report, theme, site_name=settings.portal_name, blocks=blocks)
    atomic_write(path, page.encode("utf-8"), keep_backup=False)
    return ExportResult([path], [w for w in (settings_warning, theme_warning) if w])


def fields_path(path: Path) -> Path:
    """Where the CMS fields go beside a fragment: ``稿件.fragment.html`` → ``稿件.fragment.json``."""
    stem = path.name.removesuffix(path.suffix) if path.suffix.lower() in (".html", ".htm") else path.name
    return path.with_name(stem + ".json")


def write_fragment(report: Report, blocks: list[Block], path: Path) -> ExportResult:
    """The CMS body fragment, and beside it the title, source, date, column, keywords and summary as JSON."""
    from .render.html import render_fragment

    fragment = render_fragment(report, blocks)
    fields = fields_path(path)
    warnings: list[str] = []
    body = _utf8(fragment.body, warnings)
    data = json.dumps(_clean_fields(fragment.fields(), warnings), ensure_ascii=False, indent=2) + "\n"
    atomic_write_together([(path, body), (fields, data.encode("utf-8"))])  # written together or not at all
    return ExportResult([path, fields], warnings[:1])


EXPORTERS: dict[str, Exporter] = {
    "md": Exporter("Markdown", ".md", write_text(_markdown)),
    "txt": Exporter("纯文本", ".txt", write_text(_text)),
    "html": Exporter("网页（门户样式）", ".html", write_page),
    "fragment": Exporter("网页正文片段（CMS）", ".fragment.html", write_fragment),
    "docx": Exporter("Word 公文", ".docx", write_docx),
    "pdf": Exporter("PDF 公文", ".pdf", write_pdf, PDF_COMPONENT_MISSING, needs="typst"),
    "handback": Exporter("Word（含批注和审校意见，退回作者）", ".批注.docx", write_handback),
}


def default_output(source: Path, fmt: str) -> Path:
    name = source.name.removesuffix(source.suffix) if source.suffix else source.name
    return source.with_name(name + EXPORTERS[fmt].suffix)


def output_path(source: Path, fmt: str, output: Path | None) -> Path:
    """Where an export of ``source`` goes: ``output`` (with the format's suffix where it has none), a file named
    after the source inside ``output`` when that is a folder, or beside the source."""
    if output is None:
        return default_output(source, fmt)
    return output / default_output(source, fmt).name if output.is_dir() else with_format_suffix(output, fmt)


_SAME_EXTENSION = {".html": (".htm",), ".md": (".markdown",)}


def with_format_suffix(path: Path, fmt: str) -> Path:
    """The export's name with the format's suffix added unless it already ends with the format's extension:
    ``paste-test`` → ``paste-test.docx``, ``总结v1.2`` → ``总结v1.2.docx``, ``x.fragment`` → ``x.fragment.html``."""
    suffix = EXPORTERS[fmt].suffix
    head, dot, last = suffix.rpartition(".")
    name = path.name.lower()
    if name.endswith((dot + last, *_SAME_EXTENSION.get(dot + last, ()))):
        return path
    if head and name.endswith(head):
        return path.with_name(path.name + dot + last)  # ``x.fragment``: only the ``.html`` was left out
    return path.with_name(path.name + suffix)


_LEAD_ENDS = "。！？；：…”’）】"


def content_warnings(report: Report, blocks: list[Block] | None = None) -> list[str]:
    """What a reader of the export would notice as unfinished: no title, template prompts left, a bad date; and what
    the review still has open (not approved, errors, unresolved comments). Warnings never block the export."""
    from .model.dates import check_official_date, normalize_published
    from .model.inline import PROMPT, plain
    from .render.blocks import Kind, to_blocks
    from .reviewing import open_items  # the word lists load only when something is exported

    warnings = []
    if not plain(report.meta.title).strip():
        warnings.append("标题为空：导出的文件没有标题")
    blocks = to_blocks(report) if blocks is None else blocks
    prompts = sum(len(PROMPT.findall(block.text)) for block in blocks)
    if prompts:
        warnings.append(f"文中还有 {prompts} 处模板提示“【…】”未替换")
    for block in blocks:
        lead = "".join(span.text for span in block.lead).rstrip()
        if block.kind is Kind.RUNIN and block.spans and lead and lead[-1] not in _LEAD_ENDS:
            warnings.append(f"段首引领句“{block.number}{lead}”没有以句号等标点结尾，会与后文连在一起")
    if report.meta.published:
        try:
            normalize_published(report.meta.published)
        except ValueError as error:
            warnings.append(str(error))
    if report.date and not PROMPT.search(report.date):
        problem = check_official_date(report.date)
        if problem:
            warnings.append(problem)
    return warnings + open_items(report)


def export_report(report: Report, fmt: str, output: Path | None, *, source: Path) -> ExportResult:
    """Write ``report`` as ``fmt`` to ``output`` (default: beside ``source``).

    Raises ExportUnavailable before writing anything, ExportFailed when the disk refuses.
    """
    exporter = EXPORTERS[fmt]
    reason = exporter.unavailable()
    if reason or exporter.write is None:
        raise ExportUnavailable(reason)
    path = output_path(source, fmt, output)
    if path.resolve() == source.resolve():
        raise ExportUnavailable(f"导出文件“{path.name}”与原文稿同名，请用 -o 指定另一个文件名")
    from .render.blocks import to_blocks

    try:
        blocks = to_blocks(report)
        result = exporter.write(report, blocks, path)
    except OSError as error:
        raise ExportFailed(f"无法导出“{path.name}”：{os_reason(error)}") from None
    result.warnings[:0] = content_warnings(report, blocks)
    return result
