"""The window's look: calm greys, a white page for the text, one restrained accent colour."""

STYLE_SHEET = """
QMainWindow { background: #f3f4f6; }
QScrollArea#readingColumn { background: #e9ebee; border: none; }
QScrollArea#readingColumn > QWidget > QWidget { background: #e9ebee; }
QWidget#page { background: #ffffff; border: 1px solid #d5d9de; }
QWidget#page QTextEdit { background: transparent; selection-background-color: #c9dcf2; selection-color: #1f2328; }
QWidget#page QTextEdit:focus { background: #f7faff; }
QLabel#regionLabel { color: #8a9099; font-size: 9pt; padding-top: 14px; border-bottom: 1px solid #eceef1; }
QLabel#tablePlaceholder { color: #5f6670; background: #f6f7f9; padding: 8px; border: 1px dashed #c8cdd3; }
QLabel#problem { color: #b42318; }
QLabel#hint { color: #5f6670; }
QFrame#metaPanel { background: #fafbfc; border: 1px solid #eceef1; border-radius: 3px; }
QFrame#metaPanel QToolButton { color: #3b5b80; }
QToolButton#addParagraph { color: #3b5b80; }
QTreeView { background: #fafbfc; border: none; font-size: 10pt; }
QTreeView::item { padding: 3px 2px; }
QTreeView::item:selected { background: #dbe7f5; color: #1f2328; }
QDockWidget::title { background: #eceef1; padding: 5px 8px; }
QStatusBar { background: #eceef1; color: #4b525b; }
"""
