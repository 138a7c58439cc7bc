"""Killing a label batch (a real process, SIGKILL) leaves numbers whole and unique.

A batch numbers the parcels from the band (one transaction), renders the PDF, then marks
the labels printed (another). Killed while rendering, the numbers stay with their orders,
nothing is marked printed, and printing again gives the very same numbers.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from desktop_oms.services.demo import fill_demo
from desktop_oms.services.stock import check_stock
from desktop_oms.services.waybills import ready_order_ids
from desktop_oms.storage.tables import Order, Shipment
from desktop_oms.storage.uow import Database
from tests.integration.kill_helpers import ROOT, kill_when_marked

#: A label batch that pauses inside its rendering, after the numbers were committed.
PAUSED_BATCH = """
import sys, time
from pathlib import Path
from desktop_oms.exchange.labels import LabelTemplate
from desktop_oms.services.labels import mark_printed, render_shipment_labels
from desktop_oms.services.waybill_band import assign_from_band
from desktop_oms.services.waybills import ready_order_ids
from desktop_oms.storage.uow import Database

db = Database.open(sys.argv[1])
marker = Path(sys.argv[2])
batch = assign_from_band(db, ready_order_ids(db), "CJ", "kill-test")

def progress(done, total):
    if not marker.exists():
        marker.write_text(f"{done} of {total} labels drawn")
        time.sleep(60)

render_shipment_labels(db, batch.shipment_ids, LabelTemplate.THERMAL_100X150, progress=progress)
mark_printed(db, batch.shipment_ids, "kill-test")
"""


def _numbers(db: Database) -> dict[int, str | None]:
    with db.reading() as s:
        rows = s.execute(
            select(Order.id, Shipment.waybill_no)
            .outerjoin(Shipment, Shipment.id == Order.shipment_id)
            .where(Order.id.in_(ready_order_ids(db)))
        ).all()
    return {oid: number for oid, number in rows}


def _printed(db: Database, order_ids: list[int]) -> int:
    """How many of these orders' parcels are marked printed."""
    with db.reading() as s:
        return int(
            s.scalar(
                select(func.count(func.distinct(Shipment.id)))
                .join(Order, Order.shipment_id == Shipment.id)
                .where(Order.id.in_(order_ids), Shipment.label_printed_at.is_not(None))
            )
            or 0
        )


def test_a_label_batch_killed_while_rendering_keeps_its_numbers_and_prints_them_again(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    fill_demo(db, 2_500, seed=11)
    ready = ready_order_ids(db)
    assert len(ready) > 50
    marker = tmp_path / "rendering.marker"
    kill_when_marked(
        PAUSED_BATCH,
        [db_url, str(marker)],
        marker,
        ended_early="the batch ended before it began rendering",
    )

    numbered = _numbers(db)
    assert all(numbered.values()), "every order of the batch keeps the number it was given"
    assert len(set(numbered.values())) == len(numbered), "no number given twice"
    assert _printed(db, ready) == 0, "nothing was marked printed"
    assert check_stock(db) == []
    if db_url.startswith("sqlite"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    done = subprocess.run(
        [sys.executable, "-c", PAUSED_BATCH, db_url, str(marker)],  # marker exists: no pause
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0
    assert _numbers(db) == numbered, "printing again hands out no new numbers"
    assert _printed(db, ready) == len(set(numbered.values()))
