"""Lock files: a second window or a second copy of the app opening the same document is warned.

The lock is ``.~NAME.edesk.lock`` beside the document (the LibreOffice convention, so IT recognises it),
holding the process id, host, user and time. A lock left by a process that no longer runs on this host is
stale and is taken over silently; a lock from another host cannot be checked and is always reported.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from ..model.records import record


def lock_path(document: Path) -> Path:
    return document.with_name(f".~{document.name}.lock")


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@record(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    time: str

    def describe(self) -> str:
        return f"{self.user}（{self.host}，{self.time[:16].replace('T', ' ')} 起）"


def _host() -> str:
    import socket  # with getpass, only where locks are taken: an export (which imports this module) never needs them

    return socket.gethostname()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "未知用户"


def read_lock(document: Path) -> LockOwner | None:
    """The live owner of a document's lock, or None when unlocked or the lock is stale."""
    try:
        data = json.loads(lock_path(document).read_text(encoding="utf-8"))
        owner = LockOwner(int(data["pid"]), str(data["host"]), str(data.get("user", "")), str(data.get("time", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.host == _host() and not process_alive(owner.pid):
        return None
    return owner


def take_lock(document: Path) -> None:
    """Write our lock beside the document. A read-only folder is not an error: the lock is advisory."""
    from datetime import datetime  # only here: a window on the first run's sample takes no lock

    data = {
        "pid": os.getpid(),
        "host": _host(),
        "user": _user(),
        "time": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    with contextlib.suppress(OSError):
        lock_path(document).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def release_lock(document: Path) -> None:
    """Remove the lock if it is ours (same process on this host)."""
    path = lock_path(document)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("pid") == os.getpid() and data.get("host") == _host():
            path.unlink()
    except (OSError, ValueError, AttributeError):
        pass
