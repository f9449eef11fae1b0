"""Keep Python 3.11 alive under PySide6 6.12: it hands back ``None``/``True``/``False`` without a reference.

On Python 3.11 every call such as ``widget.setFixedHeight(10)`` (void) or ``widget.hasFocus()`` (bool) made
from Python lowers the singleton's reference count by one; after some ten thousand calls the interpreter
aborts with "none_dealloc: deallocating None" (Python 3.12 made these objects immortal, so it is not
affected). Until the binding is fixed or the app requires Python 3.12, the window tops the counts up with a
ballast list of references, checked twice a second and before bulk work. Each leaked reference costs one
list slot (8 bytes).
"""

from __future__ import annotations

import sys

AFFECTED = sys.version_info < (3, 12)
FLOOR = 1_000_000  # far more void calls than the UI can make between two checks

_ballast: list[bool | None] = []
if AFFECTED:
    # The ballast must outlive interpreter shutdown: freeing it would return the references the binding
    # already took, and the shutdown would then abort. One extra reference keeps it from ever being freed.
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ballast))


def top_up() -> None:
    """Raise ``None``'s reference count back above the floor (no-op where None is immortal)."""
    if not AFFECTED:
        return
    for singleton in (None, True, False):
        missing = 2 * FLOOR - sys.getrefcount(singleton)
        if missing > FLOOR:
            _ballast.extend([singleton] * missing)


def install(app) -> None:
    """Top up now and every half second for the life of ``app``."""
    if not AFFECTED:
        return
    from PySide6.QtCore import QTimer

    top_up()
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(top_up)
    timer.start()
    app._none_guard_timer = timer
