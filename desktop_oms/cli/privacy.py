"""`operators`, `access-log`, `purge` and `orders export`: accounts and personal data."""

from __future__ import annotations

import argparse
import functools
import getpass
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_oms.cli.common import CliError, command, open_db, print_table
from desktop_oms.domain.permissions import PermissionDenied, Role
from desktop_oms.domain.status import OrderStatus
from desktop_oms.services import operators as operator_service
from desktop_oms.services.access_log import access_log_rows, export_access_log_xlsx
from desktop_oms.services.order_export import ExportRefused, export_orders_xlsx
from desktop_oms.services.privacy import Viewer
from desktop_oms.services.retention import purge, purge_preview
from desktop_oms.storage.uow import Database

Run = Callable[[argparse.Namespace], int]
if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Sub) -> None:
    operators = sub.add_parser("operators", help="사용자(대표·직원) 관리 / manage operators")
    ops = operators.add_subparsers(dest="operators_command", metavar="ACTION", required=True)
    acting(command(ops, "list", "사용자 목록 / list operators")).set_defaults(func=run_list)
    add = acting(command(ops, "add", "사용자 추가 / add an operator"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", type=_role, default=Role.STAFF, help="staff(직원) 또는 owner(대표)")
    add.add_argument("--pin", action="store_true", help="PIN을 입력받습니다 / ask for a PIN")
    add.set_defaults(func=run_add)
    pin = acting(command(ops, "set-pin", "PIN 설정 / set or clear a PIN"))
    pin.add_argument("name", metavar="NAME")
    pin.add_argument("--clear", action="store_true", help="PIN 없애기 / remove the PIN")
    pin.set_defaults(func=run_set_pin)
    off = acting(command(ops, "deactivate", "사용자 끄기 / switch an operator off"))
    off.add_argument("name", metavar="NAME")
    off.set_defaults(func=run_deactivate)

    log = acting(command(sub, "access-log", "개인정보 접속기록 / the personal-data access log"))
    log.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    log.add_argument("--export", type=Path, metavar="FILE.xlsx", help="엑셀로 저장 / save to Excel")
    log.add_argument("--limit", type=int, default=100)
    log.set_defaults(func=run_access_log)

    purge_cmd = acting(
        command(sub, "purge", "보관기간 지난 개인정보 파기 / purge expired personal data")
    )
    purge_cmd.add_argument("--dry-run", action="store_true", help="미리보기만 / preview only")
    purge_cmd.set_defaults(func=run_purge)

    export = acting(command(_orders_actions(sub), "export", "주문 엑셀 내보내기 / export orders"))
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    export.add_argument("--reason", required=True, help="다운로드 사유 / reason for the download")
    export.add_argument("--status", type=_status, help="예: PAID, 상품준비중")
    export.set_defaults(func=run_export)


def _orders_actions(sub: Sub) -> Sub:
    """The actions of the `orders` command (made by cli/orders.py), to add `export` to."""
    orders = sub.choices.get("orders")
    if orders is None:
        orders = sub.add_parser("orders", help="주문 / orders")
        return orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    for action in orders._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)


def acting(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--as NAME`: the operator a command acts as (their role decides what it shows)."""
    parser.add_argument(
        "--as",
        dest="as_name",
        metavar="NAME",
        help="작업자 (기본: 대표 한 명) / acting operator (default: the single owner)",
    )
    return parser


def _role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"날짜는 YYYY-MM-DD 형식입니다: {text!r} / a date looks like 2026-11-26"
        ) from None


def _status(text: str) -> OrderStatus:
    key = text.strip().upper()
    for status in OrderStatus:
        if key in (status.value, status.korean):
            return status
    raise argparse.ArgumentTypeError(f"알 수 없는 상태 / unknown status {text!r}")


def refusals_as_cli_errors(run: Run) -> Run:
    """Refusals from the services reach the user as one clear line, exit code 2."""

    @functools.wraps(run)
    def wrapped(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except (PermissionDenied, operator_service.LoginRefused) as error:
            raise CliError(str(error), exit_code=3) from None
        except (operator_service.OperatorError, ExportRefused) as error:
            raise CliError(str(error)) from None

    return wrapped


def acting_viewer(db: Database, args: argparse.Namespace) -> Viewer:
    """Who runs this command: `--as NAME` (PIN asked when set) or the single owner."""
    operator_service.ensure_default_owner(db)
    name = args.as_name
    if name is None:
        owner = operator_service.single_owner(db)
        if owner is None:
            raise CliError(
                "대표 계정이 여럿입니다. --as 이름 으로 작업자를 밝혀 주세요 / "
                "there are several owners: say who you are with --as NAME"
            )
        name = owner.name
    known = {o.name: o for o in operator_service.list_operators(db, include_inactive=False)}
    if name not in known:
        raise CliError(f"없는 사용자입니다: {name} / no such operator: {name}")
    pin = getpass.getpass(f"{name} PIN: ") if known[name].has_pin else ""
    return operator_service.login(db, name, pin)


def _ask_new_pin() -> str:
    first = getpass.getpass("새 PIN / new PIN: ")
    operator_service.check_pin_text(first)
    if getpass.getpass("한 번 더 / again: ") != first:
        raise CliError("두 PIN이 다릅니다 / the two PINs differ")
    return first


@refusals_as_cli_errors
def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    acting_viewer(db, args)
    rows = operator_service.list_operators(db)
    print_table(
        ["이름", "역할", "PIN", "상태"],
        [
            (o.name, o.role.korean, "있음" if o.has_pin else "-", "사용" if o.active else "중지")
            for o in rows
        ],
    )
    return 0


@refusals_as_cli_errors
def run_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    viewer = acting_viewer(db, args)
    pin = _ask_new_pin() if args.pin else None
    row = operator_service.create_operator(db, viewer, args.name, args.role, pin)
    print(f"{row.name}({row.role.korean}) 추가됨 / added {row.name} as {row.role.value}")
    return 0


@refusals_as_cli_errors
def run_set_pin(args: argparse.Namespace) -> int:
    db = open_db(args)
    viewer = acting_viewer(db, args)
    pin = None if args.clear else _ask_new_pin()
    operator_service.set_pin(db, viewer, args.name, pin)
    print(
        f"{args.name}: PIN {'삭제' if pin is None else '설정'}됨 / PIN "
        f"{'cleared' if pin is None else 'set'}"
    )
    return 0


@refusals_as_cli_errors
def run_deactivate(args: argparse.Namespace) -> int:
    db = open_db(args)
    viewer = acting_viewer(db, args)
    operator_service.deactivate_operator(db, viewer, args.name)
    print(f"{args.name} 사용 중지됨 / deactivated {args.name}")
    return 0


@refusals_as_cli_errors
def run_access_log(args: argparse.Namespace) -> int:
    db = open_db(args)
    viewer = acting_viewer(db, args)
    if args.export is not None:
        if args.export.suffix.lower() != ".xlsx":
            raise CliError("파일 이름은 .xlsx 로 끝나야 합니다 / the file name must end in .xlsx")
        written = export_access_log_xlsx(db, viewer, args.export, since=args.since)
        print(f"{written:,}건을 {args.export}에 저장했습니다 / wrote {written:,} rows")
        return 0
    if args.limit < 1:
        raise CliError("--limit 은 1 이상이어야 합니다 / --limit must be 1 or more")
    rows = access_log_rows(db, viewer, since=args.since, limit=args.limit)
    print_table(
        ["일시", "작업자", "작업", "주문", "사유"],
        [
            (
                f"{r.at:%Y-%m-%d %H:%M:%S}",
                r.operator,
                r.action_korean,
                _ids_preview(r.order_ids),
                r.reason,
            )
            for r in rows
        ],
    )
    return 0


def _ids_preview(ids: tuple[int, ...]) -> str:
    shown = ",".join(str(i) for i in ids[:5])
    return f"{shown} 외 {len(ids) - 5}건" if len(ids) > 5 else shown


@refusals_as_cli_errors
def run_purge(args: argparse.Namespace) -> int:
    db = open_db(args)
    viewer = acting_viewer(db, args)
    preview = purge_preview(db)
    print(
        f"보관기간 {preview.retention_years}년 "
        f"(기준일 {preview.cutoff:%Y-%m-%d} 이전 구매확정·취소): "
        f"{preview.count:,}건 / {preview.count:,} orders past the retention period"
    )
    if args.dry_run or not preview.count:
        return 0
    changes = purge(db, viewer)
    done = len(changes.order_ids)
    print(f"{done:,}건의 개인정보를 파기했습니다 / purged personal data of {done:,} orders")
    return 0


@refusals_as_cli_errors
def run_export(args: argparse.Namespace) -> int:
    db = open_db(args)
    viewer = acting_viewer(db, args)
    result = export_orders_xlsx(db, viewer, args.out, args.reason, status=args.status)
    masked = "" if viewer.sees_clear else " (마스킹 / masked)"
    print(
        f"주문 {result.orders:,}건({result.rows:,}행)을 {result.path}에 저장했습니다{masked} / "
        f"exported {result.orders:,} orders"
    )
    return 0
