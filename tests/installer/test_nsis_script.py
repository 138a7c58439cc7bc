"""The Windows installer script compiles with makensis, warnings counting as errors."""

from __future__ import annotations

from pathlib import Path

from tests.installer.nsis_harness import build_installer
from tests.installer.packaging_helpers import package_version


def test_the_nsis_script_compiles_without_a_warning_into_a_versioned_setup(
    tmp_path: Path,
) -> None:
    setup = build_installer(tmp_path)
    assert setup.name == f"DesktopOMS-Setup-{package_version()}.exe"
    assert setup.read_bytes()[:2] == b"MZ"
