"""The saving child of the SIGKILL test, in a module of its own so the fork server preloads only the store."""

from __future__ import annotations

from editor_app.store.document import save_document


def version(report, number: int):
    report.meta.title = f"第{number}版"
    report.lead[0].text = f"第{number}版的导语。" + report.lead[0].text.split("。", 1)[1]
    return report


def save_versions(report, path, first: int, ready) -> None:
    """Save version after version until killed; ``ready`` is set just before the first save starts."""
    number = first
    ready.set()
    while True:
        save_document(version(report, number % 100), path)
        number += 1
