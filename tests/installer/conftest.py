"""Packaging checks: collected only by `make -C installer check-dist` (DESKTOP_OMS_DIST set).

They need a built bundle and minutes of work, so `make test` never collects them. Each
file is collected only where its tools exist: the .deb checks as root with dpkg, the NSIS
compile with makensis, the silent install and uninstall with makensis and Wine.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

DIST_ENV = "DESKTOP_OMS_DIST"
ROOT = Path(__file__).resolve().parents[2]


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


#: test file → (what it needs, is it there)
NEEDS = {
    "test_deb_package.py": ("root and dpkg", lambda: _is_root() and bool(shutil.which("dpkg"))),
    "test_nsis_script.py": ("makensis", lambda: bool(shutil.which("makensis"))),
    "test_nsis_wine.py": (
        "makensis and wine",
        lambda: bool(shutil.which("makensis") and shutil.which("wine")),
    ),
}


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.suffix != ".py" or collection_path.name == "conftest.py":
        return None
    if not os.environ.get(DIST_ENV):
        return True
    need = NEEDS.get(collection_path.name)
    if need is not None and not need[1]():
        return True
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say which packaging checks could not run here, so a green run is not misread."""
    if not os.environ.get(DIST_ENV):
        return
    for name, (what, present) in NEEDS.items():
        if not present():
            terminalreporter.write_line(f"packaging check NOT RUN: {name} needs {what}")


@pytest.fixture(scope="session")
def dist_dir() -> Path:
    return Path(os.environ[DIST_ENV]).resolve()


@pytest.fixture(scope="session")
def bundle(dist_dir: Path) -> Path:
    folder = dist_dir / "DesktopOMS"
    assert (folder / "DesktopOMS").is_file(), f"no bundle in {folder}: run `make dist` first"
    return folder
