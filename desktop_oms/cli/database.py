"""`db copy|check|test|tidy` and `backup create|list|verify|restore`: the data-safety commands."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TypeAlias

from desktop_oms.cli.common import CliError, add_db_option, print_table
from desktop_oms.services import backup, connection, transfer
from desktop_oms.storage.engine import data_dir, sqlite_path
from desktop_oms.storage.migrate import SchemaTooNew
from desktop_oms.storage.uow import Database

Sub: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Sub) -> None:
    """Add `db …` and `backup …` to the command line."""
    db = sub.add_parser("db", help="데이터베이스 복사·검사 / copy and check the database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copy = db_sub.add_parser(
        "copy",
        help="빈 데이터베이스로 전부 복사 / copy everything into an empty database",
        description="예 / e.g.: desktop-oms db copy --from sqlite:///shop.sqlite3 "
        "--to postgresql://oms@192.168.0.10/shop",
    )
    copy.add_argument("--from", dest="source", metavar="URL", help="원본 (기본: 지금 DB)")
    copy.add_argument("--to", dest="target", metavar="URL", required=True, help="빈 대상 DB")
    copy.set_defaults(func=run_copy)
    check = db_sub.add_parser("check", help="무결성·재고원장 검사 / integrity and ledger check")
    add_db_option(check)
    check.set_defaults(func=run_check)
    test = db_sub.add_parser("test", help="연결 시험 / test the connection")
    add_db_option(test)
    test.set_defaults(func=run_test)
    tidy = db_sub.add_parser(
        "tidy", help="검색 색인·쓰기 기록 정리 / merge the search index, fold in the log"
    )
    add_db_option(tidy)
    tidy.set_defaults(func=run_tidy)

    bk = sub.add_parser("backup", help="백업·검사·복원 / back up, verify, restore")
    bk_sub = bk.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    for name, help_text, func in (
        ("create", "지금 백업 / back up now", run_backup_create),
        ("list", "백업 목록 / list backups", run_backup_list),
    ):
        parser = bk_sub.add_parser(name, help=help_text)
        add_db_option(parser)
        parser.set_defaults(func=func)
    verify = bk_sub.add_parser("verify", help="백업 파일 검사 / check a backup file")
    verify.add_argument("file", type=Path)
    verify.set_defaults(func=run_backup_verify)
    restore = bk_sub.add_parser("restore", help="백업으로 되돌리기 / restore a backup")
    restore.add_argument("file", type=Path)
    add_db_option(restore)
    restore.set_defaults(func=run_backup_restore)


def _url(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or connection.chosen_url())


def _open(url: str) -> Database:
    try:
        return Database.open(url)
    except SchemaTooNew as error:
        raise CliError(str(error)) from None
    except Exception as error:
        raise CliError(connection.failure(error).message) from None


def run_copy(args: argparse.Namespace) -> int:
    source = args.source or connection.chosen_url()

    def report(table: str, done: int, total: int) -> None:
        print(f"\r{table:<22} {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    try:
        result = transfer.copy_database(source, args.target, progress=report)
    except transfer.TransferRefused as refused:
        raise CliError(str(refused)) from None
    print(file=sys.stderr)
    print_table(
        ["표 / table", "원본 / source", "대상 / target", ""],
        [
            (c.table, f"{c.source:,}", f"{c.target:,}", "OK" if c.source == c.target else "≠")
            for c in result.counts
        ],
    )
    target = connection.describe(args.target)
    if not result.ok:
        print(f"개수가 다릅니다 / counts differ: {target}", file=sys.stderr)
        return 1
    print(f"{result.rows:,}행을 모두 복사했습니다 / copied all {result.rows:,} rows → {target}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from desktop_oms.services.stock import check_stock

    db = _open(_url(args))
    try:
        problems = backup.integrity_problems(db) + [str(m) for m in check_stock(db)]
    finally:
        db.dispose()
    for problem in problems:
        print(f"문제 / problem: {problem}")
    if problems:
        print(f"{len(problems)}건의 문제 / {len(problems)} problems found")
        return 1
    print("데이터베이스와 재고 원장이 정상입니다 / the database and the stock ledger are sound")
    return 0


def run_test(args: argparse.Namespace) -> int:
    url = _url(args)
    result = connection.check_connection(url)
    print(f"{connection.describe(url)}: {result.message}")
    if result.detail:
        print(f"  ({result.detail})")
    return 0 if result.ok else 1


def run_tidy(args: argparse.Namespace) -> int:
    from desktop_oms.services.order_search import tidy_search_index

    db = _open(_url(args))
    try:
        merged = tidy_search_index(db)
        logged, copied = db.checkpoint()
    finally:
        db.dispose()
    if merged:
        print("검색 색인을 하나로 합쳤습니다 / merged the search index into one piece")
    if db.is_sqlite:
        print(
            f"쓰기 기록 {copied:,}/{logged:,}쪽을 파일에 옮겼습니다 / "
            f"copied {copied:,} of {logged:,} log pages into the file"
        )
    else:
        print("서버 데이터베이스는 스스로 정리합니다 / a server database tidies itself")
    return 0


def run_backup_create(args: argparse.Namespace) -> int:
    url = _url(args)
    try:
        if sqlite_path(url) is None:
            target = data_dir() / "backups" / f"server-{datetime.now():%Y%m%d-%H%M%S}.dump"
            print(f"$ {backup.pg_dump_command(url, target).shown}")
            backup.run_pg_dump(url, target)
            print(f"백업했습니다 / backed up: {target}")
            return 0
        made = backup.create_backup(url)
    except backup.BackupError as error:
        raise CliError(str(error)) from None
    print(f"백업했습니다 / backed up: {made.path} ({made.size:,} bytes)")
    return 0


def run_backup_list(args: argparse.Namespace) -> int:
    try:
        found = backup.list_backups(_url(args))
    except backup.BackupError as error:
        raise CliError(str(error)) from None
    print_table(
        ["만든 때 / created", "종류 / kind", "크기 / bytes", "파일 / file"],
        [(f"{b.created:%Y-%m-%d %H:%M:%S}", b.kind, f"{b.size:,}", b.path) for b in found],
    )
    return 0


def run_backup_verify(args: argparse.Namespace) -> int:
    result = backup.verify_backup(args.file)
    print(result.message)
    return 0 if result.ok else 1


def run_backup_restore(args: argparse.Namespace) -> int:
    try:
        kept = backup.restore_backup(_url(args), args.file)
    except backup.BackupError as error:
        raise CliError(str(error)) from None
    print(f"복원했습니다 / restored {args.file}")
    print(f"이전 파일은 여기 보관했습니다 / the previous file was kept as {kept.path}")
    return 0
