"""The window's look: calm greys, a white page for the text, one restrained accent colour.

Set widget by widget, never on the application or the main window: Qt gives every widget under a style sheet its
own styled palette and rules, about 46 KB for each of the reading column's text editors (six widgets each), some
105 MB for the 2,300 editors of a 300,000-character report. So the reading column takes its colours from palettes
(``page_palette``, ``_Page`` in editors/column.py), and only the few widgets outside it wear the small style sheets
below.
"""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMainWindow, QWidget

WINDOW = "#f3f4f6"
DESK = "#e9ebee"  # around the page
PAGE = "#ffffff"
PAGE_BORDER = "#d5d9de"
FOCUSED_TEXT = "#f7faff"  # the background of the text the cursor is in
SELECTION = "#c9dcf2"
SELECTED_TEXT = "#1f2328"

PANE = """
QDockWidget::title { background: #eceef1; padding: 5px 8px; }
QTreeView { background: #fafbfc; border: none; font-size: 10pt; }
QTreeView::item { padding: 3px 2px; }
QTreeView::item:selected { background: #dbe7f5; color: #1f2328; }
"""
STATUS_BAR = "QStatusBar { background: #eceef1; color: #4b525b; }"
REGION_LABEL = "QLabel { color: #8a9099; font-size: 9pt; padding-top: 14px; border-bottom: 1px solid #eceef1; }"
TABLE_PLACEHOLDER = "QLabel { color: #5f6670; background: #f6f7f9; padding: 8px; border: 1px dashed #c8cdd3; }"
ADD_PARAGRAPH = "QToolButton { color: #3b5b80; }"
META_PANEL = """
QFrame#metaPanel { background: #fafbfc; border: 1px solid #eceef1; border-radius: 3px; }
QFrame#metaPanel QToolButton { color: #3b5b80; }
QLabel#problem { color: #b42318; }
"""
HINT = "QLabel { color: #5f6670; }"


def coloured(palette: QPalette, colours: dict[QPalette.ColorRole, str | QColor]) -> QPalette:
    """A copy of ``palette`` with these roles in these colours, in every colour group."""
    palette = QPalette(palette)
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def page_palette(palette: QPalette, focused: bool) -> QPalette:
    """A text editor's colours on the page: transparent (the white page shows), faintly blue with the cursor in it."""
    role = QPalette.ColorRole
    base = QColor(FOCUSED_TEXT)
    base.setAlpha(254 if focused else 0)  # never quite opaque, as under the style sheet: the page is painted beneath
    # it (Qt counts an opaque text area as covering its editor: the editor would read as out of view)
    return coloured(palette, {role.Base: base, role.Highlight: SELECTION, role.HighlightedText: SELECTED_TEXT})


def dress_window(window: QMainWindow) -> None:
    """The main window's background (its menu and tool bars take it too) and status bar (the docks wear theirs,
    docks.py)."""
    window.setPalette(coloured(window.palette(), {QPalette.ColorRole.Window: WINDOW}))
    window.statusBar().setStyleSheet(STATUS_BAR)


def dress_desk(column: QWidget) -> None:
    """The grey the reading column's page lies on."""
    column.setPalette(coloured(column.palette(), {QPalette.ColorRole.Window: DESK}))
