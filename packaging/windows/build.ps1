# Build the Windows installer of Editorial Desk: dist\editor-app_<version>_setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ from python.org (the "py" launcher) and Inno Setup 6.4+ (ISCC.exe on PATH or in its default
# folder). Makes build\venv with the app and PyInstaller on first run, freezes the app into dist\editor-app\
# and the optional PDF export component into dist\editor-app-pdf\ (packaging\editor-app.spec), trims
# Chromium's ICU data, then compiles packaging\windows\editor-app.iss with the version read from
# src\editor_app\__init__.py, the one place it is written.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent (Split-Path -Parent $PSScriptRoot))

$version = [regex]::Match((Get-Content -Raw src\editor_app\__init__.py), '__version__ = "([^"]+)"').Groups[1].Value
if (-not $version) { throw "no __version__ in src\editor_app\__init__.py" }
if (-not (Test-Path build\venv)) { py -3 -m venv build\venv }
$python = "build\venv\Scripts\python.exe"
& $python -m pip install -q --upgrade pip
& $python -m pip install -q -e . "pyinstaller>=6.22"
& $python -m editor_app.ui.i18n | Out-Null
& $python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\editor-app.spec
& $python packaging\shrink_icu.py dist\editor-app

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\editor-app.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "dist\editor-app_${version}_setup.exe"
