"""Fast checks of the packaging files: they parse, validate and agree with each other.

Building the bundle takes minutes and runs in `.ci/run` only with SAMENLEREN_BUILD_BUNDLE=1;
these checks catch the cheap mistakes on every run.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from samenleren_desktop import __version__
from samenleren_desktop.config import KEYS

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "nl.samenleren.Desktop"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install {name})")
    return found


@pytest.mark.parametrize(
    "script",
    [*sorted(PACKAGING.rglob("*.sh")), ROOT / ".ci" / "run"],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_shell_scripts_parse_and_are_executable(script: Path) -> None:
    subprocess.run(["bash", "-n", str(script)], check=True)
    assert script.stat().st_mode & 0o100, f"{script} is not executable"


@pytest.mark.parametrize("name", ["samenleren.spec", "entry.py", "bare_window.py"])
def test_python_build_files_compile(name: str) -> None:
    path = PACKAGING / name
    compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_the_desktop_entry_validates() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run(
        [tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_the_appstream_metadata_validates_and_matches() -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    tool = _tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(metainfo)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "samenleren"
    releases = [release.get("version") for release in root.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version"


def test_the_desktop_entry_names_what_the_package_installs() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "samenleren"
    assert section["Icon"] == APP_ID
    build = (LINUX / "build.sh").read_text(encoding="utf-8")
    assert f"apps/{APP_ID}.png" in build
    assert f"apps/{APP_ID}.svg" in build
    assert "/usr/bin/samenleren" in build


def test_the_deb_depends_name_the_qt_xcb_libraries(tmp_path: Path) -> None:
    _tool("dpkg")
    bundle = tmp_path / "samenleren"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(sys.executable, bundle / "samenleren")
    result = subprocess.run(
        [str(LINUX / "deb_depends.sh"), str(bundle)], capture_output=True, text=True, check=True
    )
    depends = [item.strip() for item in result.stdout.strip().split(",")]
    assert re.fullmatch(r"libc6 \(>= [0-9.]+\)", depends[0])
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libegl1"):
        assert package in depends
    assert len(depends) == len(set(depends))
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    for placeholder in ("@VERSION@", "@ARCH@", "@DEPENDS@", "@SIZE@"):
        assert placeholder in control


def test_the_windows_installer_writes_only_known_settings() -> None:
    script = (PACKAGING / "windows" / "samenleren.iss").read_text(encoding="utf-8")
    written = set(re.findall(r"Lines\[N\] := '([a-z_]+) = '", script))
    assert written == {*KEYS, "locked"}
    for parameter in ("SERVERURL", "ORGANISATION", "AUTOLOCK", "LANGUAGE", "LOCK"):
        assert f"{{param:{parameter}|}}" in script
    assert "{commonappdata}\\SamenLeren\\config.toml" in script
    assert "SaveStringsToUTF8File" in script


def test_the_systemd_unit_runs_the_server_with_its_settings() -> None:
    server = PACKAGING / "server"
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(server / "samenleren-server.service", encoding="utf-8")
    service = unit["Service"]
    assert service["ExecStart"].startswith("/opt/samenleren-server/bin/samenleren-server serve ")
    assert service["EnvironmentFile"] == "/etc/samenleren-server/server.env"
    assert service["User"] == "samenleren"
    used = set(re.findall(r"\$\{(\w+)\}", service["ExecStart"]))
    env = (server / "server.env").read_text(encoding="utf-8")
    given = set(re.findall(r"^(\w+)=", env, flags=re.MULTILINE))
    assert used <= given
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_the_container_copies_everything_the_package_needs() -> None:
    containerfile = (PACKAGING / "server" / "Containerfile").read_text(encoding="utf-8")
    for needed in ("pyproject.toml", "setup.py", "samenleren_desktop", "samenleren_server"):
        assert needed in containerfile
    for folder in ("resources", "translations"):  # mapped into the package by setup.py
        assert f"COPY {folder} ./{folder}" in containerfile
    assert '".[server]"' in containerfile
    assert "PySide6" not in containerfile


def test_the_ci_workflow_builds_all_three_platforms() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((PACKAGING / "ci" / "build-installers.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    runs = {
        name: " ".join(step.get("run", "") for step in job["steps"]) for name, job in jobs.items()
    }
    assert "packaging/linux/build.sh" in runs["linux"]
    assert "packaging/linux/smoke_test.sh" in runs["linux"]
    assert "packaging\\windows\\build.ps1" in runs["windows"]
    assert "/SERVERURL=" in runs["windows"]
    assert "packaging/macos/build_dmg.sh" in runs["macos"]


def test_ci_builds_the_bundle_only_when_asked() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    gate = run.index('if [ "${SAMENLEREN_BUILD_BUNDLE:-0}" = 1 ]; then')
    assert gate < run.index("packaging/linux/build.sh") < run.index('echo "CI passed"')
    assert "packaging/linux/smoke_test.sh" in run
