"""The command line: the same services as the GUI (`desktop-oms --help`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_oms import __version__
from desktop_oms.cli import aftersales, database, intake, orders, privacy, stock, waybills
from desktop_oms.cli.common import CliError

#: Each module adds its commands with `register(subparsers)`.
COMMAND_MODULES = [orders, intake, stock, waybills, aftersales, privacy, database]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-oms",
        description="Desktop OMS — 주문·재고·송장 관리 / order, stock and waybill management",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="프로그램 창을 엽니다 / open the main window")
    gui.set_defaults(func=_run_gui)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from desktop_oms.app import main as gui_main

    return gui_main(["--db", args.db] if args.db else [])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except CliError as error:
        print(f"오류 / error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("중단됨 / interrupted", file=sys.stderr)
        return 130
