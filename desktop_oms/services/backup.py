"""Backups: SQLite files copied with SQLite's online backup API, verified, safely restored.

Automatic backups are made at start when none exists from today (and the GUI asks again
every few hours), keeping the last 14. Manual backups are kept until deleted. A restore
checks the backup first, keeps a copy of the current file, and swaps the files atomically.
PostgreSQL is backed up with `pg_dump` (shown, and run when the tool is installed).
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import make_url, text

from desktop_oms.storage.engine import make_engine, sqlite_path
from desktop_oms.storage.migrate import SchemaTooNew, check_revision, upgrade
from desktop_oms.storage.uow import Database

KEEP_AUTOMATIC = 14
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
KINDS = ("auto", "manual", "before-restore")


class BackupError(Exception):
    """A backup or restore was refused or failed; Korean first, then English."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where, when, of what kind ("auto", "manual", "before-restore")."""

    path: Path
    created: datetime
    kind: str
    size: int


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of opening a backup and checking it page by page."""

    ok: bool
    message_ko: str
    message_en: str
    orders: int = 0
    revision: str | None = None

    @property
    def message(self) -> str:
        return f"{self.message_ko} / {self.message_en}"


def database_file(url: str) -> Path:
    """The SQLite file behind `url`; BackupError for a server database."""
    path = sqlite_path(url)
    if path is None:
        raise BackupError(
            "SQLite 파일 데이터베이스만 이 방법으로 백업합니다. 서버는 pg_dump 를 쓰세요. "
            "/ Only a SQLite file is backed up this way; use pg_dump for a server."
        )
    return path


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def _name(db_file: Path, kind: str, when: datetime) -> str:
    return f"{db_file.stem}-{kind}-{when.strftime(STAMP)}{SUFFIX}"


def _parse(db_file: Path, path: Path) -> BackupInfo | None:
    rest = path.name.removeprefix(f"{db_file.stem}-").removesuffix(SUFFIX)
    for kind in KINDS:
        if rest.startswith(f"{kind}-"):
            try:
                created = datetime.strptime(rest.removeprefix(f"{kind}-"), STAMP)
            except ValueError:
                return None
            return BackupInfo(path, created, kind, path.stat().st_size)
    return None


def list_backups(url: str) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    db_file = database_file(url)
    folder = backup_folder(db_file)
    if not folder.is_dir():
        return []
    found = [_parse(db_file, p) for p in folder.glob(f"{glob.escape(db_file.stem)}-*{SUFFIX}")]
    return sorted((b for b in found if b), key=lambda b: b.created, reverse=True)


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (WAL included), written to `target`."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=4096)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)


def create_backup(url: str, *, kind: str = "manual", now: datetime | None = None) -> BackupInfo:
    """Copy the database file into its backups folder and check the copy."""
    db_file = database_file(url)
    if not db_file.exists():
        raise BackupError(f"데이터베이스 파일이 없습니다 / no database file: {db_file}")
    when = now or datetime.now()
    folder = backup_folder(db_file)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _name(db_file, kind, when)
    _copy_sqlite(db_file, target)
    check = verify_backup(target)
    if not check.ok:
        target.unlink(missing_ok=True)
        raise BackupError(check.message)
    info = _parse(db_file, target)
    assert info is not None
    return info


def backup_if_due(url: str, now: datetime | None = None) -> BackupInfo | None:
    """The automatic backup: one per day, the last KEEP_AUTOMATIC kept; None if not due."""
    if sqlite_path(url) is None or not database_file(url).exists():
        return None
    when = now or datetime.now()
    autos = [b for b in list_backups(url) if b.kind == "auto"]
    if autos and autos[0].created.date() == when.date():
        return None
    made = create_backup(url, kind="auto", now=when)
    for old in [b for b in list_backups(url) if b.kind == "auto"][KEEP_AUTOMATIC:]:
        old.path.unlink(missing_ok=True)
    return made


def verify_backup(path: Path) -> Verification:
    """Open the copy read-only, run PRAGMA integrity_check, and read its schema version."""
    if not path.is_file():
        return Verification(False, f"파일이 없습니다: {path}", f"No such file: {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            orders = conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return Verification(
            False,
            f"백업 파일을 읽을 수 없습니다 (손상되었거나 이 프로그램의 파일이 아님): {error}",
            f"The backup cannot be read (damaged, or not this program's file): {error}",
        )
    if result != ["ok"]:
        detail = "; ".join(result[:5])
        return Verification(
            False, f"백업 파일이 손상되었습니다: {detail}", f"The backup is damaged: {detail}"
        )
    version = revision[0] if revision else None
    try:
        check_revision(version)
    except SchemaTooNew:
        return Verification(
            False,
            "이 백업은 더 새 버전의 프로그램에서 만들어졌습니다.",
            "This backup was made by a newer version of the program.",
            int(orders),
            version,
        )
    return Verification(
        True,
        f"백업이 정상입니다 (주문 {orders:,}건, 스키마 {version}).",
        f"The backup is sound ({orders:,} orders, schema {version}).",
        int(orders),
        version,
    )


def restore_backup(url: str, backup: Path, now: datetime | None = None) -> BackupInfo:
    """Replace the database file with `backup`; returns the copy kept of the current file.

    The program must have closed the database first (Database.dispose()).
    """
    check = verify_backup(backup)
    if not check.ok:
        raise BackupError(f"복원하지 않았습니다 / not restored: {check.message}")
    db_file = database_file(url)
    when = now or datetime.now()
    kept: BackupInfo | None = None
    if db_file.exists():
        _checkpoint(db_file)
        kept = create_backup(url, kind="before-restore", now=when)
    incoming = db_file.with_name(db_file.name + ".restoring")
    _copy_sqlite(backup, incoming)
    if not verify_backup(incoming).ok:
        incoming.unlink(missing_ok=True)
        raise BackupError("복사본 검사에 실패했습니다 / the restored copy failed its check")
    _bring_up_to_date(incoming)
    os.replace(incoming, db_file)
    for leftover in (Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        leftover.unlink(missing_ok=True)
    if kept is None:
        kept = BackupInfo(db_file, when, "before-restore", 0)
    return kept


def _bring_up_to_date(copy: Path) -> None:
    """Upgrade a restored copy to this program's schema before it replaces the file.

    A backup from before an update (the automatic one of that morning, say) would
    otherwise leave the running program on tables that lack what it now reads."""
    engine = make_engine(f"sqlite:///{copy}")
    try:
        upgrade(engine)
    except Exception as error:
        engine.dispose()
        copy.unlink(missing_ok=True)
        raise BackupError(
            f"백업을 이 버전에 맞게 고치지 못해 복원하지 않았습니다: {error} / "
            f"not restored: the backup could not be upgraded to this version: {error}"
        ) from None
    engine.dispose()


def _checkpoint(db_file: Path) -> None:
    """Move everything from the WAL into the file, so nothing is left beside it."""
    conn = sqlite3.connect(db_file, timeout=30)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise BackupError(
            "다른 프로그램이 데이터베이스를 쓰고 있어 복원할 수 없습니다. 모두 닫고 다시 "
            "시도하세요. / Another program is using the database; close it and retry."
        )


# --- PostgreSQL ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DumpCommand:
    """A pg_dump call: the arguments (no password) and the environment that carries it."""

    args: list[str]
    env: dict[str, str]

    @property
    def shown(self) -> str:
        return " ".join(self.args)


def find_pg_dump() -> str | None:
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True)
    return candidates[0] if candidates else None


def pg_dump_command(url: str, target: Path) -> DumpCommand:
    """The pg_dump call for a server database (custom format, restorable by pg_restore)."""
    parsed = make_url(url)
    args = [
        find_pg_dump() or "pg_dump",
        "--format=custom",
        f"--file={target}",
        f"--host={parsed.host or 'localhost'}",
        f"--port={parsed.port or 5432}",
        f"--username={parsed.username or ''}",
        str(parsed.database or ""),
    ]
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    return DumpCommand(args, {k: str(v) for k, v in env.items()})


def run_pg_dump(url: str, target: Path) -> Path:
    """Dump a server database to `target`; BackupError when pg_dump is missing or fails."""
    command = pg_dump_command(url, target)
    if find_pg_dump() is None:
        raise BackupError(
            f"pg_dump 가 설치되어 있지 않습니다. 서버에서 실행하세요: {command.shown} "
            f"/ pg_dump is not installed; run it on the server: {command.shown}"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        command.args,
        env={**os.environ, **command.env},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_dump 실패 / pg_dump failed: {done.stderr.strip()}")
    return target


# --- checking a live database ---------------------------------------------------------------


def integrity_problems(db: Database) -> list[str]:
    """What SQLite's own checks find wrong (pages, foreign keys); a server is only asked
    to answer (PostgreSQL guards its pages and keys itself). Empty when sound."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            pages = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            problems += [f"integrity_check: {p}" for p in pages if p != "ok"]
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} → {parent} missing")
        else:
            conn.execute(text("SELECT 1"))
    return problems
