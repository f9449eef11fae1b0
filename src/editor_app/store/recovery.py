"""Recovery copies: what autosave writes while a document is open, so a killed process loses (almost) nothing.

Each open window has a session id. Its recovery copy is ``<folder>/<id>.edesk`` (the folder is the caller's:
``settings.recovery_dir()`` for the app) (a normal document file,
written atomically) with ``<id>.json`` beside it naming the original file, the title, the time and the writing
process. A copy is discarded when its window closes normally; whatever is left over after a crash belongs to a
process that no longer runs, and the next start offers it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..model.records import record
from ..model.report import Report
from .document import encode, open_document
from .files import atomic_write
from .json_text import SectionTexts
from .lock import process_alive


def new_session_id() -> str:
    """32 random hex digits (as ``uuid4().hex``, without loading uuid and platform at start-up)."""
    return os.urandom(16).hex()


@record(frozen=True)
class RecoveryCopy:
    session: str
    document: Path  # the recovery copy itself
    original: Path | None  # the file the writer was editing, None for an unsaved new report
    title: str
    saved: str  # ISO time of the copy
    pid: int
    stamp: tuple[int, int] | None = None  # the original's (mtime_ns, size) as the window last read or saved it

    def load(self) -> Report:
        """The recovered report. Raises DocumentError when the copy is damaged."""
        return open_document(self.document)


def write_recovery(
    folder: Path,
    session: str,
    report: Report,
    original: Path | None,
    stamp: tuple[int, int] | None = None,
    sections: SectionTexts | None = None,
) -> Path:
    """Write (or overwrite) the recovery copy of one window. Raises OSError; call it off the UI thread.

    ``stamp`` is what the window knew of the original on disk, so a restored window still notices (and asks
    before overwriting) a save made by someone else since. ``sections``: the window's, so an unchanged section
    is not encoded again."""
    from datetime import datetime  # only where a copy is written, as in encode()

    folder.mkdir(parents=True, exist_ok=True)
    document = folder / f"{session}.edesk"
    atomic_write(document, encode(report, sections=sections), keep_backup=False)
    info = {
        "original": str(original) if original else "",
        "title": report.meta.title,
        "saved": datetime.now().astimezone().isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "stamp": list(stamp) if stamp else None,
    }
    atomic_write(folder / f"{session}.json", json.dumps(info, ensure_ascii=False).encode("utf-8"), keep_backup=False)
    return document


def discard_recovery(folder: Path, session: str) -> None:
    for suffix in (".edesk", ".json"):
        (folder / f"{session}{suffix}").unlink(missing_ok=True)


def list_recoveries(folder: Path) -> list[RecoveryCopy]:
    """Recovery copies in ``folder`` left by processes that are gone (newest first); damaged sidecars are skipped."""
    copies = []
    for sidecar in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        document = sidecar.with_suffix(".edesk")
        try:
            info = json.loads(sidecar.read_text(encoding="utf-8"))
            pid = int(info.get("pid", 0))
        except (OSError, ValueError, TypeError, AttributeError):
            continue
        if not document.is_file():
            continue
        if process_alive(pid):
            continue  # a window of a running app (this one or another) is still writing it
        original = Path(info["original"]) if info.get("original") else None
        title, saved = str(info.get("title", "")), str(info.get("saved", ""))
        copies.append(RecoveryCopy(sidecar.stem, document, original, title, saved, pid, _stamp(info.get("stamp"))))
    return sorted(copies, key=lambda copy: copy.saved, reverse=True)


def _stamp(value) -> tuple[int, int] | None:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return value[0], value[1]
    return None
