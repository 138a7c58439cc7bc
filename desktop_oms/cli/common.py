"""What every command shares: the --db option, opening the database, printing tables."""

from __future__ import annotations

import argparse
import getpass
import sys
import unicodedata
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from desktop_oms.services.connection import chosen_url
from desktop_oms.storage.migrate import SchemaTooNew
from desktop_oms.storage.uow import Database


class CliError(Exception):
    """A failure the user must read: Korean first, then English."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="데이터베이스 URL (기본: 사용자 폴더의 SQLite 파일) / database URL "
        "(default: the SQLite file the GUI uses)",
    )


def command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    return parser


def open_db(args: argparse.Namespace) -> Database:
    """`--db`, else the database this PC chose (the GUI's): SQLite file or shared server."""
    try:
        return Database.open(args.db or chosen_url())
    except SchemaTooNew as error:
        raise CliError(str(error)) from None
    except OperationalError as error:
        raise CliError(
            f"데이터베이스를 열 수 없습니다 / cannot open the database: {error.orig}"
        ) from None


def operator_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "cli"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain text table that lines up Korean (double-width) text."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    out = sys.stdout
    for n, row in enumerate(cells):
        out.write("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
