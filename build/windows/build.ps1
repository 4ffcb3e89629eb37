# Build HashPledge for Windows: a virtual environment, the one-folder PyInstaller build of
# build/hashpledge.spec, its self-test (offscreen), then the Inno Setup installer.
#     powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
# Needs Python 3.11+ on PATH and Inno Setup 6 (iscc.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked "python" @("-m", "venv", ".venv") }
$py = ".venv\Scripts\python.exe"
Invoke-Checked $py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $py @("-m", "pip", "install", "-q", "-e", ".[dist]")
$version = & $py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"

if (Test-Path "dist\hashpledge") { Remove-Item -Recurse -Force "dist\hashpledge" }
Invoke-Checked ".venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\work", "build\hashpledge.spec")

# hashpledge.exe is a windowed program; hashpledge-cli.exe is the same program with a console.
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "dist\hashpledge\hashpledge-cli.exe" @("--self-test")
Remove-Item Env:QT_QPA_PLATFORM

$iscc = (Get-Command "iscc.exe" -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Invoke-Checked $iscc @("/Q", "/DAppVersion=$version", "build\windows\hashpledge.iss")
Write-Host "dist\hashpledge-$version-windows-x64-setup.exe"
