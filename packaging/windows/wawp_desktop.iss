; Inno Setup 6 script for Wawp Desktop (per-machine install into Program Files).
; Built by `python packaging/build.py` on Windows when iscc.exe is on PATH, or by hand after it:
;   iscc /DAppVersion=0.1.0 packaging\windows\wawp_desktop.iss
; Input: the onedir bundle dist\wawp-desktop\ ; output: dist\wawp-desktop-<version>-setup.exe
; NOT verified here (built and tested on Linux only): check on Windows before a release.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z wawp_desktop.iss
#endif

#define AppName "Wawp Desktop"
#define AppExe "wawp-desktop.exe"
#define Bundle "..\..\dist\wawp-desktop"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to the same installation.
AppId={{8C4E2F7A-5B1D-4E8A-9F3C-2A7D6B1E0C55}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Wawp
AppPublisherURL=https://wawp.net
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=wawp-desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\generated\wawp-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files PyInstaller's bootloader or Python may leave behind; settings and the keyring are kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
