; Inno Setup script for InvoiceDesk (Inno Setup 6).
; Build the one-folder app first:  pyinstaller --noconfirm packaging\invoicedesk.spec
; then, from the repository root:   iscc packaging\windows\invoicedesk.iss
; The installer goes to dist\installer\. Per-user install by default (no admin rights needed);
; "Install for all users" is offered when run as administrator.

#define AppName "InvoiceDesk"
#define AppVersion "0.1.0"
#define AppPublisher "InvoiceDesk"
#define AppExe "invoicedesk.exe"
#define BuildDir "..\..\dist\invoicedesk"
; rendered by the spec from resources\icons\app_icon.svg (packaging\make_icons.py)
#define IconFile "..\..\build\invoicedesk\icons\InvoiceDesk.ico"

[Setup]
AppId={{6C0E5C8B-7E1D-4A52-9B7F-1F4D2A9C3E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=InvoiceDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#IconFile}
; Sign the installer and the executables when a certificate is configured, e.g.
; SignTool=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 $f

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder: invoicedesk.exe (window), invoicedesk-cli.exe (console) and _internal\
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; prove the installation is complete before the first real start (quiet, no window)
Filename: "{app}\invoicedesk-cli.exe"; Parameters: "--version"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; the compiled-translation cache is rebuilt at start; user data, settings and logs are kept
Type: filesandordirs; Name: "{localappdata}\{#AppName}\{#AppName}\Cache"
