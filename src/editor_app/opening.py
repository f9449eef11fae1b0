"""Open whatever the user points at: a document of ours (known by its content, whatever its name), or a source
to import (chosen by extension).

An application service: it picks between ``store`` (our own documents) and ``importers`` (everything else).
"""

from __future__ import annotations

from pathlib import Path

from .importers.markdown import ImportFailed, parse_markdown
from .model.report import Report
from .store.document import EXTENSION, is_document_file, open_document

MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_SOURCE_BYTES = 64 * 1024 * 1024


class LoadFailed(Exception):
    """Could not read the source; the message is Chinese, names the file and says why."""


def read_source_text(path: Path) -> tuple[str, list[str]]:
    """The text of a source file: UTF-8 (with or without BOM), else GB18030 as older Chinese tools write."""
    try:
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise LoadFailed(f"无法导入“{path.name}”：文件超过 {MAX_SOURCE_BYTES // 1024 // 1024} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadFailed(f"无法导入“{path.name}”：文件不存在") from None
    except OSError as error:
        raise LoadFailed(f"无法导入“{path.name}”：{error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), [f"“{path.name}”不是 UTF-8 编码，已按 GB18030（GBK）读取"]
    except UnicodeDecodeError:
        raise LoadFailed(f"无法导入“{path.name}”：文字编码无法识别（既不是 UTF-8 也不是 GBK）") from None


def load_report(path: Path) -> tuple[Report, list[str]]:
    """A Report from a document file or an importable source, with import warnings. Raises LoadFailed or
    DocumentError."""
    suffix = path.suffix.lower()
    if suffix == EXTENSION or is_document_file(path):
        return open_document(path), []
    if suffix in MARKDOWN_SUFFIXES:
        text, warnings = read_source_text(path)
        try:
            result = parse_markdown(text)
        except ImportFailed as error:
            raise LoadFailed(f"无法导入“{path.name}”：{error}") from None
        return result.report, warnings + result.warnings
    raise LoadFailed(
        f"无法打开“{path.name}”：不支持的文件类型“{suffix or '无扩展名'}”。"
        f"目前可打开稿件编辑台文档（{EXTENSION}）和 Markdown（.md）"
    )
