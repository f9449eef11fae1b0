"""Started by bench_startup.py: ``python startup_probe.py app [FILE]`` runs ``editor-app [FILE]`` exactly as the
command does (without FILE on a fresh profile: the first start, on the sample), and ``python startup_probe.py bare``
a bare PySide6 window with a text editor, and ``python startup_probe.py imports`` the same bare window after
importing what editor-app imports before its window (so the two differences, imports and window, show apart),
and ``python startup_probe.py skeleton`` a window with the parts editor-app's first frame shows, in plain PySide6
code (what a window of that shape costs whoever writes it).
Each prints ``window`` once its top-level window's first paint is done, then ``classes N``, the number of Qt
classes PySide had made by then (it makes each on first use), and (the app) ``preview`` when the preview page
reports its content, then exits. The parent times the lines from
the moment it started the process.

Both windows are watched the same way: their own ``paintEvent`` queues the announcement, which runs when the paint
pass that drew the window and its children is over (before anything the app loads after its first paint). No
event filter on the whole application: such a filter makes PySide look up the Python class of every object it is
shown, which loads nearly every class of QtWidgets and adds ~50 ms to the bare window alone (and nothing to the
app, which loaded them anyway), flattering the ratio. The bare window imports only what a bare window needs."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def announce(what: str, then_exit: bool) -> None:
    print(what, flush=True)
    if what == "window":
        made = [
            name
            for module in ("QtCore", "QtGui", "QtWidgets")
            for name, value in vars(sys.modules[f"PySide6.{module}"]).items()
            if isinstance(value, type)
        ]
        print("classes", len(made), flush=True)
    if then_exit:
        os._exit(0)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    class Window(QMainWindow):
        def paintEvent(self, event) -> None:
            QTimer.singleShot(0, lambda: announce("window", True))
            super().paintEvent(event)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setCentralWidget(QTextEdit("稿件编辑台"))
    window.resize(1200, 800)
    window.show()
    app.exec()


# Lengths and weights of the eight texts the sample's first screen shows (title, lead, headings, paragraphs).
SKELETON_TEXTS = ((19, True, 17), (12.5, False, 118), (14, True, 18), (12.5, False, 50), (12.5, True, 9),
                  (12.5, False, 80), (12.5, True, 9), (12.5, False, 45))  # fmt: skip
HANZI = "县局围绕产业发展人居环境乡村治理统筹推进群众获得感幸福感持续增强年度重点任务落实到位成效明显"


def skeleton() -> None:
    """The parts editor-app's first frame shows, made the plainest way PySide allows, with none of the app's code:
    a menu bar of five menus and 36 actions with shortcuts, a toolbar, the outline's tree, two docks in tabs, a
    page of labels and eight text editors, a status bar. What any window of this shape costs over the bare one."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QAction, QFont, QKeySequence
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QFrame,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QScrollArea,
        QTextEdit,
        QToolButton,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    class Window(QMainWindow):
        def paintEvent(self, event) -> None:
            QTimer.singleShot(0, lambda: announce("window", True))
            super().paintEvent(event)

    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    font = QFont(app.font())
    font.setFamilies(["Noto Sans CJK SC", font.family()])
    app.setFont(font)
    window = Window()
    actions = []
    for title, count in (("文件(&F)", 18), ("编辑(&E)", 5), ("结构(&S)", 9), ("视图(&V)", 2), ("帮助(&H)", 2)):
        menu = window.menuBar().addMenu(title)
        for number in range(count):
            action = QAction(window)
            action.setText(HANZI[number : number + 4])
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(65 + len(actions) % 26)}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False: None)
            menu.addAction(action)
            actions.append(action)
    tools = window.addToolBar("常用")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tools.addActions(actions[:12])
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    for number in range(5):
        item = QTreeWidgetItem([HANZI[number * 4 : number * 4 + 12]])
        tree.addTopLevelItem(item)
        item.addChildren([QTreeWidgetItem([HANZI[n : n + 8]]) for n in range(2)])
    tree.expandAll()
    docks = []
    for title, widget, area in (
        ("大纲", tree, Qt.DockWidgetArea.LeftDockWidgetArea),
        ("预览", QLabel("正在准备预览…"), Qt.DockWidgetArea.RightDockWidgetArea),
        ("审校与批注", QWidget(), Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock = QDockWidget(title, window)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        docks.append(dock)
    window.tabifyDockWidget(docks[1], docks[2])
    docks[1].raise_()
    window.resizeDocks([docks[1]], [480], Qt.Orientation.Horizontal)
    holder, page = QWidget(), QWidget()
    QHBoxLayout(holder).addWidget(page)
    column = QVBoxLayout(page)
    column.setContentsMargins(56, 40, 56, 56)
    details = QToolButton()
    details.setText("稿件信息（栏目、来源、作者、发布时间、关键词、摘要、文号）")
    column.addWidget(details)
    for size, bold, length in SKELETON_TEXTS:
        editor = QTextEdit()
        editor.setPlainText((HANZI * 3)[:length])
        font = QFont(editor.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        editor.setFont(font)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.setFixedHeight(30 + 26 * (length // 30))
        column.addWidget(editor)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    window.setCentralWidget(scroll)
    window.statusBar().addPermanentWidget(QLabel("共 2,345 字"))
    window.resize(1200, 800)
    window.show()
    app.exec()


def editor_app(path: Path | None) -> None:
    """``editor-app [FILE]`` as the console script runs it: ``run()`` right after importing the command line, so
    everything else (PySide, the window's modules) is imported by ``run`` itself, under its settings (the garbage
    collector held back). The main window's first paint is watched by patching its class as its module loads."""
    from editor_app.cli import run

    sys.meta_path.insert(0, _PatchOnImport("editor_app.ui.main_window", watch_first_paint))
    sys.argv = ["editor-app", *([str(path)] if path else [])]
    run()  # the console script's entry, command-line parsing included


class _PatchOnImport:
    """A finder that lets one module load as usual, then hands it to ``patch`` before anyone uses it."""

    def __init__(self, name: str, patch) -> None:
        self.name, self.patch = name, patch

    def find_spec(self, name, path, target=None):
        if name != self.name:
            return None
        import importlib.util

        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module) -> None:
            load(module)
            self.patch(module)

        spec.loader.exec_module = exec_module
        return spec


def watch_first_paint(main_window) -> None:
    from PySide6.QtCore import QTimer  # loaded by then: the module imports it

    paint = main_window.MainWindow.paintEvent
    first = [True]

    def paint_event(window, event) -> None:
        if first[0]:  # queued before the window's own ``painted``, which starts what the first paint skipped
            first[0] = False
            QTimer.singleShot(0, lambda: announce("window", False))
            window.painted.connect(lambda: watch_preview(window))
        paint(window, event)

    main_window.MainWindow.paintEvent = paint_event


def watch_preview(window) -> None:
    """The preview pane is put in its dock after the first paint; announce its first page."""
    from PySide6.QtCore import QTimer

    def find() -> None:
        if window.preview is not None:
            timer.stop()
            window.preview.pageShown.connect(lambda: announce("preview", True))

    timer = QTimer(window)
    timer.timeout.connect(find)
    timer.start(5)


if __name__ == "__main__":
    if sys.argv[1] == "imports":
        import editor_app.cli
        import editor_app.ui.app  # what the app imports before its window

        bare()
    elif sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "skeleton":
        skeleton()
    else:
        editor_app(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
