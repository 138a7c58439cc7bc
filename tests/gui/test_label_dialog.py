"""The waybill dialogs driven as a user would: label preview, save, reprint; result
import; bands; dispatch to the channels."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop_oms.resources import courier_registry
from desktop_oms.services.courier_api import FakeCourierApi, assign_from_api
from desktop_oms.services.labels import mark_printed
from desktop_oms.services.waybill_band import add_band
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.courier_band_dialog import CourierBandDialog
from desktop_oms.ui.dispatch_dialog import DispatchDialog
from desktop_oms.ui.label_dialog import LabelPrintDialog
from tests.integration.waybill_helpers import ready_orders


def wait_preview(qtbot: QtBot, dialog: LabelPrintDialog) -> None:
    qtbot.waitUntil(lambda: dialog._worker is None and dialog.rendered is not None, timeout=30_000)


def numbers(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Shipment.waybill_no).order_by(Shipment.id)))


def test_preview_shows_one_page_per_thermal_label_and_saving_marks_printed(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = ready_orders(db, 3)
    add_band(db, "CJ", "612345678900", "612345679999")
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(dialog)
    wait_preview(qtbot, dialog)
    assert dialog.document.pageCount() == 3
    assert "3장" in dialog.page_label.text()
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(
        "desktop_oms.ui.label_dialog.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PDF"),
    )
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()
    assert len(PdfReader(target).pages) == 3
    with db.reading() as s:
        assert s.scalars(select(Shipment.print_count)).all() == [1, 1, 1]
    first = numbers(db)

    again = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(again)
    wait_preview(qtbot, again)
    with qtbot.waitSignal(again.changed):
        again.save_button.click()
    assert numbers(db) == first
    with db.reading() as s:
        assert s.scalars(select(Shipment.print_count)).all() == [2, 2, 2]


def test_a4_template_puts_three_labels_on_a_sheet_from_the_chosen_slot(
    qtbot: QtBot, db: Database
) -> None:
    ids = ready_orders(db, 4)
    add_band(db, "CJ", "612345678900", "612345679999")
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(dialog)
    wait_preview(qtbot, dialog)
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("a4-3"))
    dialog.start_box.setValue(3)  # slot 3 of the first sheet, then a new sheet of three
    qtbot.waitUntil(lambda: dialog._worker is None and dialog.document.pageCount() == 2)
    assert dialog.start_box.maximum() == 3


def test_orders_on_hold_are_left_out_with_the_reason_shown(qtbot: QtBot, db: Database) -> None:
    ids = ready_orders(db, 2)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Order).where(Order.id == ids[0]).values(hold_reason="주소 확인"))
        uow.commit()
    add_band(db, "CJ", "612345678900", "612345679999")
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), [])
    qtbot.addWidget(dialog)
    wait_preview(qtbot, dialog)
    assert dialog.order_ids == [ids[1]]  # the dialog picked the 배송준비중 orders not on hold
    held = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(held)
    wait_preview(qtbot, held)
    assert "보류" in held.status_label.text()
    assert held.document.pageCount() == 1


def test_without_a_band_the_preview_says_why(qtbot: QtBot, db: Database) -> None:
    ids = ready_orders(db, 1)
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._worker is None and "남은 번호" in dialog.status_label.text())
    assert not dialog.save_button.isEnabled()


def test_courier_file_dialog_exports_then_previews_and_applies_the_result_once(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_oms.exchange.excel_out import write_xlsx
    from desktop_oms.ui.courier_file_dialog import CourierFileDialog

    ready_orders(db, 2)
    upload = tmp_path / "cj.xlsx"
    monkeypatch.setattr(
        "desktop_oms.ui.courier_file_dialog.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(upload), ""),
    )
    exporter = CourierFileDialog(AppContext(db=db, operator="tester"))
    qtbot.addWidget(exporter)
    with qtbot.waitSignal(exporter.changed):
        exporter.export_button.click()
    assert upload.exists() and "2건을 내보냈습니다" in exporter.summary.text()
    with db.reading() as s:
        keys = list(s.scalars(select(Shipment.key).order_by(Shipment.id)))
    result = write_xlsx(
        tmp_path / "result.xlsx",
        [
            (
                "결과",
                ["고객주문번호", "운송장번호"],
                [[keys[0], "612345678901"], ["S0", "612345678902"]],
            )
        ],
    )
    dialog = CourierFileDialog(AppContext(db=db, operator="tester"), path=result)
    qtbot.addWidget(dialog)
    assert "적용 1" in dialog.summary.text() and "일치 없음 1" in dialog.summary.text()
    with qtbot.waitSignal(dialog.changed):
        dialog.apply_button.click()
    assert numbers(db)[0] == "612345678901"
    dialog.load(result)
    assert not dialog.apply_button.isEnabled()  # the same file again changes nothing


def test_printing_to_a_printer_records_the_print(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ids = ready_orders(db, 2)
    add_band(db, "CJ", "612345678900", "612345679999")
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(dialog)
    wait_preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.changed):
        dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    with db.reading() as s:
        assert s.scalars(select(Shipment.print_count)).all() == [1, 1]


def test_a_registered_band_shows_its_numbers_left_and_a_low_warning(
    qtbot: QtBot, db: Database
) -> None:
    dialog = CourierBandDialog(AppContext(db=db))
    qtbot.addWidget(dialog)
    dialog.courier_box.setCurrentIndex(dialog.courier_box.findData("LOTTE"))
    dialog.first_edit.setText("30000000001")
    dialog.last_edit.setText("30000000050")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == "50"
    assert "남은 번호가 적습니다" in dialog.message.text()
    dialog.first_edit.setText("30000000040")
    dialog.last_edit.setText("30000000060")
    dialog.add_button.click()
    assert "겹칩니다" in dialog.message.text()
    assert dialog.table.rowCount() == 1


def test_dispatch_dialog_lists_unsent_parcels_and_clears_them_on_export(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = ready_orders(db, 2)
    with db.unit_of_work() as uow:
        uow.session.execute(update(Order).values(channel="COUPANG"))
        uow.commit()
    cj = courier_registry().get("CJ")
    assert cj is not None
    batch = assign_from_api(db, ids, FakeCourierApi(cj), "test")
    mark_printed(db, batch.shipment_ids, "test")
    dialog = DispatchDialog(AppContext(db=db))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "쿠팡"
    target = tmp_path / "coupang.xlsx"
    monkeypatch.setattr(
        "desktop_oms.ui.dispatch_dialog.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("coupang"))
    with qtbot.waitSignal(dialog.changed):
        dialog.export_button.click()
    assert target.exists()
    assert dialog.table.rowCount() == 0


def test_numbers_from_the_api_fake_or_only_those_already_imported(
    qtbot: QtBot, db: Database
) -> None:
    ids = ready_orders(db, 2)
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), ids[:1])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._worker is None)
    dialog.numbering_box.setCurrentIndex(dialog.numbering_box.findData("API"))
    qtbot.waitUntil(lambda: dialog._worker is None and dialog.document.pageCount() == 1)
    assert numbers(db)[0]
    from_file = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(from_file)
    qtbot.waitUntil(lambda: from_file._worker is None)
    from_file.numbering_box.setCurrentIndex(from_file.numbering_box.findData("FILE"))
    qtbot.waitUntil(
        lambda: from_file._worker is None and "아직 없습니다" in from_file.status_label.text()
    )
    assert from_file.document.pageCount() == 1  # only the order numbered by the API


def test_closing_the_dialog_while_its_preview_is_made_drops_the_preview_quietly(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QThreadPool

    from desktop_oms.ui import label_dialog

    ids = ready_orders(db, 2)
    add_band(db, "CJ", "612345678900", "612345679999")
    closed = threading.Event()
    render = label_dialog._number_and_render

    def render_after_the_close(*args: object) -> object:
        closed.wait(10)
        return render(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(label_dialog, "_number_and_render", render_after_the_close)
    dialog = LabelPrintDialog(AppContext(db=db, operator="tester"), ids)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    closed.set()
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)  # the worker's last signal is delivered (an error there fails the test)
    assert dialog.rendered is None
    assert len(numbers(db)) == 2  # the numbers it gave stay with their orders
