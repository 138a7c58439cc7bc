"""`import`, `deposits import|cancel-overdue` and `match list|set`: order intake commands."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime

from desktop_oms.cli.common import CliError, command, open_db, operator_name, print_table
from desktop_oms.exchange.spreadsheet_in import PasswordRequired, SpreadsheetError
from desktop_oms.services import deposits, matching
from desktop_oms.services.intake import (
    ImportPreview,
    LayoutUnknown,
    available_presets,
    import_orders,
    preview_import,
)

MAX_LISTED = 50


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this part's commands to the command line."""
    imp = command(sub, "import", "판매처 주문 파일 가져오기 / import a sales channel order file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--preset", help="양식 이름 (예: 쿠팡) / preset name; detected when omitted")
    imp.add_argument("--dry-run", action="store_true", help="미리보기만 / preview only")
    imp.add_argument(
        "--password-prompt",
        action="store_true",
        help="암호 걸린 파일의 비밀번호를 묻습니다 / ask for the file's password",
    )
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="문제 있는 행을 빼고 나머지를 가져옵니다 / import the good rows, leave the bad ones",
    )
    imp.set_defaults(func=run_import)

    dep = sub.add_parser("deposits", help="입금 확인 / deposits")
    dep_sub = dep.add_subparsers(dest="deposits_command", metavar="ACTION", required=True)
    dep_import = command(dep_sub, "import", "은행 거래내역으로 입금 확인 / match a bank statement")
    dep_import.add_argument("file", metavar="FILE")
    dep_import.add_argument("--dry-run", action="store_true", help="미리보기만 / preview only")
    dep_import.set_defaults(func=run_deposits_import)
    overdue = command(
        dep_sub, "cancel-overdue", "입금기한 지난 주문 취소 / cancel orders past the deadline"
    )
    overdue.set_defaults(func=run_cancel_overdue)

    match = sub.add_parser("match", help="상품 매칭 / product matching")
    match_sub = match.add_subparsers(dest="match_command", metavar="ACTION", required=True)
    listing = command(match_sub, "list", "매칭 대기 상품과 매칭 목록 / waiting and known")
    listing.set_defaults(func=run_match_list)
    setting = command(match_sub, "set", "판매처 상품을 SKU에 연결 / map a channel product")
    setting.add_argument("channel", metavar="CHANNEL", help="예: SMARTSTORE, COUPANG, CAFE24")
    setting.add_argument("product", metavar="PRODUCT")
    setting.add_argument("option", metavar="OPTION")
    setting.add_argument("sku", metavar="SKU", help="상품코드 / SKU code")
    setting.set_defaults(func=run_match_set)


def _read_preview(args: argparse.Namespace) -> ImportPreview:
    db = open_db(args)
    password = None
    while True:
        try:
            return preview_import(db, args.file, preset_name=args.preset, password=password)
        except PasswordRequired as error:
            if not args.password_prompt:
                raise CliError(
                    f"{error.message_ko} --password-prompt 를 주세요 / {error.message_en} "
                    "Use --password-prompt."
                ) from None
            if error.wrong and password is not None:
                raise CliError(f"{error.message_ko} / {error.message_en}") from None
            password = getpass.getpass("파일 비밀번호 / file password: ")
        except SpreadsheetError as error:
            raise CliError(f"{error.message_ko} / {error.message_en}") from None
        except LayoutUnknown as error:
            names = ", ".join(p.name for p in available_presets(db))
            raise CliError(f"{error} --preset: {names}") from None
        except ValueError as error:
            raise CliError(str(error)) from None


def print_preview(preview: ImportPreview) -> None:
    print(preview.summary())
    problems = preview.parsed.problems
    if problems:
        print("문제 있는 행 / rows with problems:")
        print_table(["행", "사유"], [(p.row, p.reason) for p in problems[:MAX_LISTED]])
        if len(problems) > MAX_LISTED:
            print(f"… 외 {len(problems) - MAX_LISTED}개 / and {len(problems) - MAX_LISTED} more")
    skipped = preview.parsed.skipped
    if skipped:
        print("건너뛴 행 / skipped rows:")
        print_table(["행", "사유"], [(p.row, p.reason) for p in skipped[:MAX_LISTED]])


def run_import(args: argparse.Namespace) -> int:
    preview = _read_preview(args)
    print_preview(preview)
    has_problems = bool(preview.parsed.problems)
    if args.dry_run:
        return 1 if has_problems and not preview.new_orders else 0
    if has_problems and not args.skip_bad_rows:
        print(
            "문제 있는 행이 있어 아무것도 가져오지 않았습니다. 나머지만 가져오려면 "
            "--skip-bad-rows 를 주세요 / nothing imported because of the rows above; "
            "use --skip-bad-rows to import the good rows only",
            file=sys.stderr,
        )
        return 1
    db = open_db(args)
    result = import_orders(db, preview, operator_name())
    print(
        f"{result.imported:,}건을 가져왔습니다 (매칭 필요 품목 {result.unmatched_lines:,}) / "
        f"imported {result.imported:,} orders ({result.unmatched_lines:,} lines need matching)"
    )
    return 1 if has_problems and not result.imported else 0


def run_deposits_import(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        preview = deposits.preview_statement(db, args.file)
    except SpreadsheetError as error:
        raise CliError(f"{error.message_ko} / {error.message_en}") from None
    print(preview.summary())
    if preview.sure:
        print_table(
            ["행", "입금일시", "입금자", "금액", "주문번호", "매칭"],
            [
                (m.deposit.row, f"{m.deposit.at:%m-%d %H:%M}", m.deposit.name,
                 f"{m.deposit.amount:,}", m.order.order_no, m.kind_ko)
                for m in preview.sure
            ],
        )  # fmt: skip
    for deposit, candidates in preview.ambiguous:
        options = ", ".join(c.order_no for c in candidates)
        where = f"{deposit.row}행 {deposit.name} {deposit.amount:,}원"
        print(f"확인 필요 / ambiguous: {where} → {options}")
    for problem in preview.statement.problems:
        print(f"{problem.row}행: {problem.reason}", file=sys.stderr)
    if args.dry_run or not preview.sure:
        return 0
    changes = deposits.apply_matches(db, preview.sure, operator_name())
    for refusal in changes.refused:
        print(f"거부 / refused: {refusal}", file=sys.stderr)
    print(f"입금 확인 {len(changes.order_ids)}건 / confirmed {len(changes.order_ids)}")
    return 0


def run_cancel_overdue(args: argparse.Namespace) -> int:
    db = open_db(args)
    changes = deposits.cancel_overdue_deposits(db, datetime.now(), operator_name())
    for refusal in changes.refused:
        print(f"거부 / refused: {refusal}", file=sys.stderr)
    n = len(changes.order_ids)
    print(f"입금기한이 지난 주문 {n}건을 취소했습니다 / cancelled {n} overdue orders")
    return 0


def run_match_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    waiting = matching.unmatched_items(db)
    print(f"매칭 대기 / waiting: {len(waiting)}")
    print_table(
        ["판매처", "상품", "옵션", "주문수", "수량"],
        [(i.channel, i.product_text, i.option_text, i.orders, i.quantity) for i in waiting],
    )
    known = matching.mappings(db)
    print(f"\n매칭 목록 / mappings: {len(known)}")
    print_table(
        ["판매처", "상품", "옵션", "SKU", "상품명"],
        [(m.channel, m.product_text, m.option_text, m.sku_code, m.sku_label) for m in known],
    )
    return 0


def run_match_set(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        sku_id = matching.sku_id_for_code(db, args.sku)
        changes = matching.set_mapping(
            db, args.channel.upper(), args.product, args.option, sku_id, operator_name()
        )
    except matching.MatchingError as error:
        raise CliError(str(error)) from None
    n = len(changes.order_ids)
    print(f"매칭을 저장했습니다 (주문 {n}건 반영) / mapping saved ({n} orders updated)")
    return 0
