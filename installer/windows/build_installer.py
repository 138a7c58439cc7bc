"""Compile the Windows installer with makensis, the version read from the package.

    python installer/windows/build_installer.py --bundle dist/DesktopOMS --out dist

Runs the same on the Windows runner (NSIS for Windows) and on Linux (Debian's `nsis`),
always with -WX so that a warning fails the build.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRIPT = HERE / "desktop_oms.nsi"
WINDOWS_NSIS = (r"C:\Program Files (x86)\NSIS\makensis.exe", r"C:\Program Files\NSIS\makensis.exe")


def package_version() -> str:
    """desktop_oms.__version__, read from the source without importing the package."""
    text = (ROOT / "desktop_oms" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("desktop_oms/__init__.py has no __version__")
    return found.group(1)


def version_quad(version: str) -> str:
    """'1.2.3rc1' → '1.2.3.0': Windows file versions are four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def find_makensis() -> str:
    found = shutil.which("makensis") or next((p for p in WINDOWS_NSIS if os.path.isfile(p)), None)
    if not found:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis)")
    return found


def build(bundle: Path, out_dir: Path, version: str | None = None) -> Path:
    """The installer DesktopOMS-Setup-<version>.exe in out_dir, built around `bundle`."""
    version = version or package_version()
    if not (bundle / "DesktopOMS.exe").is_file():
        raise SystemExit(f"{bundle} holds no DesktopOMS.exe: build the Windows bundle first")
    out_dir.mkdir(parents=True, exist_ok=True)
    outfile = out_dir.resolve() / f"DesktopOMS-Setup-{version}.exe"
    command = [
        find_makensis(),
        "-WX",
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION_QUAD={version_quad(version)}",
        f"-DBUNDLE_DIR={bundle.resolve()}",
        f"-DOUTFILE={outfile}",
        f"-DICON_FILE={ROOT / 'resources' / 'icons' / 'desktop-oms.ico'}",
        str(SCRIPT),
    ]
    subprocess.run(command, check=True, cwd=HERE)
    return outfile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "DesktopOMS")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--print-version", action="store_true", help="print the version, exit")
    args = parser.parse_args(argv)
    if args.print_version:
        print(package_version())
        return 0
    print(build(args.bundle, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
