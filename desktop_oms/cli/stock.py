"""`stock …`, `po …` and `products …`: stock figures and audit, purchase orders, the catalogue."""

from __future__ import annotations

import argparse
import sys
from typing import TypeAlias

from desktop_oms.cli.common import CliError, command, open_db, operator_name, print_table
from desktop_oms.cli.purchase_orders import guarded, register_po
from desktop_oms.services import products as product_service
from desktop_oms.services import stock, wms_sync
from desktop_oms.services.shortages import shortage_report

Sub: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Sub) -> None:
    """Add this part's commands to the command line."""
    _stock_commands(sub.add_parser("stock", help="재고 조회·검증·조정 / stock figures and audit"))
    register_po(sub.add_parser("po", help="발주·입고 / purchase orders and receiving"))
    _product_commands(sub.add_parser("products", help="상품·SKU 파일 / product list files"))


def _group(parser: argparse.ArgumentParser, dest: str) -> Sub:
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True)


def _stock_commands(parser: argparse.ArgumentParser) -> None:
    sub = _group(parser, "stock_command")
    listing = command(sub, "list", "SKU별 재고 / stock per SKU")
    listing.add_argument("--short", action="store_true", help="재고부족 주문이 기다리는 SKU만")
    listing.add_argument("--below-safety", action="store_true", help="안전재고 이하만")
    listing.add_argument("--search", default="")
    listing.set_defaults(func=guarded(run_list))
    why = command(sub, "why", "이 숫자는 왜? 재고 원장 / the ledger behind a SKU's figures")
    why.add_argument("sku")
    why.set_defaults(func=guarded(run_why))
    command(sub, "check", "재고 숫자 검증 / prove figures equal the ledger").set_defaults(
        func=guarded(run_check)
    )
    command(sub, "rebuild", "원장으로 재고 재계산 / rebuild figures from the ledger").set_defaults(
        func=guarded(run_rebuild)
    )
    adjust = command(sub, "adjust", "재고실사 조정 / set on hand to a counted quantity")
    adjust.add_argument("sku")
    adjust.add_argument("--qty", type=int, required=True, help="실사 수량 / counted on hand")
    adjust.add_argument("--reason", required=True)
    adjust.set_defaults(func=guarded(run_adjust))
    sync = command(sub, "sync", "WMS 재고파일 동기화 / sync with a WMS stock file")
    sync.add_argument("file")
    sync.add_argument("--dry-run", action="store_true", help="차이만 보기 / show differences only")
    sync.add_argument("--layout", help="저장된 WMS 열 배치 이름 / saved column layout")
    sync.set_defaults(func=guarded(run_sync))
    command(sub, "shortages", "재고부족 SKU / short SKUs and suggestions").set_defaults(
        func=guarded(run_shortages)
    )


def _product_commands(parser: argparse.ArgumentParser) -> None:
    sub = _group(parser, "products_command")
    export = command(sub, "export", "상품목록 내보내기 / export SKUs to .xlsx")
    export.add_argument("file")
    export.set_defaults(func=guarded(run_products_export))
    imp = command(sub, "import", "상품목록 가져오기 / import SKUs")
    imp.add_argument("file")
    imp.add_argument("--skip-bad", action="store_true", help="문제 없는 행만 가져오기")
    imp.set_defaults(func=guarded(run_products_import))


def run_list(args: argparse.Namespace) -> int:
    rows = stock.stock_list(
        open_db(args),
        only_short=args.short,
        only_below_safety=args.below_safety,
        search=args.search,
    )
    print_table(
        ["SKU", "상품", "옵션", "재고", "할당", "가용", "안전재고", "발주중"],
        [
            (
                r.code,
                r.product_name[:24],
                r.option_text,
                r.on_hand,
                r.reserved,
                r.available,
                r.safety_stock,
                r.on_order,
            )
            for r in rows
        ],
    )
    print(f"{len(rows):,} SKU")
    return 0


def run_why(args: argparse.Namespace) -> int:
    why = stock.stock_why(open_db(args), args.sku)
    print(f"{why.code} {why.product_name} {why.option_text}")
    print(f"재고 {why.on_hand} · 할당 {why.reserved} · 가용 {why.available}")
    print_table(
        ["일시", "구분", "재고±", "할당±", "재고", "할당", "문서", "출처", "작업자", "메모"],
        [
            (
                f"{ln.at:%Y-%m-%d %H:%M}",
                ln.kind.korean,
                _signed(ln.on_hand_delta),
                _signed(ln.reserved_delta),
                ln.on_hand_after,
                ln.reserved_after,
                ln.document,
                ln.source,
                ln.operator,
                ln.note[:30],
            )
            for ln in why.lines
        ],
    )
    return 0


def _signed(n: int) -> str:
    return f"{n:+d}" if n else ""


def run_check(args: argparse.Namespace) -> int:
    problems = stock.check_stock(open_db(args))
    for problem in problems:
        print(f"불일치 / mismatch: {problem}")
    if problems:
        print(f"{len(problems)}건 불일치 — `stock rebuild`로 원장에서 다시 계산할 수 있습니다.")
        return 1
    print("재고 숫자가 원장·주문 할당과 모두 일치합니다 / all figures agree with the ledger")
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    corrected = stock.rebuild_stock(open_db(args))
    for item in corrected:
        print(f"고침 / corrected: {item}")
    print(f"{len(corrected)}건을 원장 기준으로 고쳤습니다 / {len(corrected)} corrected")
    return 0


def run_adjust(args: argparse.Namespace) -> int:
    changes = stock.adjust_stock(open_db(args), args.sku, args.qty, args.reason, operator_name())
    print("조정했습니다 / adjusted" if changes.changed else "변동 없음 / unchanged")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    db = open_db(args)
    layout = None
    if args.layout:
        layouts = wms_sync.wms_layouts(db)
        if args.layout not in layouts:
            raise CliError(f"없는 WMS 배치입니다: {args.layout} / no such layout")
        layout = layouts[args.layout]
    preview = wms_sync.preview_wms_file(db, args.file, layout)
    print_table(
        ["SKU", "프로그램", "WMS", "차이", "할당", "비고"],
        [
            (d.code, d.on_hand, d.wms_quantity, f"{d.delta:+d}", d.reserved, d.problem)
            for d in preview.differences
        ],
    )
    for row_no, code in preview.unknown:
        print(f"{row_no}행: 없는 상품코드 / unknown SKU {code}", file=sys.stderr)
    for row_no, problem in preview.bad_rows:
        print(f"{row_no}행: {problem}", file=sys.stderr)
    print(
        f"차이 {len(preview.differences)} · 같음 {preview.unchanged} · 없는 코드 "
        f"{len(preview.unknown)} · 잘못된 행 {len(preview.bad_rows)}"
    )
    if args.dry_run:
        return 0
    result = wms_sync.apply_wms_sync(db, preview, operator_name())
    for refused in result.refused:
        print(f"적용 안 함 / skipped: {refused}", file=sys.stderr)
    print(f"{result.applied} SKU를 WMS 수량으로 맞췄습니다 / {result.applied} SKUs synced")
    return 0


def run_shortages(args: argparse.Namespace) -> int:
    report = shortage_report(open_db(args))
    for group in report.by_supplier:
        print(f"[{group.supplier_name}]")
        print_table(
            ["SKU", "상품", "대기수량", "가용", "부족", "발주중", "제안"],
            [
                (
                    s.code,
                    s.product_name[:24],
                    s.waiting_need,
                    s.available,
                    s.missing,
                    s.on_order,
                    s.suggested,
                )
                for s in group.skus
            ],
        )
    print(f"재고부족 주문 {len(report.orders):,}건")
    return 0


def run_products_export(args: argparse.Namespace) -> int:
    path = product_service.export_products(open_db(args), args.file)
    print(f"저장 / written: {path}")
    return 0


def run_products_import(args: argparse.Namespace) -> int:
    db = open_db(args)
    preview = product_service.preview_product_file(db, args.file)
    for row in preview.refused:
        print(f"{row.row_no}행 {row.code}: {'; '.join(row.problems)}", file=sys.stderr)
    if preview.refused and not args.skip_bad:
        raise CliError(
            f"문제 있는 행 {len(preview.refused)}개 — 아무것도 가져오지 않았습니다. "
            "--skip-bad 로 나머지만 가져올 수 있습니다 / nothing imported; use --skip-bad"
        )
    result = product_service.import_products(db, preview.good_lines)
    print(
        f"새 SKU {result.created} · 수정 {result.updated} / {result.created} new, "
        f"{result.updated} updated"
    )
    return 0
