"""After the label: delivery import, confirmation, holds, delays and claims commands."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from desktop_oms.cli.common import CliError, command, open_db, operator_name, print_table
from desktop_oms.domain.claims import ClaimRefused, ClaimStatus, Disposition
from desktop_oms.exchange.delivery_files import read_delivery_file
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.services import (
    claim_cancel,
    claim_queries,
    claim_withdraw,
    claims,
    delivery,
    holds,
)
from desktop_oms.services.changes import Changes
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.storage.uow import Database


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip().replace(".", "-").replace("/", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"날짜는 YYYY-MM-DD 로 주세요 / give the date as YYYY-MM-DD: {text!r}"
        ) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_delivery(sub)
    _register_holds(sub)
    _register_claims(sub)


def _register_delivery(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    delivered = sub.add_parser("delivered", help="배송완료 처리 / delivery results")
    delivered_sub = delivered.add_subparsers(dest="delivered_command", required=True)
    imp = command(
        delivered_sub, "import", "배송조회 결과 파일로 배송완료 처리 / import a delivery file"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="미리보기만 / preview only")
    imp.add_argument("--password", help="암호가 걸린 xlsx / password of an encrypted xlsx")
    imp.set_defaults(func=run_delivered_import)

    confirm = command(sub, "confirm", "구매확정 / confirm purchases")
    confirm.add_argument("order_nos", nargs="*", metavar="ORDER_NO")
    confirm.add_argument(
        "--due", action="store_true", help="배송완료 후 N일 지난 주문 모두 / all orders due"
    )
    confirm.set_defaults(func=run_confirm)


def _register_holds(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hold = command(sub, "hold", "주문 보류 / put orders on hold")
    hold.add_argument("order_nos", nargs="+", metavar="ORDER_NO")
    hold.add_argument("--reason", required=True)
    hold.add_argument("--until", type=_date, help="이 날짜까지 보류 / hold until (YYYY-MM-DD)")
    hold.set_defaults(func=run_hold)

    release = command(sub, "release", "보류 해제 / release holds")
    release.add_argument("order_nos", nargs="*", metavar="ORDER_NO")
    release.add_argument(
        "--expired", action="store_true", help="기한 지난 보류 모두 / every expired hold"
    )
    release.set_defaults(func=run_release)

    delay = command(sub, "delay", "발송지연 등록 / record a dispatch delay")
    delay.add_argument("order_nos", nargs="+", metavar="ORDER_NO")
    delay.add_argument("--until", type=_date, required=True, help="새 발송기한 / new ship-by")
    delay.add_argument("--reason", required=True)
    delay.set_defaults(func=run_delay)

    overdue = command(sub, "overdue", "발송기한 지난 주문 / orders past their ship-by date")
    overdue.set_defaults(func=run_overdue)


def _register_claims(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    claim = sub.add_parser("claim", help="취소·반품·교환 / cancel, return, exchange")
    claim_sub = claim.add_subparsers(dest="claim_command", required=True)
    for name, help_text in (
        ("cancel", "발송 전 취소 (부분 가능) / cancel before shipment"),
        ("return", "반품 접수 / open a return"),
        ("exchange", "교환 접수 / open an exchange"),
    ):
        parser = command(claim_sub, name, help_text)
        parser.add_argument("order_no", metavar="ORDER")
        parser.add_argument("--line", type=int, required=True, metavar="N")
        parser.add_argument("--qty", type=int, required=True, metavar="Q")
        parser.add_argument("--reason", required=name == "cancel", default="")
        if name == "exchange":
            parser.add_argument("--sku", required=True, help="교환 상품코드 / new SKU code")
        parser.set_defaults(func=run_claim_request, kind=name)

    advance = command(claim_sub, "advance", "클레임 다음 단계 / move a claim on")
    advance.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    advance.add_argument(
        "--to", required=True, choices=["collected", "received", "refunded", "completed"]
    )
    choice = advance.add_mutually_exclusive_group()
    choice.add_argument("--restock", action="store_true", help="재입고 / back to stock")
    choice.add_argument("--write-off", action="store_true", help="폐기 / write off")
    advance.add_argument(
        "--write-off-line",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="이 품목만 폐기, 나머지는 재입고 (반복 가능) / write off line N, restock the rest",
    )
    advance.add_argument("--deduct", type=int, default=0, help="환불 차감액 / refund deduction")
    advance.add_argument("--note", default="")
    advance.set_defaults(func=run_claim_advance)

    withdraw = command(claim_sub, "withdraw", "반품·교환 철회 / withdraw a return or exchange")
    withdraw.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    withdraw.add_argument("--reason", required=True, help="철회 사유 / why it is withdrawn")
    withdraw.set_defaults(func=run_claim_withdraw)

    listing = command(claim_sub, "list", "주문의 클레임 / claims of an order")
    listing.add_argument("order_no", metavar="ORDER")
    listing.set_defaults(func=run_claim_list)


def _ids(db: Database, numbers: list[str]) -> list[int]:
    ids, missing = order_ids_for(db, numbers)
    for number in missing:
        print(f"없는 주문번호 / no such order: {number}", file=sys.stderr)
    if not ids:
        raise CliError("처리할 주문이 없습니다 / no order to work on")
    return ids


def _report(changes: Changes, done_ko: str, done_en: str) -> int:
    for refusal in changes.refused:
        print(f"거부 / refused: {refusal}", file=sys.stderr)
    n = len(changes.order_ids)
    print(f"{n}건 {done_ko} / {n} {done_en}")
    return 1 if changes.refused else 0


def run_delivered_import(args: argparse.Namespace) -> int:
    try:
        file = read_delivery_file(args.file, args.password)
    except SpreadsheetError as error:
        raise CliError(str(error)) from None
    db = open_db(args)
    result = delivery.import_delivery(
        db, file, operator_name(), file_name=str(args.file), dry_run=args.dry_run
    )
    for row in result.unmatched:
        print(f"{row.row_no}행: 송장 없음 / unknown waybill {row.waybill_no}", file=sys.stderr)
    for row, why in result.not_shipped:
        print(f"{row.row_no}행: 발송 전 / not shipped {row.waybill_no} ({why})", file=sys.stderr)
    for row_no, problem in result.problems:
        print(f"{row_no}행: {problem}", file=sys.stderr)
    print(("[미리보기 / dry run] " if args.dry_run else "") + result.summary_ko)
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.due:
        changes = delivery.confirm_due(db, datetime.now(), operator_name())
    elif args.order_nos:
        changes = delivery.confirm_purchases(db, _ids(db, args.order_nos), operator_name())
    else:
        raise CliError("주문번호나 --due 를 주세요 / give order numbers or --due")
    return _report(changes, "구매확정", "confirmed")


def run_hold(args: argparse.Namespace) -> int:
    db = open_db(args)
    changes = holds.hold_orders(
        db, _ids(db, args.order_nos), args.reason, operator_name(), until=args.until
    )
    return _report(changes, "보류", "put on hold")


def run_release(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.expired:
        changes = holds.release_expired_holds(db, date.today(), operator_name())
    elif args.order_nos:
        changes = holds.release_holds(db, _ids(db, args.order_nos), operator_name())
    else:
        raise CliError("주문번호나 --expired 를 주세요 / give order numbers or --expired")
    return _report(changes, "보류 해제", "released")


def run_delay(args: argparse.Namespace) -> int:
    db = open_db(args)
    changes = holds.record_dispatch_delay(
        db, _ids(db, args.order_nos), args.until, args.reason, operator_name()
    )
    return _report(changes, "발송지연 등록", "delayed")


def run_overdue(args: argparse.Namespace) -> int:
    rows = holds.overdue_orders(open_db(args), date.today())
    print_table(
        ["주문번호", "상태", "발송기한", "지연일", "수취인", "상품", "보류"],
        [
            (
                r.order_no,
                r.status.korean,
                f"{r.ship_by:%Y-%m-%d}",
                r.days_overdue,
                r.recipient_name,
                r.goods[:24],
                r.hold_reason,
            )
            for r in rows
        ],
    )
    print(f"{len(rows)}건 / {len(rows)} overdue")
    return 0


def _claim_order(db: Database, number: str) -> claim_queries.ClaimOrder:
    found = claim_queries.claim_order(db, number)
    if found is None:
        raise CliError(f"없는 주문번호 / no such order: {number}")
    return found


def run_claim_request(args: argparse.Namespace) -> int:
    db = open_db(args)
    order = _claim_order(db, args.order_no)
    wanted = {args.line: args.qty}
    who = operator_name()
    try:
        if args.kind == "cancel":
            result = claim_cancel.cancel_lines(db, order.order_id, wanted, who, reason=args.reason)
        elif args.kind == "return":
            result = claims.request_return(db, order.order_id, wanted, who, reason=args.reason)
        else:
            result = claims.request_exchange(
                db, order.order_id, wanted, {args.line: args.sku}, who, reason=args.reason
            )
    except ClaimRefused as refused:
        raise CliError(str(refused)) from None
    print(f"클레임 #{result.claim_id} 접수 / claim #{result.claim_id} made")
    if result.replacement_order_no:
        print(f"교환 주문 / replacement order: {result.replacement_order_no}")
    return 0


def run_claim_advance(args: argparse.Namespace) -> int:
    db = open_db(args)
    target = ClaimStatus(args.to.upper())
    disposition: dict[int, Disposition] | Disposition | None = (
        Disposition.RESTOCK if args.restock else Disposition.WRITE_OFF if args.write_off else None
    )
    if args.write_off_line:
        if args.write_off or args.restock:
            raise CliError(
                "--write-off-line 은 --restock/--write-off 와 함께 쓸 수 없습니다 / "
                "--write-off-line goes without --restock and --write-off"
            )
        on_claim = claim_queries.claim_line_nos(db, args.claim_id)
        strangers = sorted(set(args.write_off_line) - set(on_claim))
        if strangers:
            listed = ", ".join(map(str, strangers))
            raise CliError(
                f"클레임 #{args.claim_id}에 없는 품목 번호입니다: {listed} "
                f"(클레임 품목: {', '.join(map(str, on_claim)) or '-'}) / "
                f"line {listed} is not on claim #{args.claim_id}"
            )
        disposition = {
            n: Disposition.WRITE_OFF if n in args.write_off_line else Disposition.RESTOCK
            for n in on_claim
        }
    try:
        claims.advance_claim(
            db,
            args.claim_id,
            target,
            operator_name(),
            dispositions=disposition,
            deduction=args.deduct,
            note=args.note,
        )
    except ClaimRefused as refused:
        raise CliError(str(refused)) from None
    print(f"클레임 #{args.claim_id} → {target.korean} / claim #{args.claim_id} → {target.value}")
    return 0


def run_claim_withdraw(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        claim_withdraw.withdraw_claim(db, args.claim_id, operator_name(), reason=args.reason)
    except ClaimRefused as refused:
        raise CliError(str(refused)) from None
    print(f"클레임 #{args.claim_id} 철회 / claim #{args.claim_id} withdrawn")
    return 0


def run_claim_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    order = _claim_order(db, args.order_no)
    rows = claim_queries.claims_of_order(db, order.order_id)
    print(
        f"{order.order_no} {order.status.korean} · {order.payment_state.korean} · "
        f"환불 {order.refunded_amount:,}/{order.total_amount:,}원"
    )
    print_table(
        ["#", "종류", "상태", "품목", "환불액", "교환주문", "사유"],
        [
            (
                r.claim_id,
                r.kind.korean,
                r.status.korean,
                r.lines,
                f"{r.refund_amount:,}",
                r.replacement_order_no,
                r.reason,
            )
            for r in rows
        ],
    )
    return 0
