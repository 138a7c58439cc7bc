"""`orders list`, `orders move` and `demo`."""

from __future__ import annotations

import argparse
import sys

from desktop_oms.cli.common import CliError, command, open_db, operator_name, print_table
from desktop_oms.cli.privacy import acting, acting_viewer, refusals_as_cli_errors
from desktop_oms.domain.status import TRANSITIONS, OrderStatus
from desktop_oms.services.demo import fill_demo
from desktop_oms.services.order_lookup import order_ids_for
from desktop_oms.services.order_waybill import Shipping
from desktop_oms.services.orders import move_orders
from desktop_oms.services.queries import count_orders, order_page, status_counts


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = command(sub, "demo", "데모 주문을 만듭니다 / fill the database with demo orders")
    demo.add_argument("--orders", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=20261126)
    demo.set_defaults(func=run_demo)

    orders = sub.add_parser("orders", help="주문 조회·상태 변경 / list and move orders")
    orders_sub = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    listing = acting(command(orders_sub, "list", "주문 목록 / list orders"))
    listing.add_argument("--status", type=_status, help="예: PAID, READY_TO_SHIP, 상품준비중")
    listing.add_argument("--search", default="", help="주문번호·수취인·전화번호·상품명")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(func=run_list)

    move = command(orders_sub, "move", "주문 상태 변경 / move orders to another status")
    move.add_argument("order_nos", nargs="+", metavar="ORDER_NO")
    move.add_argument("--to", required=True, type=_status, dest="target")
    move.add_argument("--reason", default="", help="취소 사유 등 / reason (needed to cancel)")
    move.add_argument("--courier", help="발송처리 시 택배사 코드 / courier code when shipping")
    move.add_argument("--waybill", help="발송처리 시 송장번호 / waybill number when shipping")
    move.set_defaults(func=run_move)


def _status(text: str) -> OrderStatus:
    key = text.strip().upper()
    for status in OrderStatus:
        if key in (status.value, status.korean):
            return status
    names = ", ".join(f"{s.value}({s.korean})" for s in OrderStatus)
    raise argparse.ArgumentTypeError(f"알 수 없는 상태 / unknown status {text!r}; one of {names}")


def run_demo(args: argparse.Namespace) -> int:
    if args.orders < 0:
        raise CliError("--orders 는 0 이상이어야 합니다 / --orders must be 0 or more")
    db = open_db(args)

    def report(done: int, total: int) -> None:
        print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    result = fill_demo(db, args.orders, seed=args.seed, progress=report)
    print(file=sys.stderr)
    print(f"데모 주문 {result.orders:,}건, SKU {result.skus}개 / {result.orders:,} demo orders")
    return 0


@refusals_as_cli_errors
def run_list(args: argparse.Namespace) -> int:
    """The orders of a status or a search; names masked for staff as on the screen."""
    db = open_db(args)
    viewer = acting_viewer(db, args)
    rows = order_page(db, args.status, search=args.search, limit=args.limit)
    total = count_orders(db, args.status, args.search)
    print_table(
        ["주문번호", "상태", "주문일시", "수취인", "상품", "금액"],
        [
            (
                r.order_no,
                r.status.korean,
                f"{r.ordered_at:%Y-%m-%d %H:%M}",
                viewer.display_name(r.recipient_name),
                r.goods[:30],
                f"{r.total_amount:,}",
            )
            for r in rows
        ],
    )
    print(f"{len(rows):,} / {total:,}건")
    if args.status is None:
        counts = status_counts(db)
        print(" · ".join(f"{s.korean} {n:,}" for s, n in counts.items()))
    return 0


def run_move(args: argparse.Namespace) -> int:
    db = open_db(args)
    ids, missing = order_ids_for(db, args.order_nos)
    for number in missing:
        print(f"없는 주문번호 / no such order: {number}", file=sys.stderr)
    action = next((t.action for t in TRANSITIONS if t.target is args.target), None)
    if action is None:
        raise CliError(
            f"{args.target.korean}(으)로 옮기는 동작은 없습니다 / nothing moves orders to "
            f"{args.target.value}"
        )
    shipping = None
    if args.courier or args.waybill:
        if not (args.courier and args.waybill):
            raise CliError(
                "--courier 와 --waybill 을 함께 주세요 / give both --courier and --waybill"
            )
        shipping = Shipping(args.courier.upper(), args.waybill)
    changes = move_orders(db, ids, action, operator_name(), reason=args.reason, shipping=shipping)
    moved = len(changes.order_ids)
    for refusal in changes.refused:
        print(f"거부 / refused: {refusal}", file=sys.stderr)
    print(
        f"{moved}건을 {args.target.korean}(으)로 옮겼습니다 / moved {moved} to {args.target.value}"
    )
    return 0 if moved and not changes.refused and not missing else 1
