; Inno Setup script for Editorial Desk (稿件编辑台): the Windows installer, built from the frozen app.
; Build on Windows with packaging\windows\build.ps1, which freezes the app into dist\editor-app\ (and the PDF
; component into dist\editor-app-pdf\) and runs
;   ISCC /DAppVersion=<version from src\editor_app\__init__.py> packaging\windows\editor-app.iss
; Needs Inno Setup 6.4 or later (its Chinese (Simplified) messages). Output: dist\editor-app_<version>_setup.exe
; Installs per user (no administrator rights, the default) or for all users (chosen in the first dialog, or
; /ALLUSERS on the command line); a Start-menu entry; .edesk files open in the app; uninstall removes it all.
; Two components: the app (always) and the PDF export component (Typst's compiler, 65 MB; in the full install,
; left out of the compact one: /TYPE=compact when run silently).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 reads it from src\editor_app\__init__.py)
#endif
#define AppName "稿件编辑台"
#define AppExe "editor-app.exe"
#define Frozen "..\..\dist\editor-app"
#define FrozenPdf "..\..\dist\editor-app-pdf"
#define DocumentClass "EditorialDesk.Report"

[Setup]
AppId={{6F4B2C1E-8D3A-4E57-9B0C-2A7E5D1F3C84}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Editorial Desk developers
DefaultDirName={autopf}\EditorialDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=editor-app_{#AppVersion}_setup
SetupIconFile=..\icons\editorial-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Types]
Name: "full"; Description: "完整安装（含 PDF 导出组件）"
Name: "compact"; Description: "精简安装（不含 PDF 导出组件）"
Name: "custom"; Description: "自定义安装"; Flags: iscustom

[Components]
Name: "main"; Description: "{#AppName}"; Types: full compact custom; Flags: fixed
Name: "pdf"; Description: "PDF 导出组件（不用办公软件直接导出 PDF 公文）"; Types: full

[Files]
; The whole PyInstaller one-folder build: the executable and its _internal folder.
Source: "{#Frozen}\{#AppExe}"; DestDir: "{app}"; Components: main; Flags: ignoreversion
Source: "{#Frozen}\_internal\*"; DestDir: "{app}\_internal"; Components: main; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\editorial-desk-document.ico"; DestDir: "{app}"; Components: main; Flags: ignoreversion
; Office defaults: a defaults.json that IT puts beside this script is installed beside the app.
#ifexist "defaults.json"
Source: "defaults.json"; DestDir: "{app}"; Components: main; Flags: ignoreversion
#endif
; The PDF export component: the spec lays it out as the files it adds to the app's folder (_internal\typst).
Source: "{#FrozenPdf}\*"; DestDir: "{app}"; Components: pdf; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "撰写、预览并导出政务网站稿件和公文"
Name: "{group}\卸载{#AppName}"; Filename: "{uninstallexe}"

[Registry]
; .edesk → the app, for this user (per-user install) or for everyone (all-users install): HKA picks the hive.
Root: HKA; Subkey: "Software\Classes\.edesk"; ValueType: string; ValueName: ""; ValueData: "{#DocumentClass}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.edesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.editorial-desk+zip"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.edesk\OpenWithProgids"; ValueType: string; ValueName: "{#DocumentClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DocumentClass}"; ValueType: string; ValueName: ""; ValueData: "稿件编辑台文稿"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#DocumentClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\editorial-desk-document.ico"
Root: HKA; Subkey: "Software\Classes\{#DocumentClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; Installing again without the PDF component (the compact type) takes away one installed before.
Type: filesandordirs; Name: "{app}\_internal\typst"; Components: not pdf

[UninstallDelete]
; Files the app never writes here, but a half-finished update might leave: the install folder goes entirely.
Type: filesandordirs; Name: "{app}\_internal"
