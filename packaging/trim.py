"""What the frozen app keeps of Qt: the widgets, the web engine for the preview, and nothing else.

PyInstaller's PySide6 hooks collect every QML module, plugin and translation the wheel ships (about 600 MB with
QtWebEngine). The app draws with Qt Widgets and shows the preview in QtWebEngine, so this module drops QML
modules, unused plugin families, other languages' translations, the web inspector's resources, and then every Qt
library that nothing left links to (3D, Multimedia, Charts …). Libraries the web engine itself links to (Qt Quick,
Qml, Positioning) stay: QtWebEngineCore needs them to load. Used by ``editor-app.spec``; no PyInstaller import,
so the rules can be tested on their own.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import PurePath

APP_NAME = "editor-app"  # the frozen folder and the executable inside it
PDF_PACKAGE = "editor-app-pdf"  # the optional PDF export component: its folder beside the app's, its .deb
PDF_ENGINE = "typst"  # the Python package that component holds (imported only by the PDF export)

# Plugin families the app uses: the windowing systems (X11 and Windows; offscreen for headless runs), input
# methods, the desktop's file dialogs. Not Wayland: on a Wayland desktop Qt falls back to X11 through XWayland,
# the way the web engine is best tested. Not the image and icon formats: the UI draws no images (PNG is built in)
# and the preview's web engine decodes its own.
KEEP_PLUGINS = {
    "platforms",
    "platforminputcontexts",
    "platformthemes",  # the desktop portal's file dialogs; not GTK 3's, which would pull the whole GTK stack
    "xcbglintegrations",
    "styles",
}
KEEP_PLATFORMS = re.compile(r"(lib)?q(xcb|offscreen|minimal|windows|direct2d)\.(so|dll)$")
DROP_PLATFORM_INPUT = re.compile(r"virtualkeyboard", re.IGNORECASE)
DROP_THEMES = re.compile(r"gtk3")
# Qt's own strings (standard buttons, the web engine's context menu) in the UI languages, and the web engine's
# locale packs for them: zh_CN is the default UI, English the alternative.
KEEP_TRANSLATIONS = re.compile(r"(qt|qtbase|qtwebengine)_zh_CN\.qm$|qtwebengine_locales/(zh-CN|en-US)\.pak$")
DROP_RESOURCES = {"qtwebengine_devtools_resources.pak"}  # the web inspector, never opened
# python-docx ships the unpacked source of its default.docx beside it (1 MB); it reads only default.docx and the
# default-*.xml parts.
DOCX_TEMPLATE_SOURCE = "docx/templates/default-docx-template/"

QT_LIBRARY = re.compile(r"^(lib)?Qt6\w+(\.so\.6|\.dll)$")
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def is_system_library(dest: str, source: str) -> bool:
    """On Linux, a library PyInstaller copied from the system (libglib, libnss3, libX11 …) rather than one that
    came with Python or PySide6. The .deb leaves these to the distribution's packages (its Depends), which keeps
    them patched and matching the desktop's own input-method and theme plugins. libpython stays: the frozen
    app's loader opens it from its own folder."""
    name = PurePath(dest).name
    return (
        len(PurePath(dest).parts) == 1
        and source.startswith(SYSTEM_DIRS)
        and (".so" in name or name.endswith(".chk"))  # NSS keeps checksums of its libraries beside them
        and not name.startswith("libpython")
    )


def keep_data(dest: str) -> bool:
    """Whether a data file (destination path inside the bundle) belongs in the frozen app."""
    parts = PurePath(dest).parts
    if PurePath(dest).as_posix().startswith(DOCX_TEMPLATE_SOURCE):
        return False
    if "PySide6" not in parts:
        return True
    tail = "/".join(parts[parts.index("PySide6") + 1 :])
    if tail.startswith(("Qt/qml/", "qml/", "Qt/metatypes/", "metatypes/", "typesystems/", "include/", "glue/")):
        return False
    if "translations/" in tail:
        return bool(KEEP_TRANSLATIONS.search(tail))
    return PurePath(dest).name not in DROP_RESOURCES


def keep_plugin(dest: str) -> bool | None:
    """For a Qt plugin, whether to keep it; ``None`` when ``dest`` is not a plugin."""
    parts = PurePath(dest).parts
    if "plugins" not in parts or "PySide6" not in parts:
        return None
    family = parts[parts.index("plugins") + 1]
    name = parts[-1]
    if family not in KEEP_PLUGINS:
        return False
    if family == "platforms":
        return bool(KEEP_PLATFORMS.search(name))
    if family == "platformthemes":
        return not DROP_THEMES.search(name)
    return not (family == "platforminputcontexts" and DROP_PLATFORM_INPUT.search(name))


def is_qt_library(dest: str) -> bool:
    return bool(QT_LIBRARY.match(PurePath(dest).name))


def trim_binaries(
    binaries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
    unused_modules: Iterable[str] = (),
    system_libraries: bool = False,
) -> list[tuple[str, str, str]]:
    """Drop unused plugins and Python extension modules, then every Qt library that nothing kept links to.

    ``binaries`` is PyInstaller's TOC (destination, source, kind); ``imports_of(source)`` names the libraries
    a binary links to (PyInstaller's ``bindepend.get_imports``). With ``system_libraries`` the system's own
    libraries are left out too (see ``is_system_library``).
    """
    unused = set(unused_modules)
    kept = []
    for entry in binaries:
        dest = entry[0]
        plugin = keep_plugin(dest)
        if plugin is False or (system_libraries and is_system_library(dest, entry[1])):
            continue
        if PurePath(dest).name.split(".")[0] in unused and PurePath(dest).parent.name == "PySide6":
            continue
        kept.append(entry)
    libraries = {PurePath(entry[0]).name: entry for entry in kept if is_qt_library(entry[0])}
    needed: set[str] = set()
    pending = [entry[1] for entry in kept if not is_qt_library(entry[0])]
    while pending:
        for name in imports_of(pending.pop()):
            name = PurePath(name).name
            if name in libraries and name not in needed:
                needed.add(name)
                pending.append(libraries[name][1])
    return [entry for entry in kept if not is_qt_library(entry[0]) or PurePath(entry[0]).name in needed]


def drop_dangling_links(toc: Iterable[tuple[str, str, str]], kept: set[str]) -> list[tuple[str, str, str]]:
    """Leave out PyInstaller's symbolic links (``libQt6Pdf.so.6`` → ``PySide6/Qt/lib/…``) to files not kept."""
    result = []
    for dest, source, kind in toc:
        if kind == "SYMLINK" and posixpath.normpath(posixpath.join(posixpath.dirname(dest), source)) not in kept:
            continue
        result.append((dest, source, kind))
    return result


# Python modules nothing in the app imports: of lxml, python-docx uses etree and the HTML import lxml.html (not
# objectify, 3 MB, nor the HTML diff); the app opens no network connection, database or terminal; Chinese files
# need only the Chinese codecs.
UNUSED_PYTHON_MODULES = [
    *("lxml." + name for name in ("objectify", "isoschematron", "sax", "cssselect", "html.diff", "html._difflib")),
    *("encodings." + name for name in ("big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jis_2004")),
    *("encodings." + name for name in ("euc_jisx0213", "euc_jp", "euc_kr", "iso2022_jp", "iso2022_jp_1")),
    *("encodings." + name for name in ("iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext")),
    *("encodings." + name for name in ("iso2022_kr", "johab", "shift_jis", "shift_jis_2004", "shift_jisx0213")),
    *("_codecs_" + name for name in ("jp", "kr", "hk", "tw", "iso2022")),
    *("ssl", "_ssl", "sqlite3", "_sqlite3", "readline", "curses", "_curses", "pydoc", "doctest", "unittest"),
    # No event loop, no worker processes (the preview's worker is a thread), no mail, FTP, XML-RPC or HTTP client
    # (lxml.html would fetch a URL with urllib.request, a path the importer never takes), no tar archives.
    *("asyncio", "multiprocessing", "concurrent.futures.process", "xmlrpc", "smtplib", "ftplib", "http"),
    *("urllib.request", "tarfile"),
]

# PySide6's Python modules the app never imports; the web engine's libraries stay even where their Python
# modules go (QtWebEngineCore links to libQt6Quick, not to PySide6.QtQuick).
UNUSED_PYSIDE_MODULES = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebEngineQuick",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]
