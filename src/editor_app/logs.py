"""The app's log file: what IT staff read when a desktop misbehaves (start-up choices, failures, crashes).

Logs go to platformdirs' user log folder (``EDITOR_APP_LOG_DIR`` overrides it), in ``editor-app.log``, rotated
at 1 MB with five old files kept (``editor-app.log.1`` the newest), so a long-running desktop never fills the disk.
A folder that cannot be written leaves logging to stderr: logging must never keep the app from starting.
The file is set up before the window exists, so every start-up line is kept; the rotation is done here on plain
``logging`` because ``logging.handlers`` brings socket, pickle and queue (about 10 ms of every start, issue #13).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from .settings import platform_dir

LOG_NAME = "editor-app.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    override = os.environ.get("EDITOR_APP_LOG_DIR")
    return Path(override) if override else platform_dir("user_log_dir")


def log_path() -> Path:
    return log_dir() / LOG_NAME


class RotatingFile(logging.FileHandler):
    """Appends to the log; a record that would take it past ``MAX_BYTES`` first moves it to ``.1`` (``.1`` to
    ``.2``…, the oldest of ``BACKUPS`` dropped), as ``logging.handlers.RotatingFileHandler`` does."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, mode="a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        """Formats the record once: its size decides the rotation, then the same text is written."""
        try:
            text = self.format(record) + self.terminator
            if self.stream is not None:
                written = self.stream.seek(0, os.SEEK_END)  # another process may have written to the file
                if written and written + len(text.encode("utf-8")) > MAX_BYTES:
                    self._rotate()
            if self.stream is None:  # a new file after a rotation
                self.stream = self._open()
            self.stream.write(text)
            self.flush()
        except RecursionError:  # as logging does
            raise
        except Exception:  # as logging does: a failing log never stops the app
            self.handleError(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for number in range(BACKUPS - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file; returns its path, or None when only stderr is left."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "editor_app", False):
            root.removeHandler(handler)
            handler.close()
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFile(path)
    except OSError:
        handler, path = logging.StreamHandler(sys.stderr), None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.editor_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
