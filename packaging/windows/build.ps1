# Build the Windows installer: PyInstaller bundle, then Inno Setup. Run in PowerShell from the
# repository root on a Windows 10/11 x64 machine with Python 3.11+ and Inno Setup 6 (iscc.exe).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Code signing (optional): set SAMENLEREN_SIGN_PFX (path to a .pfx with the code-signing
# certificate) and SAMENLEREN_SIGN_PASSWORD. The program, then the installer and its
# uninstaller are signed with signtool (Windows SDK) and an RFC 3161 timestamp.
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Build = "$Root\build\windows"
$Python = if ($env:PYTHON) { $env:PYTHON } else { "py -3.11" }
$Timestamp = if ($env:SAMENLEREN_TIMESTAMP_URL) { $env:SAMENLEREN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

if (-not (Test-Path "$Build\venv\Scripts\pyinstaller.exe")) {
    Invoke-Expression "$Python -m venv `"$Build\venv`""
}
$Py = "$Build\venv\Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q ".[desktop]" "pyinstaller>=6.10,<7" pillow
& $Py -m pip install -q --force-reinstall --no-deps .
$Version = & $Py -c "import samenleren_desktop as s; print(s.__version__)"

& $Py packaging\linux\make_icons.py "$Build\icons" | Out-Null
& $Py -c "from PIL import Image; Image.open(r'$Build\icons\samenleren-256.png').save(r'$Build\icons\samenleren.ico', sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])"

$env:SAMENLEREN_ICON = "$Build\icons\samenleren.ico"
$env:SAMENLEREN_VERSION = $Version
& "$Build\venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath "$Build\dist" --workpath "$Build\work" packaging\samenleren.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The frozen program's own check, before anything is packaged.
& "$Build\dist\samenleren\samenleren-cli.exe" --self-test | Write-Output
if ($LASTEXITCODE -ne 0) { throw "self-test of the bundle failed" }

$Iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$IsccArgs = @("/DAppVersion=$Version")
if ($env:SAMENLEREN_SIGN_PFX) {
    $SignCmd = "signtool.exe sign /fd sha256 /tr $Timestamp /td sha256 /f `"$env:SAMENLEREN_SIGN_PFX`" /p `"$env:SAMENLEREN_SIGN_PASSWORD`""
    Invoke-Expression "$SignCmd `"$Build\dist\samenleren\samenleren.exe`" `"$Build\dist\samenleren\samenleren-cli.exe`""
    $IsccArgs += "/DSign"
    $IsccArgs += "/Ssamenleren_sign=$SignCmd `$f"
}
& $Iscc @IsccArgs packaging\windows\samenleren.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem "$Root\dist\SamenLeren-$Version-setup.exe" | Format-Table Name, Length
