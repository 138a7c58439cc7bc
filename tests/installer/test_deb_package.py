"""The .deb installs the program into the menu, runs it, and removes it without leftovers."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.installer.packaging_helpers import package_version, smoke_environment

INSTALLED = [
    Path("/opt/desktop-oms/DesktopOMS"),
    Path("/usr/bin/desktop-oms"),
    Path("/usr/share/applications/desktop-oms.desktop"),
    Path("/usr/share/icons/hicolor/256x256/apps/desktop-oms.png"),
]


def the_deb(dist_dir: Path) -> Path:
    debs = sorted(dist_dir.glob("desktop-oms_*.deb"))
    assert len(debs) == 1, f"expected one .deb in {dist_dir}, found {debs}"
    return debs[0]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def test_the_package_carries_the_programs_version_and_its_system_dependencies(
    dist_dir: Path,
) -> None:
    deb = the_deb(dist_dir)
    assert run("dpkg-deb", "-f", str(deb), "Version").stdout.strip() == package_version()
    depends = run("dpkg-deb", "-f", str(deb), "Depends").stdout
    for library in ("libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3"):
        assert library in depends
    assert "fonts-nanum | fonts-noto-cjk" in depends


def test_the_package_installs_into_the_menu_runs_and_removes_without_leftovers(
    dist_dir: Path, tmp_path: Path
) -> None:
    installed = run("dpkg", "-i", str(the_deb(dist_dir)))
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        assert all(path.exists() for path in INSTALLED)
        entry = Path("/usr/share/applications/desktop-oms.desktop").read_text("utf-8")
        assert "Name=Desktop OMS" in entry
        assert "Name[ko]=데스크톱 OMS" in entry
        assert "Categories=Office;" in entry
        assert "Icon=desktop-oms" in entry

        smoke = subprocess.run(
            ["desktop-oms", "--smoke"],
            env=smoke_environment(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    finally:
        removed = run("dpkg", "-r", "desktop-oms")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert [path for path in INSTALLED if path.exists()] == []
    assert not Path("/opt/desktop-oms").exists()
    assert (
        "install ok installed" not in run("dpkg-query", "-W", "-f=${Status}", "desktop-oms").stdout
    )
