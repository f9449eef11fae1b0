"""SIGKILL at random moments of a save: the document on disk is always a whole version (the old or the new one),
its backup always opens, and the temporaries a killed save leaves are swept by the next save.

Each trial starts a saver from a fork server (a clean process with the store already imported, so a trial costs
milliseconds, not an interpreter start; forking the test process itself could copy a lock held by one of Qt's
threads and leave a child that never saves), lets it save versions in a loop, and kills it after a random delay:
half the kills anywhere, half aimed at the writing part of a save (on a fast disk a small share of it)."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time

import pytest
from saver import save_versions, version

from editor_app.store.document import open_document, save_document
from editor_app.store.files import backup_path
from workloads import realistic_report

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")

TRIALS = int(os.environ.get("EDITOR_APP_KILL_TRIALS", "120"))


def test_sigkill_during_save_never_damages_the_document_or_its_backup(tmp_path):
    path = tmp_path / "报告.edesk"
    report = realistic_report(60_000)
    expected = {f"第{number}版": version(report, number).lead[0].text for number in range(100)}
    save_document(version(report, 0), path)
    save_document(version(report, 0), path)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["saver"])
    rng = random.Random(13)
    killed_mid_save = 0
    for trial in range(TRIALS):
        ready, writing, one_save = context.Event(), context.Event(), context.Value("d", 0.0)
        child = context.Process(target=save_versions, args=(report, path, trial, ready, writing, one_save))
        child.start()
        if not ready.wait(60):
            child.kill()
            pytest.fail(f"the saving child did not finish its first saves (exit code {child.exitcode})")
        if trial % 2:  # anywhere in a save or between saves
            time.sleep(rng.uniform(0.0, 2 * one_save.value))
        else:  # within the writing part: staging the new file, setting the backup aside, replacing
            writing.clear()
            writing.wait(60)
            time.sleep(rng.uniform(0.0, 0.02))
        assert child.exitcode is None, f"the saving child died by itself (exit code {child.exitcode})"
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        killed_mid_save += any(p.suffix in (".tmp", ".baktmp") for p in tmp_path.iterdir())
        for whole in (path, backup_path(path)):
            document = open_document(whole)  # raises if damaged
            assert document.lead[0].text == expected[document.meta.title]
    assert killed_mid_save >= TRIALS // 10, f"only {killed_mid_save} of {TRIALS} kills landed while a save wrote"
    save_document(version(report, 99), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.edesk", "报告.edesk.bak"]
