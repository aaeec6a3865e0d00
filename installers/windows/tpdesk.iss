; Inno Setup 6 script: dist\tpdesk (built by build.spec) -> dist\tpdesk-VERSION-windows-x64-setup.exe
;
;   iscc /DAppVersion=0.1.0 installers\windows\tpdesk.iss
;
; Per-user install by default (no administrator rights needed, as on most
; delegates' managed laptops); an administrator may choose "all users".
; A Start-menu shortcut, an optional desktop shortcut, an uninstaller in
; Settings > Apps. Uninstalling removes the program only: the database and log
; in %LOCALAPPDATA%\tpdesk stay, because they are the user's work.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installers\windows\tpdesk.iss
#endif
#define AppName "tpdesk"
#define AppExe "tpdesk.exe"

[Setup]
; AppId is uuid5(DNS, "eu.talentpartnership.tpdesk"): never change it, or upgrades
; install side by side instead of over the old version.
AppId={{8A036516-1E44-598B-B0DC-F17762AF5A2B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=tpdesk
AppComments=Prepare EU Talent Partnership roundtables offline
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\build\icons\tpdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running tpdesk before files are replaced (upgrade or uninstall).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\tpdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep libraries the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Prepare EU Talent Partnership roundtables offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
