"""The app's log file: what IT staff read when a desktop misbehaves (start-up choices, failures, crashes).

Logs go to platformdirs' user log folder (``EDITOR_APP_LOG_DIR`` overrides it), in ``editor-app.log``, rotated
at 1 MB with five old files kept, so a long-running desktop never fills the disk. A folder that cannot be
written leaves logging to stderr: logging must never keep the app from starting.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from .settings import APP_AUTHOR, APP_NAME

LOG_NAME = "editor-app.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    override = os.environ.get("EDITOR_APP_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_path() -> Path:
    return log_dir() / LOG_NAME


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
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        handler, path = logging.StreamHandler(sys.stderr), None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.editor_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
