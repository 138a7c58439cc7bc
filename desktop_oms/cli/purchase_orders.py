"""`po …`: purchase orders from the shortages, send, cancel, receive (입고처리), export."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable

from desktop_oms.cli.common import CliError, command, open_db, operator_name, print_table
from desktop_oms.exchange.product_files import ProductFileError
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.exchange.wms_files import WmsFileError
from desktop_oms.services import products as product_service
from desktop_oms.services import purchase_edit, purchase_history, purchasing, receiving, stock


def register_po(parser: argparse.ArgumentParser) -> None:
    """The `po` command group."""
    sub = parser.add_subparsers(dest="po_command", metavar="ACTION", required=True)
    create = command(sub, "create", "발주서 만들기 / create purchase orders")
    create.add_argument("--from-shortages", action="store_true", required=True)
    create.set_defaults(func=guarded(run_po_create))
    command(sub, "list", "발주 목록 / list purchase orders").set_defaults(func=guarded(run_po_list))
    show = command(sub, "show", "발주 내용 / one purchase order")
    show.add_argument("po_no")
    show.set_defaults(func=guarded(run_po_show))
    edit = command(sub, "edit", "작성중 발주 수정 / edit a draft (--sku/--qty [--cost], --remove)")
    edit.add_argument("po_no")
    edit.add_argument("--sku", action="append", default=[])
    edit.add_argument("--qty", action="append", type=int, default=[])
    edit.add_argument("--cost", action="append", type=int, default=[])
    edit.add_argument("--remove", action="append", default=[], metavar="CODE")
    edit.add_argument("--note")
    edit.set_defaults(func=guarded(run_po_edit))
    send = command(sub, "send", "발주 전송 표시 / mark as sent")
    send.add_argument("po_no")
    send.set_defaults(func=guarded(run_po_send))
    cancel = command(sub, "cancel", "발주 취소 / cancel")
    cancel.add_argument("po_no")
    cancel.add_argument("--reason", default="")
    cancel.set_defaults(func=guarded(run_po_cancel))
    receive = command(sub, "receive", "입고처리 / receive goods (all, or --sku/--qty pairs)")
    receive.add_argument("po_no")
    receive.add_argument("--sku", action="append", default=[])
    receive.add_argument("--qty", action="append", type=int, default=[])
    receive.add_argument("--token", help="같은 토큰으로 다시 실행하면 한 번만 입고 / idempotency")
    receive.set_defaults(func=guarded(run_po_receive))
    export = command(sub, "export", "발주서 파일 / write the PO as .xlsx or .pdf")
    export.add_argument("po_no")
    export.add_argument("--out", required=True)
    export.set_defaults(func=guarded(run_po_export))


def guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Service refusals become CliError (exit 2, Korean first)."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except (stock.StockError, purchasing.PurchasingError) as error:
            raise CliError(str(error)) from None
        except product_service.ProductInputError as error:
            raise CliError("\n".join(error.problems) + "\n/ the product data was refused") from None
        except (SpreadsheetError, WmsFileError, ProductFileError) as error:
            raise CliError(str(error)) from None

    return wrapper


def run_po_create(args: argparse.Namespace) -> int:
    made = purchasing.create_from_shortages(open_db(args), operator_name())
    for po_no in made.po_nos:
        print(f"발주서 작성 / created {po_no}")
    if made.without_supplier:
        print(
            "공급처가 없어 빠진 SKU / no supplier: " + ", ".join(made.without_supplier),
            file=sys.stderr,
        )
    if not made.po_nos:
        print("발주할 것이 없습니다 / nothing to order")
    return 0


def run_po_list(args: argparse.Namespace) -> int:
    rows = purchasing.purchase_orders(open_db(args))
    print_table(
        ["발주번호", "공급처", "상태", "작성일", "품목", "수량", "입고", "금액"],
        [
            (
                r.po_no,
                r.supplier_name,
                r.status.korean,
                f"{r.created_at:%Y-%m-%d}",
                r.line_count,
                r.quantity,
                r.received,
                f"{r.amount:,}",
            )
            for r in rows
        ],
    )
    return 0


def run_po_show(args: argparse.Namespace) -> int:
    detail = purchasing.purchase_order_detail(open_db(args), args.po_no)
    print(f"{detail.po_no} · {detail.supplier_name} · {detail.status.korean}")
    print_table(
        ["SKU", "상품", "옵션", "발주", "입고", "잔량", "단가"],
        [
            (
                ln.sku_code,
                ln.product_name[:24],
                ln.option_text,
                ln.quantity,
                ln.received,
                ln.remaining,
                f"{ln.unit_cost:,}",
            )
            for ln in detail.lines
        ],
    )
    if detail.note:
        print(f"비고 / note: {detail.note}")
    print("\n이력 / history")
    print_table(
        ["일시", "작업자", "내용", "상세"],
        [
            (f"{e.at:%Y-%m-%d %H:%M}", e.operator, e.kind.korean, e.detail)
            for e in purchase_history.purchase_order_history(open_db(args), args.po_no)
        ],
    )
    return 0


def run_po_edit(args: argparse.Namespace) -> int:
    if len(args.sku) != len(args.qty) or len(args.cost) not in (0, len(args.sku)):
        raise CliError(
            "--sku 와 --qty (그리고 --cost) 를 짝지어 주세요 "
            "/ give --sku, --qty (and --cost) in pairs"
        )
    costs: list[int | None] = list(args.cost) or [None] * len(args.sku)
    lines = [
        purchasing.PoLineInput(code, qty, cost)
        for code, qty, cost in zip(args.sku, args.qty, costs, strict=True)
    ]
    edit = purchase_edit.PoEdit(lines, args.remove, args.note)
    result = purchase_edit.edit_purchase_order(open_db(args), args.po_no, edit, operator_name())
    for said in result.said:
        print(f"수정 / changed: {said}")
    if not result.said:
        print(f"{args.po_no}: 바뀐 것이 없습니다 / nothing changed")
    return 0


def run_po_send(args: argparse.Namespace) -> int:
    purchasing.send_purchase_order(open_db(args), args.po_no, operator_name())
    print(f"{args.po_no}: 발주완료 / sent")
    return 0


def run_po_cancel(args: argparse.Namespace) -> int:
    purchasing.cancel_purchase_order(open_db(args), args.po_no, operator_name(), args.reason)
    print(f"{args.po_no}: 취소 / cancelled")
    return 0


def run_po_receive(args: argparse.Namespace) -> int:
    if len(args.sku) != len(args.qty):
        raise CliError("--sku 와 --qty 를 짝지어 주세요 / give --sku and --qty in pairs")
    quantities: dict[str, int] | None = None
    if args.sku:
        quantities = {}
        for code, qty in zip(args.sku, args.qty, strict=True):
            quantities[code] = quantities.get(code, 0) + qty
    result = receiving.receive_purchase_order(
        open_db(args),
        args.po_no,
        args.token or str(uuid.uuid4()),
        operator_name(),
        quantities=quantities,
    )
    if result.already_done:
        print("이미 처리된 입고입니다 (같은 토큰) / already received with this token")
        return 0
    for code, qty in result.received.items():
        print(f"입고 / received {code} {qty}")
    print(
        f"{result.po_no}: {result.status.korean} · 할당된 대기주문 {result.covered_orders}건"
        f" · 배송준비중으로 이동 {result.moved_orders}건"
    )
    return 0


def run_po_export(args: argparse.Namespace) -> int:
    path = purchasing.export_purchase_order(open_db(args), args.po_no, args.out)
    print(f"저장 / written: {path}")
    return 0
