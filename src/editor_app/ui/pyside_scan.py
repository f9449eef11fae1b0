"""A quicker answer to a question PySide6 asks of every module imported once it is loaded.

PySide (PYSIDE-2029) decides for each module whether it may switch ``__feature__`` options by looking for the word
"PySide6" in its source, read through ``inspect.getsource``: the file is tokenized and cached line by line, ~0.1 ms
a module, ~9 ms over the modules the window imports before its first paint. Reading the file's bytes gives the
same answer in a fraction of that. Where PySide's internals are not as expected (another version), nothing changes.
"""

from __future__ import annotations

import sys
from types import ModuleType


def read_sources_quickly() -> None:
    import shiboken6  # noqa: F401 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if slow is None or getattr(slow, "quick", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return slow(module)  # built in, compiled, or without a source file
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return slow(module)

    uses_pyside.quick = True
    feature._mod_uses_pyside = uses_pyside
