"""Under Wine, the installer installs silently per user and the uninstaller removes it all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.installer.nsis_harness import (
    SETTINGS_KEY,
    UNINSTALL_KEY,
    WinePrefix,
    build_installer,
)
from tests.installer.packaging_helpers import package_version


@pytest.fixture(scope="module")
def setup_exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_installer(tmp_path_factory.mktemp("nsis"))


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WinePrefix]:
    prefix = WinePrefix(tmp_path_factory.mktemp("wine"))
    prefix.boot()
    print(f"wine first start: {prefix.boot_seconds:.1f} s")
    yield prefix
    prefix.run("wineserver", "-k")


def write_user_data(wine: WinePrefix) -> Path:
    """What the program leaves in the user's folders: the database and a setting."""
    database = wine.data_dir / "DesktopOMS" / "desktop-oms.sqlite3"
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"orders")
    wine.run("wine", "reg", "add", SETTINGS_KEY + r"\DesktopOMS", "/v", "lang", "/d", "ko", "/f")
    return database


def test_a_silent_install_adds_program_shortcuts_and_an_uninstall_entry(
    wine: WinePrefix, setup_exe: Path
) -> None:
    wine.install(setup_exe)
    assert (wine.install_dir / "DesktopOMS.exe").is_file()
    assert (wine.install_dir / "_internal" / "base_library.zip").is_file()
    assert (wine.install_dir / "Uninstall.exe").is_file()
    assert wine.start_menu_link.is_file()
    assert wine.desktop_link.is_file()
    entry = wine.registry(UNINSTALL_KEY)
    assert entry is not None
    assert "Desktop OMS" in entry
    assert package_version() in entry
    assert "Uninstall.exe" in entry


def test_an_upgrade_over_an_installed_copy_keeps_the_users_data(
    wine: WinePrefix, setup_exe: Path
) -> None:
    database = write_user_data(wine)
    wine.install(setup_exe)
    assert database.read_bytes() == b"orders"
    assert (wine.install_dir / "DesktopOMS.exe").is_file()


def test_a_silent_uninstall_removes_program_shortcuts_and_entry_but_keeps_the_data(
    wine: WinePrefix, setup_exe: Path
) -> None:
    wine.install(setup_exe)
    database = write_user_data(wine)
    wine.uninstall()
    assert not wine.install_dir.exists()
    assert not wine.start_menu_link.exists()
    assert not wine.desktop_link.exists()
    assert wine.registry(UNINSTALL_KEY) is None
    assert database.read_bytes() == b"orders"
    assert wine.registry(SETTINGS_KEY) is not None


def test_remove_my_data_deletes_the_database_and_the_settings_too(
    wine: WinePrefix, setup_exe: Path
) -> None:
    wine.install(setup_exe)
    write_user_data(wine)
    wine.uninstall("/REMOVEDATA")
    assert not wine.install_dir.exists()
    assert not wine.data_dir.exists()
    assert wine.registry(SETTINGS_KEY) is None
