"""SQLite backups are consistent, checked, rotated, and restore without losing anything."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_oms.services.backup import (
    KEEP_AUTOMATIC,
    BackupError,
    backup_if_due,
    create_backup,
    list_backups,
    pg_dump_command,
    restore_backup,
    run_pg_dump,
    verify_backup,
)
from desktop_oms.services.demo import fill_demo
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database

DAY = datetime(2026, 11, 26, 9, 0, 0)


def _orders(url: str) -> int:
    db = Database.open(url)
    try:
        with db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(Order)) or 0)
    finally:
        db.dispose()


def test_a_manual_backup_is_listed_checked_and_holds_the_orders(
    sqlite_db: Database, sqlite_url: str
) -> None:
    fill_demo(sqlite_db, 120, seed=3)

    made = create_backup(sqlite_url, now=DAY)

    assert made.kind == "manual"
    assert list_backups(sqlite_url) == [made]
    check = verify_backup(made.path)
    assert check.ok
    assert check.orders == 120
    assert "백업이 정상입니다 (주문 120건" in check.message_ko


def test_automatic_backups_are_daily_and_only_the_last_fourteen_are_kept(
    sqlite_db: Database, sqlite_url: str
) -> None:
    fill_demo(sqlite_db, 10, seed=3)
    create_backup(sqlite_url, now=DAY - timedelta(days=40))

    assert backup_if_due(sqlite_url, now=DAY) is not None
    assert backup_if_due(sqlite_url, now=DAY + timedelta(hours=5)) is None
    for n in range(1, 20):
        assert backup_if_due(sqlite_url, now=DAY + timedelta(days=n)) is not None

    autos = [b for b in list_backups(sqlite_url) if b.kind == "auto"]
    assert len(autos) == KEEP_AUTOMATIC
    assert autos[0].created == DAY + timedelta(days=19)
    assert [b.kind for b in list_backups(sqlite_url)].count("manual") == 1


def test_a_backup_taken_while_another_process_writes_is_sound(
    sqlite_db: Database, sqlite_url: str
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-m", "desktop_oms", "demo", "--orders", "3000"],
        env={**os.environ, "DESKTOP_OMS_DB": sqlite_url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        made = [create_backup(sqlite_url, now=DAY + timedelta(seconds=n)) for n in range(3)]
    finally:
        assert writer.wait(timeout=300) == 0
    assert all(verify_backup(b.path).ok for b in made)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3072] = bytes(range(256)) * 12
    path.write_bytes(bytes(data))


def test_a_damaged_backup_fails_its_check_and_is_never_restored(
    sqlite_db: Database, sqlite_url: str
) -> None:
    fill_demo(sqlite_db, 300, seed=4)
    made = create_backup(sqlite_url, now=DAY)
    _damage(made.path)
    sqlite_db.dispose()

    check = verify_backup(made.path)
    assert not check.ok
    assert "손상" in check.message_ko

    with pytest.raises(BackupError, match="복원하지 않았습니다"):
        restore_backup(sqlite_url, made.path)
    assert _orders(sqlite_url) == 300


def test_a_file_that_is_no_database_fails_its_check(tmp_path: Path) -> None:
    junk = tmp_path / "note.sqlite3"
    junk.write_text("장부 메모" * 500, encoding="utf-8")
    assert not verify_backup(junk).ok
    assert not verify_backup(tmp_path / "missing.sqlite3").ok


def test_restore_brings_back_the_backup_and_keeps_the_current_file(
    sqlite_db: Database, sqlite_url: str
) -> None:
    fill_demo(sqlite_db, 50, seed=5)
    made = create_backup(sqlite_url, now=DAY)
    fill_demo(sqlite_db, 70, seed=6)
    sqlite_db.dispose()

    kept = restore_backup(sqlite_url, made.path, now=DAY + timedelta(hours=1))

    assert _orders(sqlite_url) == 50
    assert kept.kind == "before-restore"
    assert verify_backup(kept.path).orders == 120
    db_file = Path(sqlite_url.removeprefix("sqlite:///"))
    assert not list(db_file.parent.glob("*.restoring"))
    assert not list(db_file.parent.glob("*.partial"))


def test_a_backup_from_before_an_update_is_restored_in_this_versions_schema(
    sqlite_db: Database, sqlite_url: str
) -> None:
    from alembic import command

    from desktop_oms.services.purchase_history import purchase_order_history
    from desktop_oms.storage.engine import make_engine
    from desktop_oms.storage.migrate import alembic_config, current_revision, head_revision

    fill_demo(sqlite_db, 20, seed=7)
    made = create_backup(sqlite_url, now=DAY)
    old = make_engine(f"sqlite:///{made.path}")  # as the backup of the morning before the update
    command.downgrade(alembic_config(old), "0007")
    old.dispose()
    assert verify_backup(made.path).ok
    sqlite_db.dispose()

    restore_backup(sqlite_url, made.path, now=DAY + timedelta(hours=1))

    # the program that kept running (its schema checked at start) reads what it knows
    with sqlite_db.reading() as s:
        assert set(s.scalars(select(Order.channel_bundle_no))) == {""}
    assert purchase_order_history(sqlite_db, "PO-NONE") == []
    assert current_revision(sqlite_db.engine) == head_revision()


def test_a_server_database_is_not_copied_as_a_file() -> None:
    with pytest.raises(BackupError, match="pg_dump"):
        create_backup("postgresql+psycopg://oms:pw@10.0.0.5/shop")


def test_the_pg_dump_command_never_shows_the_password(tmp_path: Path) -> None:
    command = pg_dump_command("postgresql+psycopg://oms:s3cret@10.0.0.5:5433/shop", tmp_path / "x")
    assert "s3cret" not in command.shown
    assert command.env == {"PGPASSWORD": "s3cret"}
    assert command.args[-1] == "shop"
    assert "--port=5433" in command.args


@pytest.mark.postgres
def test_a_server_database_is_dumped_with_pg_dump(pg_url: str, tmp_path: Path) -> None:
    db = Database.open(pg_url)
    fill_demo(db, 30, seed=1)
    db.dispose()

    dump = run_pg_dump(pg_url, tmp_path / "shop.dump")

    listing = subprocess.run(
        [str(Path(pg_dump_command(pg_url, dump).args[0]).with_name("pg_restore")), "-l", dump],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "TABLE DATA public orders" in listing
