"""Run a function in a forked child under a resource limit or as an unprivileged user, and get its result back.

A full disk is played by RLIMIT_FSIZE (any write past the limit fails with EFBIG, as a full disk fails with
ENOSPC) because mounting a small tmpfs needs privileges CI does not have; a read-only folder needs a user the
folder's mode applies to, which root is not, so a root test run drops to ``nobody`` in the child."""

from __future__ import annotations

import os
import pickle
import resource
import signal
from collections.abc import Callable

NOBODY = 65534


class ChildDied(Exception):
    """The child was killed (out of memory, a signal) before it could answer."""


def in_child(
    action: Callable[[], object],
    *,
    file_size_limit: int | None = None,
    memory_limit: int | None = None,
    unprivileged: bool = False,
):
    """``action()``'s return value, or the exception it raised (raised again here), computed in a forked child.
    ``memory_limit`` caps the child's address space, so a runaway input fails the test instead of the machine."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        try:
            if file_size_limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, resource.RLIM_INFINITY))
            if memory_limit is not None:
                resource.setrlimit(resource.RLIMIT_AS, (memory_limit, resource.RLIM_INFINITY))
            if unprivileged and os.geteuid() == 0:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            try:
                outcome = ("ok", action())
            except Exception as error:  # handed to the parent, which raises it again
                outcome = ("raised", type(error), str(error))
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(outcome, pipe)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(child, 0)
    if not data:
        raise ChildDied(f"the child process ended without an answer (status {status})")
    outcome = pickle.loads(data)
    if outcome[0] == "raised":  # the same type and message (our errors' constructors take other arguments)
        error = outcome[1].__new__(outcome[1])
        Exception.__init__(error, outcome[2])
        raise error
    return outcome[1]
