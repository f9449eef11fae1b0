"""Docked panes: the outline on the left; the preview and the panels (review, …) on the right, in tabs, since stacked
each would be too short to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def dock(window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    pane = QDockWidget(title, window)
    pane.setObjectName(name)
    pane.setWidget(widget)
    window.addDockWidget(area, pane)
    return pane


def tab_right(window: QMainWindow, pane: QDockWidget) -> None:
    """Put ``pane`` in tabs with the other panes on the right, unless it already is."""
    right = Qt.DockWidgetArea.RightDockWidgetArea
    others = [d for d in window.findChildren(QDockWidget) if d is not pane and window.dockWidgetArea(d) == right]
    if others and not window.tabifiedDockWidgets(pane):
        window.tabifyDockWidget(others[0], pane)
