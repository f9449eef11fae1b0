"""The saving child of the SIGKILL test, in a module of its own so the fork server preloads only the store."""

from __future__ import annotations

import time

from editor_app.store import files
from editor_app.store.document import save_document


def version(report, number: int):
    report.meta.title = f"第{number}版"
    report.lead[0].text = f"第{number}版的导语。" + report.lead[0].text.split("。", 1)[1]
    return report


def save_versions(report, path, first: int, ready, writing, seconds) -> None:
    """Save version after version until killed.

    ``ready`` is set after two saves (a fresh process's first save is slow with cold caches), and ``seconds``
    then holds how long the second, warm one took.
    ``writing`` is set each time a save starts writing, so the parent can aim kills at that part, which on a
    fast disk is a small share of a save (encoding the document is most of it)."""
    stage = files._stage

    def staging(target, data):
        writing.set()
        return stage(target, data)

    files._stage = staging
    number = first
    save_document(version(report, number % 100), path)
    begun = time.monotonic()
    save_document(version(report, (number + 1) % 100), path)
    seconds.value = time.monotonic() - begun
    number += 2
    ready.set()
    while True:
        save_document(version(report, number % 100), path)
        number += 1
