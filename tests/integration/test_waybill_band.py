"""Own number band: registering it, handing out numbers, never the same number twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_oms.resources import courier_registry
from desktop_oms.services.waybill_band import add_band, assign_from_band, band_statuses
from desktop_oms.services.waybills import WaybillError
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database
from tests.integration.waybill_helpers import ready_orders

LOTTE_BODY = 30_000_000_001


def test_band_numbers_carry_the_lotte_check_digit_and_count_down(db: Database) -> None:
    ids = ready_orders(db, 3)
    add_band(db, "LOTTE", str(LOTTE_BODY), str(LOTTE_BODY + 9))
    assign_from_band(db, ids, "LOTTE", "test")
    with db.reading() as s:
        numbers = s.scalars(
            select(Shipment.waybill_no).join(Order, Order.shipment_id == Shipment.id)
        ).all()
    lotte = courier_registry().get("LOTTE")
    assert lotte is not None
    assert sorted(numbers) == [lotte.with_check_digit(LOTTE_BODY + i) for i in range(3)]
    assert all(not lotte.check(n).refused for n in numbers)
    (status,) = band_statuses(db, "LOTTE")
    assert status.remaining == 7
    assert status.low  # below the default warning of 100


def test_numbering_again_keeps_the_numbers_already_given(db: Database) -> None:
    ids = ready_orders(db, 2)
    add_band(db, "CJ", "500000000000", "500000000099")
    assign_from_band(db, ids, "CJ", "test")
    assign_from_band(db, ids, "CJ", "test")
    assert band_statuses(db, "CJ")[0].remaining == 98


def test_a_band_with_no_numbers_left_refuses_and_writes_nothing(db: Database) -> None:
    ids = ready_orders(db, 3)
    add_band(db, "CJ", "500000000000", "500000000001")
    with pytest.raises(WaybillError, match="남은 번호가 없습니다"):
        assign_from_band(db, ids, "CJ", "test")
    with db.reading() as s:
        assert s.scalar(select(Shipment.waybill_no).where(Shipment.waybill_no.is_not(None))) is None
    assert band_statuses(db, "CJ")[0].remaining == 2


def test_overlapping_or_reversed_bands_are_refused(db: Database) -> None:
    add_band(db, "CJ", "500000000000", "500000000099")
    with pytest.raises(WaybillError, match="겹칩니다"):
        add_band(db, "CJ", "500000000050", "500000000150")
    with pytest.raises(WaybillError, match="작습니다"):
        add_band(db, "CJ", "500000000300", "500000000200")


def test_a_full_lotte_number_with_check_digit_is_read_as_its_serial(db: Database) -> None:
    lotte = courier_registry().get("LOTTE")
    assert lotte is not None
    first = lotte.with_check_digit(LOTTE_BODY)
    status = add_band(db, "LOTTE", first, str(LOTTE_BODY + 4))
    assert (status.first_no, status.remaining) == (LOTTE_BODY, 5)


TAKER = """
import sys
from desktop_oms.resources import courier_registry
from desktop_oms.services.waybill_band import take_band_serials
from desktop_oms.storage.uow import Database
db = Database.open(sys.argv[1], migrate=False)
lotte = courier_registry().get("LOTTE")
got = []
for _ in range(int(sys.argv[2])):
    with db.unit_of_work() as uow:
        got += take_band_serials(uow.session, lotte, 3)
        uow.commit()
print(" ".join(map(str, got)))
"""


def test_two_processes_never_get_the_same_number_from_one_band(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    add_band(db, "LOTTE", str(LOTTE_BODY), str(LOTTE_BODY + 10_000))
    script = tmp_path / "taker.py"
    script.write_text(TAKER, "utf-8")
    root = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), db_url, "60"], stdout=subprocess.PIPE, cwd=root, text=True
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    taken = [int(n) for out in outputs for n in out.split()]
    assert len(taken) == 2 * 60 * 3
    assert len(set(taken)) == len(taken)
    assert band_statuses(db, "LOTTE")[0].next_no == LOTTE_BODY + len(taken)
