"""SIGKILL at random moments of a save: the document on disk is always a whole version (the old or the new one),
its backup always opens, and the temporaries a killed save leaves are swept by the next save.

Each trial forks the test process (the app's modules already imported, so a trial costs milliseconds, not an
interpreter start), lets the child save versions in a loop, and kills it after a random delay."""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest

from editor_app.store.document import open_document, save_document
from editor_app.store.files import backup_path
from workloads import realistic_report

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")

TRIALS = int(os.environ.get("EDITOR_APP_KILL_TRIALS", "120"))


def _version(report, number: int):
    report.meta.title = f"第{number}版"
    report.lead[0].text = f"第{number}版的导语。" + report.lead[0].text.split("。", 1)[1]
    return report


def _saver(report, path, first: int) -> None:
    """The child: save version after version until killed."""
    number = first
    while True:
        save_document(_version(report, number % 100), path)
        number += 1


def test_sigkill_during_save_never_damages_the_document_or_its_backup(tmp_path):
    path = tmp_path / "报告.edesk"
    report = realistic_report(150_000)
    expected = {f"第{number}版": _version(report, number).lead[0].text for number in range(100)}
    save_document(_version(report, 0), path)
    save_document(_version(report, 0), path)
    rng = random.Random(13)
    started = time.monotonic()
    killed_mid_save = 0
    for trial in range(TRIALS):
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            try:
                _saver(report, path, trial)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        killed_mid_save += any(p.suffix in (".tmp", ".baktmp") for p in tmp_path.iterdir())
        for whole in (path, backup_path(path)):
            document = open_document(whole)  # raises if damaged
            assert document.lead[0].text == expected[document.meta.title]
    assert time.monotonic() - started < 120
    assert killed_mid_save >= 1, "some kill must land while a save is writing, or the test proves nothing"
    save_document(_version(report, 99), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.edesk", "报告.edesk.bak"]
