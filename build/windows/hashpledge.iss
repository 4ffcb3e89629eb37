; Inno Setup script of HashPledge for Windows: a per-user install (no administrator rights), a Start-menu
; entry, an optional desktop icon, and an uninstaller. build/windows/build.ps1 calls it after PyInstaller:
;     iscc /DAppVersion=0.1.0 build\windows\hashpledge.iss
; It packs dist\hashpledge\ (the one-folder build of build/hashpledge.spec) into
; dist\hashpledge-VERSION-windows-x64-setup.exe. Farm data in %LOCALAPPDATA%\HashPledge is never removed.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z build\windows\hashpledge.iss
#endif
#define Root "..\.."

[Setup]
AppId={{6F1C7A52-9D4B-4E39-8B9E-2C5A1F0D7E31}
AppName=HashPledge
AppVersion={#AppVersion}
AppVerName=HashPledge {#AppVersion}
AppPublisher=HashPledge
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\HashPledge
DefaultGroupName=HashPledge
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=hashpledge-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\resources\icons\hashpledge.ico
UninstallDisplayIcon={app}\hashpledge.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\hashpledge\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\HashPledge"; Filename: "{app}\hashpledge.exe"
Name: "{group}\{cm:UninstallProgram,HashPledge}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\HashPledge"; Filename: "{app}\hashpledge.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hashpledge.exe"; Description: "{cm:LaunchProgram,HashPledge}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
