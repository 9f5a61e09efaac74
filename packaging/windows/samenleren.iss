; Inno Setup 6 script of the Windows installer (per-machine, 64-bit).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\samenleren.iss
;   (build.ps1 does this after PyInstaller; with signing: see build.ps1 and docs/admin.md)
;
; Silent installation for the administrator (Intune, SCCM, PDQ, a login script):
;   SamenLeren-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /SERVERURL=https://sync.example.org /ORGANISATION="Stichting Noord" ^
;       /AUTOLOCK=5 /LOGO=C:\ProgramData\SamenLeren\logo.png /RETENTIONDAYS=90 ^
;       /LOCK=server_url,autolock_minutes
; The values go into the machine-wide file %ProgramData%\SamenLeren\config.toml (written only
; when one of them is given; an existing file is replaced only with /OVERWRITECONFIG).
; Uninstalling keeps that file and every user's workspace.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."
#define Bundle Root + "\build\windows\dist\samenleren"

[Setup]
AppId={{6C1C7E2A-5B1E-4C55-9E55-2F1B6E0C5A10}
AppName=Samen Leren
AppVersion={#AppVersion}
AppPublisher=Samen Leren Desktop developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Samen Leren
DefaultGroupName=Samen Leren
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#Root}\dist
OutputBaseFilename=SamenLeren-{#AppVersion}-setup
SetupIconFile={#Root}\build\windows\icons\samenleren.ico
UninstallDisplayIcon={app}\samenleren.exe
LicenseFile={#Root}\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef Sign
; build.ps1 passes /DSign and /Ssamenleren_sign="signtool sign ... $f" when a certificate is set.
SignTool=samenleren_sign
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\packaging\linux\config.toml.example"; DestDir: "{commonappdata}\SamenLeren"; \
    DestName: "config.toml.example"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Samen Leren"; Filename: "{app}\samenleren.exe"
Name: "{autodesktop}\Samen Leren"; Filename: "{app}\samenleren.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\samenleren.exe"; Description: "{cm:LaunchProgram,Samen Leren}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function TomlString(const Value: String): String;
var
  S: String;
begin
  S := Value;
  StringChangeEx(S, '\', '\\', True);
  StringChangeEx(S, '"', '\"', True);
  Result := '"' + S + '"';
end;

function TomlList(const Csv: String): String;
var
  Rest, Item: String;
  P: Integer;
begin
  Result := '';
  Rest := Csv;
  while Rest <> '' do
  begin
    P := Pos(',', Rest);
    if P = 0 then P := Length(Rest) + 1;
    Item := Trim(Copy(Rest, 1, P - 1));
    Delete(Rest, 1, P);
    if Item <> '' then
    begin
      if Result <> '' then Result := Result + ', ';
      Result := Result + TomlString(Item);
    end;
  end;
  Result := '[' + Result + ']';
end;

procedure WriteMachineConfig();
var
  Lines: TArrayOfString;
  N: Integer;
  Target, Url, Org, Minutes, Lang, Channel, Logo, Days, Locked: String;
begin
  Url := ExpandConstant('{param:SERVERURL|}');
  Org := ExpandConstant('{param:ORGANISATION|}');
  Minutes := ExpandConstant('{param:AUTOLOCK|}');
  Lang := ExpandConstant('{param:LANGUAGE|}');
  Channel := ExpandConstant('{param:UPDATECHANNEL|}');
  Logo := ExpandConstant('{param:LOGO|}');
  Days := ExpandConstant('{param:RETENTIONDAYS|}');
  Locked := ExpandConstant('{param:LOCK|}');
  if (Url = '') and (Org = '') and (Minutes = '') and (Lang = '') and (Channel = '') and (Logo = '') and (Days = '') then Exit;
  Target := ExpandConstant('{commonappdata}\SamenLeren\config.toml');
  if FileExists(Target) and (Pos('/OVERWRITECONFIG', Uppercase(GetCmdTail())) = 0) then
  begin
    Log('Keeping the existing ' + Target);
    Exit;
  end;
  SetArrayLength(Lines, 9);
  N := 0;
  Lines[N] := '# Written by the Samen Leren installer; see config.toml.example.'; N := N + 1;
  if Url <> '' then begin Lines[N] := 'server_url = ' + TomlString(Url); N := N + 1; end;
  if Org <> '' then begin Lines[N] := 'organisation = ' + TomlString(Org); N := N + 1; end;
  if Minutes <> '' then begin Lines[N] := 'autolock_minutes = ' + IntToStr(StrToIntDef(Minutes, 5)); N := N + 1; end;
  if Lang <> '' then begin Lines[N] := 'language = ' + TomlString(Lang); N := N + 1; end;
  if Channel <> '' then begin Lines[N] := 'update_channel = ' + TomlString(Channel); N := N + 1; end;
  if Logo <> '' then begin Lines[N] := 'logo = ' + TomlString(Logo); N := N + 1; end;
  if Days <> '' then begin Lines[N] := 'retention_grace_days = ' + IntToStr(StrToIntDef(Days, 90)); N := N + 1; end;
  if Locked <> '' then begin Lines[N] := 'locked = ' + TomlList(Locked); N := N + 1; end;
  SetArrayLength(Lines, N);
  ForceDirectories(ExtractFileDir(Target));
  if not SaveStringsToUTF8File(Target, Lines, False) then
    Log('Could not write ' + Target);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then WriteMachineConfig();
end;
