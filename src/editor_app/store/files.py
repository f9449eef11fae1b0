"""Every write to disk goes through here: atomic replacement, the previous version kept as a backup, and
OS errors turned into Chinese reasons. Documents, exports, settings and recovery copies all use it, so a
crash or a full disk never leaves a half-written file anywhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from .lock import process_alive

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from typing import BinaryIO

BACKUP_SUFFIX = ".bak"
_TEMP_SUFFIXES = (".tmp", ".baktmp")


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
    if error.errno == errno.EFBIG:
        return "文件超过系统允许的大小上限，请换一个位置保存或联系管理员"
    if error.errno == errno.EIO:
        return "磁盘读写出错，请检查磁盘或换一个位置保存"
    code = errno.errorcode.get(error.errno, "") if error.errno else ""
    return f"系统错误（{code or '未知原因'}），请换一个位置保存"


def _new_file_mode() -> int:
    """The mode a plain ``open()`` would give a new file (0666 less the umask); a temporary is made 0600.

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


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def sweep_stale_temporaries(path: Path) -> None:
    """Remove the temporaries that saves of ``path`` killed mid-way left behind (``.NAME.PID.*.tmp``): their
    process no longer runs, so nobody will finish them. Those of a live process are left to it."""
    prefix = f".{path.name}."
    try:
        names = [entry.name for entry in os.scandir(path.parent) if entry.name.startswith(prefix)]
    except OSError:
        return  # an unlistable folder: the write says what is wrong, if anything
    for name in names:
        pid = name[len(prefix) :].split(".", 1)[0]
        if name.endswith(_TEMP_SUFFIXES) and pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(path.parent / name)


def _new_temp(path: Path, suffix: str) -> Path:
    """A new empty file only this process uses, ``.NAME.PID.RANDOM{suffix}`` beside ``path``: what
    ``tempfile.mkstemp`` makes, without its import (random, weakref) on every command."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.with_name(f"{_temp_prefix(path)}{os.urandom(6).hex()}{suffix}")
        try:
            os.close(os.open(temp, flags, 0o600))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(errno.EEXIST, "无法创建临时文件", str(path.parent))


def _stage(path: Path, data: bytes) -> Path:
    """A synced temporary beside ``path`` holding ``data``, read back, with the mode ``path`` has (or a new file
    would get)."""
    temp = _new_temp(path, ".tmp")
    try:
        _write_synced(temp, data)
        if temp.read_bytes() != data:
            raise OSError(errno.EIO, "写入后读回的内容与预期不符")
        if path.exists():
            shutil.copymode(path, temp)
        else:
            os.chmod(temp, NEW_FILE_MODE)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _copy_aside(path: Path) -> Path:
    """A synced copy of ``path`` beside it: the backup to be, or the old version to roll back to."""
    copy = _new_temp(path, ".baktmp")
    try:
        shutil.copyfile(path, copy)
        shutil.copymode(path, copy)
        with open(copy, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Put ``data`` at ``path`` so that a reader sees either the old file or the whole new one.

    Raises OSError; on failure the old file (and the old backup) are untouched and no temporary is left.
    """
    sweep_stale_temporaries(path)
    temp = _stage(path, data)
    try:
        if keep_backup and path.exists():
            backup_temp = _copy_aside(path)
            try:
                os.replace(backup_temp, backup_path(path))
            except BaseException:
                backup_temp.unlink(missing_ok=True)
                raise
        os.replace(temp, path)
        _fsync_folder(path.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write_together(items: list[tuple[Path, bytes]]) -> None:
    """Put several files in place as one, for outputs that belong together (a CMS fragment and its fields):
    afterwards all are new, or, when this raises OSError, all are as they were and no temporary is left."""
    staged: list[tuple[Path, Path]] = []
    done: list[tuple[Path, Path | None]] = []  # replaced targets, with a copy of what they held
    try:
        for path, data in items:
            sweep_stale_temporaries(path)
            staged.append((path, _stage(path, data)))
        for path, temp in staged:
            old = _copy_aside(path) if path.is_file() else None
            try:
                os.replace(temp, path)
            except BaseException:
                if old is not None:
                    old.unlink(missing_ok=True)
                raise
            done.append((path, old))
        for folder in {path.parent for path, _ in items}:
            _fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            for path, old in reversed(done):
                if old is None:
                    path.unlink()
                else:
                    os.replace(old, path)
            for _, temp in staged:
                temp.unlink(missing_ok=True)
        raise
    for _, old in done:
        if old is not None:
            old.unlink(missing_ok=True)


def read_at_most(handle: BinaryIO, limit: int, chunk: int = 1 << 20) -> bytes | None:
    """The file's bytes, or None past ``limit``; read a chunk at a time, since ``read(limit + 1)`` allocates the
    whole limit (256 MB for a document) at once however small the file."""
    chunks, total = [], 0
    while piece := handle.read(chunk):
        total += len(piece)
        if total > limit:
            return None
        chunks.append(piece)
    return b"".join(chunks)
