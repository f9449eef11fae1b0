"""Run a function in a fresh child process under a resource limit or as an unprivileged user, and get its result.

A full disk is played by RLIMIT_FSIZE (any write past the limit fails with EFBIG, as a full disk fails with
ENOSPC) because mounting a small tmpfs needs privileges CI does not have; a read-only folder needs a user the
folder's mode applies to, which root is not, so a root test run drops to ``nobody`` in the child. The child is
spawned, not forked: a fork of a test process that has threads can deadlock on a lock another thread held."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable

NOBODY = 65534
TIMEOUT = 120
PRELOAD = ("editor_app.render.docx", "editor_app.render.html", "editor_app.render.text", "editor_app.render.markdown",
           "editor_app.render.blocks", "editor_app.office", "editor_app.settings", "editor_app.fonts")  # fmt: skip


class ChildDied(Exception):
    """The child was killed (out of memory, a signal) or did not answer in time."""


def _child(conn, action, args, kwargs, file_size_limit, memory_limit, unprivileged) -> None:  # pragma: no cover
    if file_size_limit is not None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, resource.RLIM_INFINITY))
    if memory_limit is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, resource.RLIM_INFINITY))
    if unprivileged and os.geteuid() == 0:
        # ``nobody`` may not read root's Python installation: load now what the action will import lazily.
        for name in ("encodings.cp437", *PRELOAD):
            importlib.import_module(name)
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    try:
        conn.send(("ok", action(*args, **kwargs)))
    except Exception as error:  # handed to the parent, which raises it again
        conn.send(("raised", type(error), str(error)))


def in_child(
    action: Callable,
    *args,
    file_size_limit: int | None = None,
    memory_limit: int | None = None,
    unprivileged: bool = False,
    **kwargs,
):
    """``action(*args, **kwargs)``'s return value, or the exception it raised (raised again here), computed in a
    child process; ``action`` must be importable (a module-level function). ``memory_limit`` caps the child's
    address space, so a runaway input fails the test instead of the machine."""
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe(duplex=False)
    limits = (file_size_limit, memory_limit, unprivileged)
    child = context.Process(target=_child, args=(child_end, action, args, kwargs, *limits))
    child.start()
    child_end.close()
    try:
        if not parent_end.poll(TIMEOUT):
            raise ChildDied(f"the child process did not answer within {TIMEOUT} s")
        outcome = parent_end.recv()
    except EOFError:
        raise ChildDied(f"the child process ended without an answer (exit code {child.exitcode})") from None
    finally:
        child.join(5)
        if child.is_alive():
            child.kill()
    if outcome[0] == "raised":  # the same type and message (our errors' constructors take other arguments)
        error = outcome[1].__new__(outcome[1])
        Exception.__init__(error, outcome[2])
        raise error
    return outcome[1]
