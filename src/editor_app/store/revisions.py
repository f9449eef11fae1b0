"""Earlier versions kept inside the document file, so "Compare with…" works on a file mailed or carried away.

Each save that changes the report keeps the version it replaces as ``history/<number>-<saved>.json`` (the same
payload as ``document.json``). The history is bounded in count and in size: when it grows past either bound, the oldest
versions are thinned first — the very first version stays, the ones after it go one by one — so both the origin
and the recent steps remain comparable.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from ..model.patterns import lazy_pattern
from ..model.records import record
from ..model.report import Report
from .schema import SCHEMA_VERSION, SchemaError, migrate, report_from_dict

HISTORY = "history/"
MAX_REVISIONS = 30
MAX_HISTORY_BYTES = 16 * 1024 * 1024  # uncompressed JSON; a report is text
_NAME = lazy_pattern(r"^history/(\d{4,})-(\d{8}T\d{6})\.json$")  # a sequence number, then when it was saved


@record(frozen=True)
class Revision:
    name: str  # the entry name inside the file
    saved: str  # when that version was saved, "2026-11-30 09:30:15"
    size: int


def _saved_label(stamp: str) -> str:
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}"


def _entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    found = [(int(match[1]), info) for info in archive.infolist() if (match := _NAME.match(info.filename))]
    return [info for _, info in sorted(found, key=lambda pair: pair[0])]


def list_revisions(path: Path | str) -> list[Revision]:
    """The earlier versions inside a document file, oldest first ([] for a file without, or one unreadable)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return [
                Revision(i.filename, _saved_label(_NAME.match(i.filename)[2]), i.file_size) for i in _entries(archive)
            ]
    except (OSError, zipfile.BadZipFile):
        return []


def load_revision(path: Path | str, name: str) -> Report:
    """One earlier version as a report. Raises ValueError with a Chinese message when it cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            payload = json.loads(archive.read(name).decode("utf-8"))
        schema = payload.get("schema", 1)
        if not isinstance(schema, int) or not 1 <= schema <= SCHEMA_VERSION:
            raise ValueError("版本号无效")
        return report_from_dict(migrate(payload, schema).get("report"))
    except (
        OSError,
        KeyError,
        zipfile.BadZipFile,
        UnicodeDecodeError,
        json.JSONDecodeError,
        SchemaError,
        AttributeError,
    ) as error:
        raise ValueError(f"历史版本“{name}”无法读取（{error}）") from None


def carried_history(previous: bytes | None, new_report: dict, stamp: str) -> dict[str, bytes]:
    """The history entries for a new save: the previous file's history, plus the previous version itself when the
    report changed, thinned to the bounds. ``previous`` is the file's bytes before this save (None: a new file)."""
    if previous is None:
        return {}
    try:
        archive = zipfile.ZipFile(io.BytesIO(previous))
        with archive:
            history = {info.filename: archive.read(info.filename) for info in _entries(archive)}
            current = archive.read("document.json")
            before = json.loads(current.decode("utf-8"))
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, RuntimeError):
        return {}  # not a readable document: nothing to carry (the save itself decides what to do)
    if isinstance(before, dict) and before.get("report") != new_report:
        number = max((int(_NAME.match(name)[1]) for name in history), default=0) + 1
        history[f"{HISTORY}{number:04d}-{stamp}.json"] = current
    return thin(history)


def thin(history: dict[str, bytes]) -> dict[str, bytes]:
    """Drop the second-oldest version until the history is within both bounds (the first one is kept)."""
    names = sorted(history, key=lambda name: int(_NAME.match(name)[1]))
    while len(names) > 1 and (len(names) > MAX_REVISIONS or sum(len(history[n]) for n in names) > MAX_HISTORY_BYTES):
        names.pop(1 if len(names) > 2 else 0)
    return {name: history[name] for name in names}
