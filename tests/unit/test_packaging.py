"""The desktop integration files and the Windows installer script agree with the document format and the frozen
build, so a double-click opens our files and the installer carries exactly what PyInstaller made."""

import configparser
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from editor_app import __version__
from editor_app.store.document import EXTENSION, MIMETYPE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from trim import APP_NAME, PDF_PACKAGE

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_mime_type_matches_the_file_format():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "editorial-desk-mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == MIMETYPE
    assert mime.find("m:glob", ns).get("pattern") == "*" + EXTENSION
    assert mime.find("m:magic/m:match", ns).get("value") == "mimetype" + MIMETYPE


def test_desktop_entry_opens_our_files_with_a_chinese_name():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "editorial-desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["MimeType"].rstrip(";") == MIMETYPE
    assert section["Name[zh_CN]"] == "稿件编辑台"
    assert section["Exec"].startswith("editor-app ")


# ---------------------------------------------------------------- the Windows installer (built only on Windows)

ROOT = LINUX.parents[1]
WINDOWS = ROOT / "packaging" / "windows"


def _inno_defines(script: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', script, re.M))


def _inno_entries(script: str, section: str) -> list[dict[str, str]]:
    """The entries of one [Section] of an Inno Setup script, each as {parameter: value}, defines expanded."""
    defines = _inno_defines(script)
    body = script.split(f"[{section}]", 1)[1].split("\n[", 1)[0]
    entries = []
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith((";", "#")):
            continue
        line = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line)
        pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
        entries.append({key: _unquote(value.strip()) for key, value in pairs})
    return entries


def _unquote(value: str) -> str:
    return value[1:-1].replace('""', '"') if value.startswith('"') else value


def _inno_setup(script: str) -> dict[str, str]:
    body = script.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(line.split("=", 1) for line in body.splitlines() if "=" in line and not line.startswith(";"))


def frozen_sources(script: str) -> dict[str, set[str]]:
    """Per component, the [Files] sources inside the frozen build's folders in dist, relative to dist
    (``editor-app\\editor-app.exe``, ``editor-app\\_internal\\*``, ``editor-app-pdf\\*``)."""
    dist = _inno_defines(script)["Frozen"].rpartition("\\")[0] + "\\"
    sources: dict[str, set[str]] = {}
    for entry in _inno_entries(script, "Files"):
        if entry["Source"].startswith(dist):
            sources.setdefault(entry["Components"], set()).add(entry["Source"].removeprefix(dist))
    return sources


def test_windows_installer_components_install_the_frozen_folders_and_nothing_else():
    script = (WINDOWS / "editor-app.iss").read_text(encoding="utf-8")
    defines = _inno_defines(script)
    # build.ps1 freezes with --distpath dist; the spec names the app's folder and executable APP_NAME and lays
    # out the PDF export component in PDF_PACKAGE beside it.
    assert (WINDOWS / defines["Frozen"].replace("\\", "/")).resolve() == ROOT / "dist" / APP_NAME
    assert (WINDOWS / defines["FrozenPdf"].replace("\\", "/")).resolve() == ROOT / "dist" / PDF_PACKAGE
    assert defines["AppExe"] == APP_NAME + ".exe"
    assert "--distpath dist" in (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert frozen_sources(script) == {
        "main": {f"{APP_NAME}\\{APP_NAME}.exe", f"{APP_NAME}\\_internal\\*"},
        "pdf": {f"{PDF_PACKAGE}\\*"},  # over the app's folder: the files it adds to _internal
    }
    files = _inno_entries(script, "Files")
    pdf = next(e for e in files if e["Components"] == "pdf")
    assert pdf["DestDir"] == "{app}"
    for entry in files:
        assert entry["Components"] in ("main", "pdf"), entry["Source"]  # nothing installed outside a component
        if entry["Source"].endswith("\\*"):
            assert {"recursesubdirs", "createallsubdirs"} <= set(entry["Flags"].split())
        elif not entry["Source"].startswith(defines["Frozen"]) and "defaults.json" not in entry["Source"]:
            assert (WINDOWS / entry["Source"].replace("\\", "/")).is_file(), entry["Source"]
    assert (WINDOWS / _inno_setup(script)["SetupIconFile"].replace("\\", "/")).is_file()


def test_windows_installer_offers_the_pdf_component_in_the_full_install_only():
    script = (WINDOWS / "editor-app.iss").read_text(encoding="utf-8")
    types = {entry["Name"]: entry for entry in _inno_entries(script, "Types")}
    components = {entry["Name"]: entry for entry in _inno_entries(script, "Components")}
    assert set(components) == {"main", "pdf"}
    assert components["main"]["Flags"] == "fixed" and set(components["main"]["Types"].split()) == set(types)
    assert components["pdf"]["Types"] == "full" and "PDF 导出组件" in components["pdf"]["Description"]
    assert "iscustom" in types["custom"]["Flags"]
    # Installing again without it removes the engine, so the app then says PDF export needs the component.
    (removed,) = _inno_entries(script, "InstallDelete")
    assert removed["Name"] == "{app}\\_internal\\typst" and removed["Components"] == "not pdf"


def test_windows_installer_takes_the_version_from_the_one_place():
    script = (WINDOWS / "editor-app.iss").read_text(encoding="utf-8")
    assert "AppVersion" not in _inno_defines(script) and "#error" in script  # ISCC refuses to build without it
    assert not re.search(r"\d+\.\d+\.\d+", script.split("[Setup]", 1)[1])
    build = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    pattern = re.search(r"Match\(\(Get-Content -Raw src\\editor_app\\__init__\.py\), '([^']+)'\)", build).group(1)
    init = (ROOT / "src" / "editor_app" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(pattern, init).group(1) == __version__
    assert '"/DAppVersion=$version"' in build


def test_windows_installer_associates_our_document_type_for_the_chosen_hive():
    script = (WINDOWS / "editor-app.iss").read_text(encoding="utf-8")
    registry = _inno_entries(script, "Registry")
    assert {entry["Root"] for entry in registry} == {"HKA"}  # per-user or per-machine, as installed
    extension = [e for e in registry if e["Subkey"] == "Software\\Classes\\" + EXTENSION and e["ValueName"] == ""]
    assert extension[0]["ValueData"] == _inno_defines(script)["DocumentClass"]
    assert any(e["ValueData"] == MIMETYPE for e in registry)
    command = next(e for e in registry if e["Subkey"].endswith("shell\\open\\command"))
    assert command["ValueData"] == '"{app}\\editor-app.exe" "%1"'
    setup = _inno_setup(script)
    assert (setup["PrivilegesRequired"], setup["PrivilegesRequiredOverridesAllowed"]) == (
        "lowest",
        "dialog commandline",
    )
    assert setup["ChangesAssociations"] == "yes"
    icons = _inno_entries(script, "Icons")
    assert any(entry["Filename"] == "{app}\\editor-app.exe" for entry in icons)
    assert any(entry["Filename"] == "{uninstallexe}" for entry in icons)


def test_version_is_written_once():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'attr = "editor_app.__version__"' in pyproject
    assert "<release " not in (LINUX / "editorial-desk.metainfo.xml").read_text(encoding="utf-8")


# ---------------------------------------------------------------- what the frozen app keeps of Qt


def test_trim_keeps_the_web_engine_and_its_libraries_and_drops_what_only_unused_parts_need():
    from trim import keep_data, trim_binaries

    qt = "PySide6/Qt/lib/"
    binaries = [
        ("PySide6/QtWebEngineWidgets.abi3.so", "/w/QtWebEngineWidgets.abi3.so", "EXTENSION"),
        ("PySide6/QtMultimedia.abi3.so", "/w/QtMultimedia.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "/w/libffmpeg.so", "BINARY"),
        (qt + "libQt6WebEngineCore.so.6", "/w/libQt6WebEngineCore.so.6", "BINARY"),
        (qt + "libQt6Quick.so.6", "/w/libQt6Quick.so.6", "BINARY"),
        (qt + "libQt6Multimedia.so.6", "/w/libQt6Multimedia.so.6", "BINARY"),
        (qt + "libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/w/QtWebEngineWidgets.abi3.so": ["libQt6WebEngineCore.so.6"],
        "/w/libQt6WebEngineCore.so.6": ["libQt6Quick.so.6", "libglib-2.0.so.0"],
        "/w/QtMultimedia.abi3.so": ["libQt6Multimedia.so.6"],
        "/w/libffmpeg.so": ["libQt6Multimedia.so.6"],
        "/w/libqxcb.so": ["libQt6XcbQpa.so.6"],
    }
    kept = trim_binaries(binaries, lambda source: links.get(source, []), ["QtMultimedia"], system_libraries=True)
    assert [dest.rsplit("/", 1)[-1] for dest, _, _ in kept] == [
        "QtWebEngineWidgets.abi3.so",
        "libqxcb.so",
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",  # QtWebEngineCore links to it, so it stays although Quick itself is unused
        "libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",  # the frozen app's loader opens it from its own folder
    ]
    assert not keep_data("PySide6/Qt/qml/QtQuick/Controls/qmldir")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert keep_data("PySide6/Qt/translations/qtwebengine_locales/zh-CN.pak")
    assert not keep_data("PySide6/Qt/translations/qtwebengine_locales/de.pak")
    assert not keep_data("PySide6/Qt/resources/qtwebengine_devtools_resources.pak")
    assert keep_data("PySide6/Qt/resources/icudtl.dat") and keep_data("editor_app/resources/templates/blank.md")
    # python-docx opens default.docx and the default-*.xml parts, never the unpacked source of default.docx
    assert keep_data("docx/templates/default.docx") and keep_data("docx/templates/default-styles.xml")
    assert not keep_data("docx/templates/default-docx-template/word/styles.xml")


def test_icu_trim_keeps_chinese_english_and_the_data_qt_calls_for():
    from shrink_icu import unwanted

    for item in ("zh.res", "zh_Hans_CN.res", "en.res", "root.res", "pool.res", "res_index.res", "zone/root.res"):
        assert not unwanted(item, for_qt=True), item
    for item in ("cnvalias.icu", "zone/zh.res", "ucase.icu", "zoneinfo64.res"):
        assert not unwanted(item, for_qt=True), item
    assert not unwanted("gb18030.cnv") and not unwanted("coll/ucadata.icu")  # Chromium's copy
    for item in ("de.res", "coll/de_.res", "translit/el_Latn.res", "ibm-1047_P100-1995.cnv", "brkitr/thaidict.dict"):
        assert unwanted(item), item
    assert unwanted("brkitr/line.brk", for_qt=True) and not unwanted("brkitr/line.brk")  # Chromium breaks lines
