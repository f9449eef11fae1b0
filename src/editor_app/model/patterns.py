"""Regular expressions compiled when first used, not when their module is imported.

Compiling the program's few dozen patterns cost a command-line export about as long as the export itself, and
most commands use a handful of them (issue #13). ``lazy_pattern`` stands where ``re.compile`` stood.
"""

from __future__ import annotations

import re


class lazy_pattern:  # used like the function it replaces
    """A stand-in for ``re.compile(pattern, flags)``: the first attribute asked for compiles the pattern, and every
    attribute read (``match``, ``finditer``, ``pattern``…) is kept on the stand-in, so later calls cost nothing."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        value = getattr(re.compile(*self._source), name)
        setattr(self, name, value)
        return value
