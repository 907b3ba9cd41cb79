; RiskDesk for Windows, per user and without admin rights (Inno Setup 6).
; Built after the PyInstaller folder (installer/riskdesk.spec), from the repository root:
;     pyinstaller --noconfirm --distpath build\bundle\dist --workpath build\bundle\work installer\riskdesk.spec
;     iscc /DAppVersion=0.1.0 installer\windows\riskdesk.iss
; gives dist\RiskDesk-<version>-windows-x64-setup.exe. It installs into
; %LOCALAPPDATA%\Programs\RiskDesk with a Start-menu entry and an uninstaller, and never
; asks for elevation. Vaults and settings live in %LOCALAPPDATA%\RiskDesk (outside the
; program folder), so an update or an uninstall leaves them alone.
; .github/workflows/windows-bundle.yml builds and smoke-tests it on a Windows runner.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The same id for every version, so a newer setup updates the installed one in place.
AppId={{6E0C3B52-8F4D-4C4B-9F6E-2B7D1A5C9E31}
AppName=RiskDesk
AppVersion={#AppVersion}
AppVerName=RiskDesk {#AppVersion}
AppPublisher=RiskDesk
; Per user: no UAC prompt, nothing outside the user's profile, no choice to elevate.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\RiskDesk
DisableDirPage=yes
DefaultGroupName=RiskDesk
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=RiskDesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
Uninstallable=yes
UninstallDisplayName=RiskDesk
UninstallDisplayIcon={app}\riskdesk.exe
; A running RiskDesk holds its files open: ask the user to close it, never reboot.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries whole, so no file of an older version is left to load.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\build\bundle\dist\RiskDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; riskdeskw.exe is the same program without a console window.
Name: "{autoprograms}\RiskDesk"; Filename: "{app}\riskdeskw.exe"; Parameters: "gui"; WorkingDir: "{app}"
Name: "{autodesktop}\RiskDesk"; Filename: "{app}\riskdeskw.exe"; Parameters: "gui"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\riskdeskw.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,RiskDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: portable.txt and RiskDesk-data, if someone made the installed
; copy portable, are the user's and stay.
Type: filesandordirs; Name: "{app}\_internal"
