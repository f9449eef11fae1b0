"""The document file: one report in one zip container, saved atomically, opened defensively.

Layout of a ``.edesk`` file (like .docx/.odt, a zip):
- ``mimetype`` — stored first and uncompressed, so the file is recognisable without unzipping;
- ``document.json`` — ``{"format", "schema", "app_version", "saved", "report"}``;
- ``history/<saved>.json`` — earlier versions, each a ``document.json`` payload (see ``revisions.py``);
- room for ``images/`` in later versions.

Saving never leaves a half-written document: the new file is written to a temporary file in the same folder,
flushed, fsynced, read back and checked, and only then put in place with ``os.replace``. The previous version
is kept beside it as ``NAME.edesk.bak``. Opening never writes: a damaged file, a file that is not ours or one
from a newer version raises ``DocumentError`` with a Chinese message that names the file and the reason.
"""

from __future__ import annotations

import io
import json
import stat
import zipfile
import zlib
from pathlib import Path

from .. import __version__
from ..model.report import Report
from .files import atomic_write, os_reason, read_at_most
from .json_text import SectionTexts, payload_bytes
from .schema import SCHEMA_VERSION, SchemaError, migrate, report_from_dict, report_to_dict

EXTENSION = ".edesk"  # also in the package root, for the command line; a test keeps them equal
MIMETYPE = "application/vnd.editorial-desk+zip"
FORMAT = "editorial-desk"
MAX_JSON_BYTES = 256 * 1024 * 1024  # a report is text: anything bigger is a damaged or hostile file
MAX_FILE_BYTES = 256 * 1024 * 1024  # the zip itself, compressed: read no further than this
MAX_MIMETYPE_BYTES = 256
# What a damaged or hostile zip can make ``zipfile`` and ``json`` raise besides their own errors: a negative seek,
# an unknown zip version, a corrupt deflate stream, a name that is not UTF-8, a number of 4,300+ digits, nesting
# deeper than the interpreter's stack.
_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    NotImplementedError,  # zipfile: a compression method it does not support (a foreign or damaged file)
    RecursionError,
    MemoryError,
)


class DocumentError(Exception):
    """A document could not be opened or saved. ``str(error)`` is the Chinese message for the user."""

    def __init__(self, path: Path | str, reason: str, *, action: str = "打开") -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"无法{action}“{self.path.name}”：{reason}")


class DamagedDocumentError(DocumentError):
    pass


class ForeignDocumentError(DocumentError):
    pass


class NewerVersionError(DocumentError):
    pass


class SaveError(DocumentError):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(path, reason, action="保存")


def with_extension(path: Path | str) -> Path:
    """Add the document extension unless the name already ends with it: names with dots (``总结v1.2``,
    ``11.30``, ``2025.11``) are everyday in offices and are names, not extensions."""
    path = Path(path)
    return path if path.name.lower().endswith(EXTENSION) else path.with_name(path.name + EXTENSION)


def is_document_file(path: Path | str) -> bool:
    """Whether the file's content is a document of ours, whatever its name: the zip's first entry is the
    uncompressed ``mimetype`` (as in ODF), so its first bytes say so."""
    head = b"mimetype" + MIMETYPE.encode("ascii")
    try:
        with open(path, "rb") as file:
            data = file.read(30 + len(head))
    except OSError:
        return False
    return data[:4] == b"PK\x03\x04" and data[30:] == head


# ---------------------------------------------------------------- encoding


def _json_bytes(payload: dict, sections: SectionTexts | None) -> bytes:
    """Readable UTF-8 JSON; text holding lone surrogates (which UTF-8 cannot carry) is kept exactly as
    ``\\uXXXX`` escapes instead of being dropped. ``sections`` re-uses the text of unchanged sections."""
    try:
        if sections is not None:
            return payload_bytes(payload, sections)
        return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(payload, ensure_ascii=True, indent=1).encode("ascii")


def encode(report: Report, previous: bytes | None = None, sections: SectionTexts | None = None) -> bytes:
    """The bytes of a document file holding ``report``, carrying the history of ``previous`` (the file's old bytes).
    ``sections`` (one per open document) makes encoding again after a small change cost little."""
    from datetime import datetime  # with the history, only where a file is written: the window starts without them

    from .revisions import carried_history

    now = datetime.now().astimezone()
    payload = {
        "format": FORMAT,
        "schema": SCHEMA_VERSION,
        "app_version": __version__,
        "saved": now.isoformat(timespec="seconds"),
        "report": report_to_dict(report),
    }
    history = carried_history(previous, payload["report"], now.strftime("%Y%m%dT%H%M%S"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("document.json", _json_bytes(payload, sections), compress_type=zipfile.ZIP_DEFLATED)
        for name, data in history.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    """A member's bytes, or None when it would inflate beyond ``limit`` (checked while reading, since the size
    in the zip's directory can lie)."""
    if archive.getinfo(name).file_size > limit:
        return None
    with archive.open(name) as member:
        data = member.read(limit + 1)
    return data if len(data) <= limit else None


def _payload(data: bytes, path: Path | str) -> object:
    """The parsed ``document.json`` of a document file's bytes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data[:1] in (b"{", b"[") or data.lstrip()[:1] in (b"{", b"["):
            raise ForeignDocumentError(path, "这不是稿件编辑台文档（看起来是普通 JSON 文件）") from None
        raise ForeignDocumentError(path, "这不是稿件编辑台文档，或文件已严重损坏") from None
    except _DAMAGE:
        raise DamagedDocumentError(path, "文件已损坏，无法解压（压缩包结构有误）") from None
    with archive:
        names = set(archive.namelist())
        if "mimetype" not in names or "document.json" not in names:
            if "word/document.xml" in names:
                raise ForeignDocumentError(
                    path, "这是 Word 文档，不是稿件编辑台文档；本版本还不能导入 Word 文档，文件未作任何改动"
                ) from None
            raise ForeignDocumentError(path, "这不是稿件编辑台文档（缺少文档内容）")
        try:
            mimetype = _read_member(archive, "mimetype", MAX_MIMETYPE_BYTES)
            if mimetype is None or mimetype.decode("ascii", "replace").strip() != MIMETYPE:
                raise ForeignDocumentError(path, "这不是稿件编辑台文档（文件类型标记不符）")
            raw = _read_member(archive, "document.json", MAX_JSON_BYTES)
        except RuntimeError:  # encrypted entries
            raise ForeignDocumentError(path, "文件已加密，无法读取") from None
        except _DAMAGE:
            raise DamagedDocumentError(path, "文件已损坏，无法解压") from None
    if raw is None:
        raise DamagedDocumentError(path, "文档内容大小异常，文件可能已损坏")
    try:
        return json.loads(raw.decode("utf-8"))
    except json.JSONDecodeError as error:
        raise DamagedDocumentError(path, f"文档内容已损坏（第 {error.lineno} 行第 {error.colno} 列）") from None
    except _DAMAGE:
        raise DamagedDocumentError(path, "文档内容已损坏（编码、数字或嵌套层次异常）") from None


def decode(data: bytes, path: Path | str = "文档") -> Report:
    """Read a report from a document file's bytes; raises DocumentError subclasses, never anything else."""
    payload = _payload(data, path)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ForeignDocumentError(path, "这不是稿件编辑台文档（格式标记不符）")
    schema = payload.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise DamagedDocumentError(path, "文档的格式版本号无效")
    if schema > SCHEMA_VERSION:
        writer = payload.get("app_version")
        writer = writer[:40] if isinstance(writer, str) else "较新版本"
        raise NewerVersionError(
            path,
            f"该文档由较新版本的稿件编辑台（{writer}，格式版本 {schema}）保存，"
            f"当前版本只能读取格式版本 {SCHEMA_VERSION} 及以下。请升级后再打开；文件未作任何改动",
        )
    try:
        return report_from_dict(migrate(payload, schema).get("report"))
    except SchemaError as error:
        raise DamagedDocumentError(path, f"文档内容不完整或已损坏（{error.where}：{error.reason}）") from None
    except RecursionError:
        raise DamagedDocumentError(path, "文档结构嵌套过深，文件可能已损坏") from None


# ---------------------------------------------------------------- disk


def open_document(path: Path | str) -> Report:
    """Open a document file. Raises DocumentError (with a Chinese message); never modifies the file."""
    path = Path(path)
    try:
        if path.is_dir():
            raise DocumentError(path, "这是一个文件夹，不是文档")
        if not stat.S_ISREG(path.stat().st_mode):  # before opening: a pipe would block, a device may never end
            raise DocumentError(path, "这不是普通文件（可能是设备或管道），无法作为文档打开")
        with open(path, "rb") as handle:
            data = read_at_most(handle, MAX_FILE_BYTES)
        if data is None:
            raise DocumentError(path, f"文件过大（超过 {MAX_FILE_BYTES // 1024 // 1024} MB），不是正常的稿件")
    except FileNotFoundError:
        raise DocumentError(path, "文件不存在") from None
    except OSError as error:
        raise DocumentError(path, os_reason(error)) from None
    return decode(data, path)


def save_document(
    report: Report, path: Path | str, *, keep_backup: bool = True, sections: SectionTexts | None = None
) -> Path:
    """Save ``report`` atomically at ``path``: ``.edesk`` is added unless the name ends with it or the file is
    already a document of ours (opened by its content, it saves back under its own name).

    Returns the path written. Raises SaveError with a Chinese reason; the file on disk is then unchanged.
    """
    path = Path(path) if is_document_file(path) else with_extension(path)
    try:
        previous = path.read_bytes() if path.is_file() else None
    except OSError:
        previous = None  # unreadable now: the save reports the disk's reason below
    data = encode(report, previous, sections)
    decode(data, path)  # never write what we could not read back
    try:
        atomic_write(path, data, keep_backup=keep_backup)
    except OSError as error:
        raise SaveError(path, os_reason(error)) from None
    return path
