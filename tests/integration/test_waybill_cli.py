"""The waybill commands, run as a user would type them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_oms.cli import main
from desktop_oms.storage.uow import Database
from tests.integration.waybill_helpers import ready_orders


def test_couriers_are_listed(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    assert main(["couriers", "list", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "롯데택배" in out and "HYUNDAI" in out


def test_band_labels_and_dispatch_from_the_command_line(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ready_orders(db, 3)
    assert (
        main(
            [
                "band",
                "add",
                "--courier",
                "LOTTE",
                "--first",
                "30000000001",
                "--last",
                "30000000100",
                "--db",
                db_url,
            ]
        )
        == 0
    )
    assert "100" in capsys.readouterr().out
    out = tmp_path / "labels.pdf"
    assert (
        main(
            [
                "labels",
                "--status",
                "READY_TO_SHIP",
                "--courier",
                "LOTTE",
                "--template",
                "100x150",
                "--out",
                str(out),
                "--db",
                db_url,
            ]
        )
        == 0
    )
    assert len(PdfReader(out).pages) == 3
    dispatch = tmp_path / "manual.xlsx"
    assert (
        main(["dispatch-files", "--channel", "smartstore", "--out", str(dispatch), "--db", db_url])
        == 0
    )
    assert "0줄" in capsys.readouterr().out  # hand-entered orders go to no channel


def test_export_and_dry_run_import(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ready_orders(db, 2)
    out = tmp_path / "cj.xlsx"
    assert main(["waybills", "export", "--courier", "CJ", "--out", str(out), "--db", db_url]) == 0
    assert main(["waybills", "import", str(out), "--dry-run", "--db", db_url]) == 0
    assert "오류 2" in capsys.readouterr().out  # the upload file has no numbers yet


def test_unknown_courier_is_refused_in_korean_and_english(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["band", "add", "--courier", "NOPE", "--first", "1", "--last", "2", "--db", db_url])
    assert code == 2
    assert "알 수 없는 택배사" in capsys.readouterr().err
