"""The review's names the window shows before the review panel is loaded (after the first paint): the approval
status in the title bar and the panel's tab. Translated in the panel's context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def panel_title() -> str:
    return QCoreApplication.translate("ReviewPanel", "审校与批注")


def status_label(key: str) -> str:
    """草稿 → 送审 → 退回修改 → 已审定, in the UI language (the window's title shows it before the panel exists)."""
    names = {
        "draft": QCoreApplication.translate("ReviewPanel", "草稿"),
        "in_review": QCoreApplication.translate("ReviewPanel", "送审"),
        "returned": QCoreApplication.translate("ReviewPanel", "退回修改"),
        "approved": QCoreApplication.translate("ReviewPanel", "已审定"),
    }
    return names.get(key, key)
