"""Every write to disk goes through here: atomic replacement, the previous version kept as a backup, and
OS errors turned into Chinese reasons. Documents, exports, settings and recovery copies all use it, so a
crash or a full disk never leaves a half-written file anywhere.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def os_reason(error: OSError) -> str:
    """Why a disk operation failed, in words a writer understands."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "磁盘空间不足，请清理磁盘或换一个位置保存"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "没有写入权限（文件夹只读或被保护），请换一个位置保存"
    if error.errno == errno.ENOENT:
        return "文件夹不存在"
    if error.errno == errno.ENAMETOOLONG:
        return "文件名过长"
    return f"系统错误：{error.strerror or error}"


def _new_file_mode() -> int:
    """The mode a plain ``open()`` would give a new file (0666 less the umask); mkstemp would give 0600.

    Read once at import: ``os.umask`` changes the whole process, so it must not run while savers work."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


NEW_FILE_MODE = _new_file_mode()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Put ``data`` at ``path`` so that a reader sees either the old file or the whole new one.

    Raises OSError; on failure the old file (and the old backup) are untouched and no temporary is left.
    """
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    backup_temp: Path | None = None
    try:
        _write_synced(temp, data)
        if temp.read_bytes() != data:
            raise OSError(errno.EIO, "写入后读回的内容与预期不符")
        if not path.exists():
            os.chmod(temp, NEW_FILE_MODE)
        else:
            shutil.copymode(path, temp)
            if keep_backup:
                fd, backup_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".baktmp", dir=folder)
                os.close(fd)
                backup_temp = Path(backup_name)
                shutil.copyfile(path, backup_temp)
                shutil.copymode(path, backup_temp)
                with open(backup_temp, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(backup_temp, backup_path(path))
                backup_temp = None
        os.replace(temp, path)
        _fsync_folder(folder)
    except BaseException:
        for leftover in (temp, backup_temp):
            if leftover is not None:
                leftover.unlink(missing_ok=True)
        raise
