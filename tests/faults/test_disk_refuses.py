"""A full disk and a read-only folder during save, autosave and export: a clear Chinese error, the original
untouched, nothing half-written and no temporary left beside it."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from childproc import in_child
from editor_app.export import EXPORTERS, ExportFailed, export_report
from editor_app.store.document import SaveError, open_document, save_document
from editor_app.store.files import os_reason
from editor_app.store.recovery import write_recovery
from workloads import realistic_report

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="resource limits and fork are POSIX")

LIMIT = 64 * 1024  # the "disk" holds the small original but not the large new version


def _autosave(recovery: Path) -> str:
    """What the window's autosave reports when writing a large recovery copy fails."""
    try:
        write_recovery(recovery, "s1", realistic_report(300_000), None, None)
    except OSError as error:
        return os_reason(error)
    return "written"


def _export_document(path: Path, fmt: str) -> object:
    return export_report(open_document(path), fmt, None, source=path)


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


@pytest.fixture
def folder():
    """A folder every user may read (tmp_path sits under a private folder of the test user)."""
    path = Path(tempfile.mkdtemp(prefix="editor-app-fault-"))
    os.chmod(path, 0o755)
    yield path
    os.chmod(path, 0o755)
    for child in path.iterdir():
        child.unlink()
    path.rmdir()


@pytest.fixture
def original(folder):
    path = save_document(realistic_report(3_000), folder / "报告.edesk")
    save_document(realistic_report(3_000, seed=1), path)  # a backup exists too
    for child in folder.iterdir():
        os.chmod(child, 0o644)
    return path


def test_save_on_a_full_disk(original, folder):
    before = _files(folder)
    with pytest.raises(SaveError) as raised:
        in_child(save_document, realistic_report(300_000), original, file_size_limit=LIMIT)
    assert "超过系统允许的大小" in str(raised.value) and "File too large" not in str(raised.value)
    assert _files(folder) == before


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_export_on_a_full_disk(original, folder, fmt):
    before = _files(folder)
    report = realistic_report(300_000)
    with pytest.raises(ExportFailed, match="超过系统允许的大小"):
        in_child(export_report, report, fmt, None, source=original, file_size_limit=LIMIT)
    assert _files(folder) == before


def test_autosave_on_a_full_disk_keeps_the_previous_recovery_copy(folder):
    recovery = folder / "recovery"
    recovery.mkdir()
    write_recovery(recovery, "s1", realistic_report(3_000), None, None)
    before = _files(recovery)

    assert "超过系统允许的大小" in in_child(_autosave, recovery, file_size_limit=LIMIT)
    assert _files(recovery) == before
    for path in recovery.iterdir():
        path.unlink()
    recovery.rmdir()


@pytest.fixture
def read_only(folder, original):
    os.chmod(folder, 0o555)
    if os.geteuid() != 0 and os.access(folder, os.W_OK):
        pytest.skip("this file system ignores folder permissions")
    return folder


def test_save_into_a_read_only_folder(read_only, original):
    before = _files(read_only)
    with pytest.raises(SaveError, match="没有写入权限"):
        in_child(save_document, realistic_report(3_000, seed=2), original, unprivileged=True)
    assert _files(read_only) == before


@pytest.mark.parametrize("fmt", ["docx", "fragment", "txt"])
def test_export_into_a_read_only_folder(read_only, original, fmt):
    before = _files(read_only)
    with pytest.raises(ExportFailed, match="没有写入权限"):
        in_child(_export_document, original, fmt, unprivileged=True)
    assert _files(read_only) == before
