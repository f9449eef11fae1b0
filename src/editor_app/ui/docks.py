"""Docked panes: the outline on the left; the preview and the panels (review, …) on the right, in tabs, since stacked
each would be too short to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from .style import PANE


def dock(window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    pane = QDockWidget(title, window)
    pane.setObjectName(name)
    pane.setStyleSheet(PANE)
    pane.setWidget(widget)
    window.addDockWidget(area, pane)
    return pane


def tab_right(window: QMainWindow, pane: QDockWidget, panes: list[QDockWidget]) -> None:
    """Put ``pane`` in tabs with the first of the window's ``panes`` that is on the right, unless it already is.
    The window names its panes: ``findChildren`` would hand Python every widget of the window on the way (the
    outline's header, the status bar's grip…), making their classes before the first paint (~5 ms, issue #13)."""
    right = Qt.DockWidgetArea.RightDockWidgetArea
    others = [d for d in panes if d is not pane and window.dockWidgetArea(d) == right]
    if others and not window.tabifiedDockWidgets(pane):
        window.tabifyDockWidget(others[0], pane)
