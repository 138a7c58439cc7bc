"""The PyInstaller bundle starts on its own and carries what the labels need, and no more."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.installer.packaging_helpers import smoke_environment


def test_the_frozen_program_opens_its_window_and_exits_cleanly_in_smoke_mode(
    bundle: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [str(bundle / "DesktopOMS"), "--smoke"],
        env=smoke_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_bundle_ships_the_korean_label_font_with_its_licence(bundle: Path) -> None:
    fonts = bundle / "_internal" / "resources" / "fonts"
    assert (fonts / "NanumGothic.ttf").stat().st_size > 1_000_000
    assert "SIL OPEN FONT LICENSE" in (fonts / "NanumGothic-LICENSE-OFL.txt").read_text("utf-8")


def test_the_bundle_carries_the_courier_data_icon_and_migrations(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert (inside / "resources" / "couriers" / "couriers.json").is_file()
    assert (inside / "resources" / "icons" / "desktop-oms.png").is_file()
    versions = inside / "desktop_oms" / "storage" / "migrations" / "versions"
    assert (versions / "0001_all_tables.py").is_file()


def test_the_bundle_keeps_the_qt_plugins_it_needs_and_leaves_out_the_rest(bundle: Path) -> None:
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    platforms = {p.name for p in (plugins / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert (plugins / "printsupport").is_dir()
    names = {p.name for p in bundle.rglob("*")}
    assert any(n.startswith("libQt6Pdf.so") for n in names)
    assert any(n.startswith("libQt6PdfWidgets.so") for n in names)
    unused = ("WebEngine", "Qml", "Quick", "3DCore", "Multimedia")
    assert not [n for n in names if any(f"Qt6{u}" in n or f"Qt{u}" in n for u in unused)]
