"""Open whatever the user points at: a document of ours (known by its content, whatever its name), or a source
to import (chosen by extension).

An application service: it picks between ``store`` (our own documents) and ``importers`` (everything else).
"""

from __future__ import annotations

import stat
from pathlib import Path

from .model.report import Report
from .store.document import EXTENSION, is_document_file, open_document
from .store.files import os_reason, read_at_most

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:  # the importers load YAML, markdown-it, python-docx and lxml: only when a source is imported
    from .importers.common import ImportResult
    from .importers.structure import Corrections, Progress

SOURCE_KINDS = {".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt", ".docx": "docx", ".html": "html",
                ".htm": "html", ".shtml": "html"}  # fmt: skip
"""Importable file types by extension → the importer's name (``editor-app import --from``)."""
MAX_SOURCE_BYTES = 64 * 1024 * 1024
PREVIEWED = ("txt", "docx", "html")
"""The importers whose structure is recognised, so a file of their kind opens through the import preview."""


class LoadFailed(Exception):
    """Could not read the source; the message is Chinese, names the file and says why."""


def read_source_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_SOURCE_BYTES (a link to a device or a pipe is refused)."""
    too_big = f"无法导入“{path.name}”：文件超过 {MAX_SOURCE_BYTES // 1024 // 1024} MB"
    try:
        if path.is_dir():
            raise LoadFailed(f"无法导入“{path.name}”：这是文件夹")
        if not stat.S_ISREG(path.stat().st_mode):
            raise LoadFailed(f"无法导入“{path.name}”：这不是普通文件（可能是设备或管道）")
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise LoadFailed(too_big)
        with open(path, "rb") as handle:
            data = read_at_most(handle, MAX_SOURCE_BYTES)
    except FileNotFoundError:
        raise LoadFailed(f"无法导入“{path.name}”：文件不存在") from None
    except OSError as error:
        raise LoadFailed(f"无法导入“{path.name}”：{os_reason(error)}") from None
    if data is None:
        raise LoadFailed(too_big)
    return data


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text and the number of bad bytes when ``data`` is UTF-8 spoilt by a few stray bytes (a GBK text read as
    UTF-8 fails on nearly every character, so many good multi-byte characters per bad one means UTF-8)."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for char in text if char > "\x7f") - bad
    return (text, bad) if wide >= 8 * bad else None


def read_source_text(path: Path) -> tuple[str, list[str]]:
    """The text of a source file: UTF-8 (with or without BOM, a few bad bytes reported), else GB18030 as older
    Chinese tools write."""
    data = read_source_bytes(path)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    spoilt = _mostly_utf8(data.removeprefix(b"\xef\xbb\xbf"))
    if spoilt:
        text, bad = spoilt
        return text, [f"“{path.name}”是 UTF-8 编码，但有 {bad} 处字节无效，已显示为“\ufffd”，请核对"]
    try:
        return data.decode("gb18030"), [f"“{path.name}”不是 UTF-8 编码，已按 GB18030（GBK）读取"]
    except UnicodeDecodeError:
        raise LoadFailed(f"无法导入“{path.name}”：文字编码无法识别（既不是 UTF-8 也不是 GBK）") from None


def source_kind(path: Path, kind: str | None = None) -> str | None:
    """The importer for ``path`` (``kind`` overrides the extension), or None when nothing imports it."""
    return kind or SOURCE_KINDS.get(path.suffix.lower())


def previewed(path: Path) -> bool:
    """Whether opening ``path`` goes through the import preview (text, Word, a saved page)."""
    return source_kind(path) in PREVIEWED


def import_source(
    path: Path, kind: str | None = None, corrections: Corrections | None = None, progress: Progress | None = None
) -> ImportResult:
    """Import a source file with its recognition decisions. Raises LoadFailed with a Chinese message.

    The importers are loaded here, the one a source needs (YAML, markdown-it, python-docx are not free)."""
    from .importers.common import ImportFailed

    chosen = source_kind(path, kind)
    if chosen is None:
        raise LoadFailed(
            f"无法打开“{path.name}”：不支持的文件类型“{path.suffix or '无扩展名'}”。"
            f"可打开稿件编辑台文档（{EXTENSION}）、Word（.docx）、网页（.html）、纯文本（.txt）和 Markdown（.md）"
        )
    try:
        if chosen == "md":
            from .importers.markdown import parse_markdown

            text, warnings = read_source_text(path)
            result = parse_markdown(text)
        elif chosen == "txt":
            from .importers.text import parse_text

            text, warnings = read_source_text(path)
            result = parse_text(text, corrections, progress)
        elif chosen == "docx":
            from .importers.docx import parse_docx

            data, warnings = read_source_bytes(path), []
            result = parse_docx(data, corrections, progress)
        else:
            from .importers.html import parse_html

            data, warnings = read_source_bytes(path), []
            result = parse_html(data, corrections, progress)
    except ImportFailed as error:
        raise LoadFailed(f"无法导入“{path.name}”：{error}") from None
    result.warnings[:0] = warnings
    return result


def load_report(path: Path) -> tuple[Report, list[str]]:
    """A Report from a document file or an importable source, with import warnings. Raises LoadFailed or
    DocumentError."""
    if path.suffix.lower() == EXTENSION or is_document_file(path):
        return open_document(path), []
    result = import_source(path)
    return result.report, result.warnings
