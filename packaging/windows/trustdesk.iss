; Inno Setup script for TrustDesk on Windows: a per-user installer, no administrator needed.
;
; Build the bundle first (py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller
; packaging\trustdesk.spec), then, from the project root:
;     iscc /DAppVersion=0.1.0 packaging\windows\trustdesk.iss
; The installer lands in dist\TrustDesk-<version>-setup.exe. See packaging\README.md.
;
; User data (the encrypted vault, backups, settings) lives in platformdirs' user_data_dir and
; user_config_dir, i.e. %LOCALAPPDATA%\TrustDesk, which is a different folder from the program
; folder below. The uninstaller removes only the files it installed, so people's journals stay.
; There is deliberately no [UninstallDelete] section: never add one that reaches user data.

#define AppName "TrustDesk"
; The one reverse-DNS application id used on every system (trustdesk.APP_ID).
#define AppId "org.trustdesk.TrustDesk"
#define AppExe "trustdesk.exe"
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\trustdesk.iss
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The TrustDesk contributors
; Per-user: Setup never asks for elevation, and {autopf} means {userpf}
; (%LOCALAPPDATA%\Programs), so the program folder belongs to the person installing it.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=trustdesk.ico
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Offer to close a running TrustDesk before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle (trustdesk.exe and _internal\).
Source: "..\..\dist\trustdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start menu entry; {autoprograms} is the user's own Programs folder in a per-user install.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
