"""A short fuzz run in CI (EDITOR_APP_FUZZ_SECONDS, 10 s by default), in a child process whose memory is capped,
so an input that explodes fails the test instead of the machine. Longer runs: tests/badinput/fuzz.py."""

from __future__ import annotations

import os
import sys

import pytest

from childproc import in_child

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and resource limits are POSIX")
SECONDS = float(os.environ.get("EDITOR_APP_FUZZ_SECONDS", "10"))


def test_short_fuzz_of_the_document_reader_and_every_importer():
    sys.path.insert(0, os.path.dirname(__file__))
    from fuzz import run

    problems = in_child(run, SECONDS, seed=20261201, memory_limit=3 * 1024**3)
    assert problems == []
