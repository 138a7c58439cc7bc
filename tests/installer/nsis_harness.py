"""Build the NSIS installer around a stand-in payload, and drive it under Wine."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\DesktopOMS"
SETTINGS_KEY = r"HKCU\Software\DesktopOMS"


def build_installer(tmp: Path) -> Path:
    """DesktopOMS-Setup-<version>.exe around a two-file stand-in for the Windows bundle."""
    script = ROOT / "installer" / "windows" / "build_installer.py"
    spec = importlib.util.spec_from_file_location("build_installer", script)
    assert spec is not None and spec.loader is not None
    build_installer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_installer)
    bundle = tmp / "payload"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "DesktopOMS.exe").write_bytes(b"MZ stand-in for the frozen program")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    return build_installer.build(bundle, tmp / "out")


@dataclass
class WinePrefix:
    """A throw-away Wine prefix with its own HOME, no menu builder, no Mono/Gecko prompts."""

    home: Path
    boot_seconds: float = 0.0

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WINE")}
        env.update(
            HOME=str(self.home),
            WINEPREFIX=str(self.home / "prefix"),
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            WINEDEBUG="-all",
            WINEARCH="win64",
        )
        env.pop("DISPLAY", None)
        return env

    def run(self, *command: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        # wait for every Wine process (an uninstaller re-launches itself from %TEMP%)
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=timeout)
        return done

    def boot(self) -> None:
        started = time.monotonic()
        self.run("wineboot", "--init")
        self.boot_seconds = time.monotonic() - started

    @property
    def user_dir(self) -> Path:
        users = self.home / "prefix" / "drive_c" / "users"
        return next(p for p in sorted(users.iterdir()) if p.name != "Public")

    @property
    def local_app_data(self) -> Path:
        return self.user_dir / "AppData" / "Local"

    @property
    def install_dir(self) -> Path:
        return self.local_app_data / "Programs" / "DesktopOMS"

    @property
    def start_menu_link(self) -> Path:
        programs = self.user_dir / "AppData" / "Roaming" / "Microsoft" / "Windows"
        return programs / "Start Menu" / "Programs" / "Desktop OMS.lnk"

    @property
    def desktop_link(self) -> Path:
        return self.user_dir / "Desktop" / "Desktop OMS.lnk"

    @property
    def data_dir(self) -> Path:
        return self.local_app_data / "DesktopOMS"

    def registry(self, key: str) -> str | None:
        """`reg query` output for the key, None when the key does not exist."""
        done = self.run("wine", "reg", "query", key)
        return done.stdout if done.returncode == 0 else None

    def install(self, setup: Path) -> None:
        done = self.run("wine", str(setup), "/S")
        assert done.returncode == 0, done.stderr

    def uninstall(self, *options: str) -> None:
        done = self.run("wine", str(self.install_dir / "Uninstall.exe"), "/S", *options)
        assert done.returncode == 0, done.stderr
