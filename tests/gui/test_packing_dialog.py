"""The packing dialog driven the way a USB barcode scanner drives it: digits, then Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_oms.domain.status import OrderStatus
from desktop_oms.storage.tables import Sku
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.packing_dialog import PackingDialog
from tests.conftest import add_sku
from tests.integration.test_claims_helpers import order_of, ready_order, stock_of


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


@pytest.fixture
def station(db: Database, qtbot: QtBot) -> PackingDialog:
    for code, barcode in (("TS-M", "8801000000017"), ("CAP", "8801000000024"), ("MUG", "88019")):
        add_sku(db, code, 10)
        with db.unit_of_work() as uow:
            uow.session.query(Sku).filter(Sku.code == code).one().barcode = barcode
            uow.commit()
    dialog = PackingDialog(AppContext(db, operator="packer"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def scan(qtbot: QtBot, dialog: PackingDialog, code: str) -> None:
    qtbot.keyClicks(dialog.scan_field, code)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)


def test_a_right_parcel_ships_when_every_item_is_scanned(
    db: Database, qtbot: QtBot, station: PackingDialog, beeps: list[int]
) -> None:
    oid = ready_order(db, ("TS-M", 2), ("CAP", 1), waybill="123456789012")
    with qtbot.waitSignal(station.parcel_shipped, timeout=5000):
        scan(qtbot, station, "123456789012")
        assert station.table.rowCount() == 2
        assert "123456789012" in station.parcel_label.text()
        scan(qtbot, station, "8801000000017")
        assert station.progress_label.text() == "검수 1 / 3"
        scan(qtbot, station, "8801000000024")
        scan(qtbot, station, "8801000000017")

    assert order_of(db, oid).status == OrderStatus.SHIPPED.value
    assert stock_of(db, "TS-M") == (8, 0)
    assert "발송 완료" in station.status_label.text()
    assert station.open_session is None and station.isVisible()
    assert station.scan_field.text() == "" and not beeps


def test_a_wrong_item_is_refused_loudly_and_nothing_changes(
    db: Database, qtbot: QtBot, station: PackingDialog, beeps: list[int]
) -> None:
    oid = ready_order(db, ("TS-M", 1), waybill="223456789012")
    scan(qtbot, station, "223456789012")
    scan(qtbot, station, "88019")

    assert beeps == [1]
    assert "오배송" in station.status_label.text() and "MUG" in station.status_label.text()
    assert "Wrong item!" in station.status_label.text()  # Korean first, then English
    assert station.status_label.text().index("오배송") < station.status_label.text().index("Wrong")
    assert station.last_result_refused()
    session = station.open_session
    assert session is not None and session.total_packed == 0
    assert order_of(db, oid).status == OrderStatus.READY_TO_SHIP.value


def test_an_unknown_barcode_is_refused(
    db: Database, qtbot: QtBot, station: PackingDialog, beeps: list[int]
) -> None:
    ready_order(db, ("TS-M", 1), waybill="323456789012")
    scan(qtbot, station, "323456789012")
    scan(qtbot, station, "4006381333931")
    assert beeps == [1]
    assert "등록되지 않은 바코드" in station.status_label.text()
    assert "Unknown barcode: 4006381333931" in station.status_label.text()


def test_an_extra_item_is_refused(
    db: Database, qtbot: QtBot, station: PackingDialog, beeps: list[int]
) -> None:
    ready_order(db, ("TS-M", 1), ("CAP", 1), waybill="423456789012")
    scan(qtbot, station, "423456789012")
    scan(qtbot, station, "8801000000017")
    scan(qtbot, station, "8801000000017")
    assert beeps == [1] and "초과" in station.status_label.text()
    assert "Extra item" in station.status_label.text()


def test_an_unknown_waybill_is_refused_and_the_station_waits_for_the_next(
    qtbot: QtBot, station: PackingDialog, beeps: list[int]
) -> None:
    scan(qtbot, station, "999999999999")
    assert beeps == [1] and "찾을 수 없습니다" in station.status_label.text()
    assert "No waybill or order number 999999999999" in station.status_label.text()
    assert station.open_session is None


def test_escape_drops_the_open_parcel_without_closing(
    db: Database, qtbot: QtBot, station: PackingDialog
) -> None:
    ready_order(db, ("TS-M", 1), waybill="523456789012")
    scan(qtbot, station, "523456789012")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Escape)
    assert station.open_session is None and station.isVisible()
    assert station.table.rowCount() == 0
