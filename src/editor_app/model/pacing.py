"""Long walks over a report that stop now and then for ``pause``: a window's workers give way there to the writer.

Python runs one thread at a time, so a worker walking a 300,000-character report (the review's checks, the
preview's render) would make each of the writer's keys wait for it; ``ui.workers.writer_typing.give_way`` is the
pause they are given. Commands pass none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

EVERY = 32  # items between two pauses: well under a millisecond of work


def paced(items: Iterable[T], pause: Callable[[], object] | None, every: int = EVERY) -> Iterator[T]:
    """``items``, calling ``pause`` before the first and after every ``every`` (never when it is None)."""
    if pause is None:
        yield from items
        return
    for index, item in enumerate(items):
        if index % every == 0:
            pause()
        yield item
