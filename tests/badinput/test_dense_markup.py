"""A paragraph pasted full of emphasis markers (a spreadsheet of ``*``, a text of ``**`` and ``*``): reading its
inline markup takes time in proportion to its length, in bounded memory, and every character a reader sees is
kept. Run in a child process whose memory is capped, so a runaway parser fails the test instead of the machine."""

from __future__ import annotations

import sys
import time

import pytest

from childproc import in_child
from editor_app.model.inline import Span, parse

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
DENSE = "**加粗*斜体* a**"  # runs that open, close and do neither, CJK and Latin neighbours


def read_dense(size: int) -> tuple[float, int]:
    """CPU seconds to read ``size`` characters of dense markup, and how many 加粗 a reader sees in it."""
    text = (DENSE * (size // len(DENSE) + 1))[:size]
    start = time.process_time()
    spans = parse(text)
    return time.process_time() - start, "".join(span.text for span in spans).count("加粗")


def test_a_megabyte_of_emphasis_markers_reads_in_linear_time_and_bounded_memory():
    small_seconds, _ = in_child(read_dense, 250_000, memory_limit=1024**3)
    seconds, seen = in_child(read_dense, 1_000_000, memory_limit=1024**3)
    assert seen == 1_000_000 // len(DENSE) + 1  # every word is still there
    assert seconds < 8 * max(small_seconds, 0.05)  # four times the text, about four times the work (not sixteen)


def test_a_paragraph_of_nothing_but_asterisks_is_shown_as_typed():
    text = " " + "*" * 3_000_000 + " "
    assert parse(text) == (Span(text),)
