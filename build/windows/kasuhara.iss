; Inno Setup script: the Windows installer of Kasuhara Desktop.
; NOT BUILT ON THIS PROJECT'S MACHINES (Linux only so far): written from the same spec as the
; Linux build, to be checked by the first person who builds on Windows (see README, "Install on
; a shop PC").
;
; On Windows, in a checkout with the venv (py -3.12 -m venv .venv; .venv\Scripts\pip install -e ".[package]"):
;   set KASUHARA_FONT_DIR=C:\kasuhara-fonts        (ipaexg.ttf, ipaexm.ttf, DejaVuSans.ttf,
;                                                    DejaVuSansMono.ttf and licenses\)
;   .venv\Scripts\python build\stage_bundle.py %USERPROFILE%\kasuhara-build\stage
;   set KASUHARA_STAGE=%USERPROFILE%\kasuhara-build\stage
;   set KASUHARA_WIN_VERSION_FILE=build\windows\version_info.txt
;   .venv\Scripts\pyinstaller --noconfirm --workpath %USERPROFILE%\kasuhara-build\work
;       --distpath %USERPROFILE%\kasuhara-build\dist build\kasuhara.spec
;   iscc /DAppDir=%USERPROFILE%\kasuhara-build\dist\kasuhara-desktop
;       /DStageDir=%USERPROFILE%\kasuhara-build\stage build\windows\kasuhara.iss
;
; The installer puts the program under Program Files. Vaults live in the user's Documents
; (Documents\Kasuhara by default), never in the program folder: uninstalling never touches them.

#define AppName "Kasuhara Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef AppDir
  #error Pass /DAppDir=<the one-folder app made by PyInstaller>
#endif
#ifndef StageDir
  #error Pass /DStageDir=<the folder build\stage_bundle.py wrote (icons\kasuhara.ico)>
#endif

[Setup]
AppId={{99533A29-DA06-4199-826F-B33BFAEF0139}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kasuhara Desktop maintainers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription=Offline, encrypted logbook of customer-harassment incidents
DefaultDirName={autopf}\Kasuhara Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
SetupIconFile={#StageDir}\icons\kasuhara.ico
UninstallDisplayIcon={app}\kasuhara-desktop.exe
OutputBaseFilename=kasuhara-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\kasuhara-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kasuhara-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kasuhara-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes only the files installed above, never a vault.
