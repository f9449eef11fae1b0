"""“Copy for portal”: the CMS body on the clipboard as rich text and plain text in one step."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from ..model.report import Report
from ..render.blocks import Kind, to_blocks
from ..render.html import render_fragment
from ..render.text import blocks_to_text

_FIELDS = (Kind.TITLE, Kind.SUBTITLE, Kind.INFO)  # the CMS takes these as separate fields, not in the body


def portal_mime_data(report: Report) -> QMimeData:
    """text/html: the clean fragment; text/plain: the same body as indented plain text."""
    data = QMimeData()
    data.setHtml(render_fragment(report).body)
    data.setText(blocks_to_text([b for b in to_blocks(report) if b.kind not in _FIELDS]))
    return data


def copy_for_portal(report: Report, clipboard: QClipboard | None = None) -> None:
    """Put the report's body on the clipboard, ready to paste into a portal CMS editor."""
    (clipboard or QGuiApplication.clipboard()).setMimeData(portal_mime_data(report))
