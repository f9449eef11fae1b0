"""Short garbage collections while a long report is open.

A window keeps its report, a widget for every text and their Python wrappers for as long as it is open. Python's
full collection walks every object it tracks, and runs whenever a quarter more objects have survived since the
last one: with a 300,000-character report open, every few preview renders or review passes set one off, 120–180 ms
long, on whichever thread was allocating (a worker's collection holds the interpreter lock, so the writer's keys
waited for it too). Once a window has painted its first screen, and again once its whole column is built (seconds
later for a long report), what exists then is frozen out of those walks (``gc.freeze``): they took 15–50 ms.
Frozen objects are still freed as soon as nothing refers to them; only reference cycles among them wait, so when
a window has closed everything goes back to the collector, is collected once, and what the other windows hold is
frozen again.
"""

from __future__ import annotations

import gc


def window_built() -> None:
    gc.freeze()


def window_closed(others_open: bool) -> None:
    gc.unfreeze()
    gc.collect()
    if others_open:
        gc.freeze()
