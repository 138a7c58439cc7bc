"""Commands for couriers, waybill numbers, labels and channel dispatch files."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from desktop_oms.cli.common import CliError, command, open_db, operator_name, print_table
from desktop_oms.domain.waybill_result import RowVerdict
from desktop_oms.exchange.fonts import FontMissing
from desktop_oms.exchange.labels import LabelTemplate
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.resources import courier_registry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this part's commands to the command line."""
    couriers = command(sub, "couriers", "택배사 목록 / courier registry")
    couriers.add_argument("action", choices=["list"])
    couriers.set_defaults(func=_couriers)

    waybills = command(sub, "waybills", "택배사 파일로 송장번호 받기 / courier upload and result")
    waybills.add_argument("action", choices=["export", "import"])
    waybills.add_argument("file", nargs="?", type=Path, help="가져올 결과 파일 / result file")
    waybills.add_argument("--courier", help="택배사 코드 (CJ, LOTTE …)")
    waybills.add_argument("--out", type=Path, help="내보낼 파일 / file to write")
    waybills.add_argument("--dry-run", action="store_true", help="미리보기만 / preview only")
    waybills.set_defaults(func=_waybills)

    band = command(sub, "band", "송장번호 대역 / own waybill number band")
    band.add_argument("action", choices=["add", "list"])
    band.add_argument("--courier")
    band.add_argument("--first")
    band.add_argument("--last")
    band.set_defaults(func=_band)

    labels = command(sub, "labels", "송장 라벨 PDF / waybill labels as PDF")
    which = labels.add_mutually_exclusive_group(required=True)
    which.add_argument("--orders", nargs="+", metavar="ORDER_NO")
    which.add_argument("--status", choices=["READY_TO_SHIP"])
    labels.add_argument("--template", choices=[t.value for t in LabelTemplate], default="100x150")
    labels.add_argument("--start", type=int, default=1, help="A4 시작 칸 / first slot")
    labels.add_argument("--courier", help="대역에서 번호를 받을 택배사 / number from band")
    labels.add_argument("--out", type=Path, required=True)
    labels.set_defaults(func=_labels)

    dispatch = command(sub, "dispatch-files", "판매채널 발송처리 파일 / channel dispatch file")
    dispatch.add_argument("--channel", required=True, help="smartstore, coupang, cafe24")
    dispatch.add_argument("--out", type=Path, required=True)
    dispatch.set_defaults(func=_dispatch)


def _couriers(args: argparse.Namespace) -> int:
    rows = [
        [
            c.code,
            c.name,
            c.pattern,
            c.check_digit or "-",
            ", ".join(f"{k}={v}" for k, v in c.channel_codes.items()),
        ]
        for c in courier_registry()
    ]
    print_table(["코드", "택배사", "번호 형식", "검증", "채널 코드"], rows)
    return 0


def _waybills(args: argparse.Namespace) -> int:
    from desktop_oms.services.courier_files import (
        apply_courier_result,
        export_courier_file,
        preview_courier_result,
    )
    from desktop_oms.services.waybills import WaybillError

    db = open_db(args)
    try:
        if args.action == "export":
            if not args.courier or not args.out:
                raise CliError("--courier 와 --out 이 필요합니다 / --courier and --out needed")
            result = export_courier_file(db, args.courier, args.out, operator_name())
            print(f"{result.shipments}건을 내보냈습니다 / exported: {result.path}")
            _print_refused(result.changes.refused)
            return 0
        if args.file is None:
            raise CliError("가져올 파일을 지정하세요 / give the result file")
        preview = preview_courier_result(db, args.file, args.courier)
        print_table(
            ["행", "주문키", "송장번호", "결과", "사유"],
            [
                [r.row.row_no, r.row.key, r.number, r.verdict.korean, r.reason or r.warning]
                for r in preview.rows
                if r.verdict is not RowVerdict.MATCHED
            ],
        )
        counts = ", ".join(f"{v.korean} {preview.count(v)}" for v in RowVerdict)
        print(counts)
        if args.dry_run:
            return 0
        changes = apply_courier_result(db, preview, operator_name())
        print(f"적용 {len(changes.order_ids)}개 주문 / applied to {len(changes.order_ids)} orders")
        return 0
    except (WaybillError, SpreadsheetError) as error:
        raise CliError(str(error)) from None
    finally:
        db.dispose()


def _band(args: argparse.Namespace) -> int:
    from desktop_oms.services.waybill_band import add_band, band_statuses
    from desktop_oms.services.waybills import WaybillError

    db = open_db(args)
    try:
        if args.action == "add":
            if not (args.courier and args.first and args.last):
                raise CliError("--courier, --first, --last 가 필요합니다 / all three are needed")
            add_band(db, args.courier, args.first, args.last)
        rows = [
            [b.courier_code, b.first_no, b.last_no, b.next_no, b.remaining, "부족" if b.low else ""]
            for b in band_statuses(db)
        ]
        print_table(["택배사", "첫 번호", "끝 번호", "다음", "남은 수", "경고"], rows)
        return 0
    except WaybillError as error:
        raise CliError(str(error)) from None
    finally:
        db.dispose()


def _labels(args: argparse.Namespace) -> int:
    from desktop_oms.services.labels import mark_printed, render_shipment_labels
    from desktop_oms.services.order_lookup import order_ids_for
    from desktop_oms.services.waybill_band import assign_from_band
    from desktop_oms.services.waybills import WaybillError, prepare_label_batch, ready_order_ids

    db = open_db(args)
    try:
        if args.orders:
            ids, missing = order_ids_for(db, args.orders)
            if missing:
                raise CliError(f"없는 주문번호 / unknown orders: {', '.join(missing)}")
        else:
            ids = ready_order_ids(db)
        who = operator_name()
        if args.courier:
            batch = assign_from_band(db, ids, args.courier, who)
        else:
            batch = prepare_label_batch(db, ids)
        _print_refused(batch.changes.refused)
        if not batch.shipment_ids:
            raise CliError("출력할 송장이 없습니다 / nothing to print")
        pdf = render_shipment_labels(
            db, batch.shipment_ids, LabelTemplate(args.template), start_position=args.start
        )
        args.out.write_bytes(pdf)
        mark_printed(db, batch.shipment_ids, who)
        print(f"{args.out} ({len(batch.shipment_ids)}건)")
        return 0
    except (WaybillError, FontMissing) as error:
        raise CliError(str(error)) from None
    finally:
        db.dispose()


def _dispatch(args: argparse.Namespace) -> int:
    from desktop_oms.services.dispatch import export_dispatch_file

    db = open_db(args)
    try:
        result = export_dispatch_file(db, args.channel, args.out, operator_name())
    except ValueError as error:
        raise CliError(str(error)) from None
    finally:
        db.dispose()
    print(f"{result.lines}줄, {result.shipments}건 발송처리 파일 / written: {result.path}")
    return 0


def _print_refused(refused: Sequence[object]) -> None:
    for item in refused:
        print(f"  제외 / skipped: {item}")
