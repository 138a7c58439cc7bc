"""Program start: --smoke opens the window on a temporary database and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_oms.ui.application import korean_font_family, open_database, parse_args

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_smoke_start_opens_the_window_and_exits_with_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_OMS_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "main.py", "--smoke"], cwd=ROOT, env=env, timeout=120, capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")


def test_the_arguments_name_the_database_and_the_screenshot_folder() -> None:
    args = parse_args(["--db", "sqlite:///x.sqlite3", "--screenshot", "shots"])
    assert (args.db, args.screenshot, args.smoke) == ("sqlite:///x.sqlite3", Path("shots"), False)


def test_a_korean_font_is_preferred_when_installed() -> None:
    assert korean_font_family(["DejaVu Sans", "NanumGothic"]) == "NanumGothic"
    assert korean_font_family(["DejaVu Sans"]) is None


def test_a_database_that_cannot_be_opened_is_explained_in_korean_and_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert open_database(f"sqlite:///{blocker}/db.sqlite3") is None
    assert "데이터베이스를 열 수 없습니다" in shown[0]
    assert "could not be opened" in shown[0]
