"""Sorting a courier's result rows before anything is applied."""

from __future__ import annotations

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.waybill_result import KnownShipment, ResultRow, RowVerdict, sort_rows
from desktop_oms.resources import courier_registry


def courier_of(code: str | None) -> Courier:
    found = courier_registry().get(code or "CJ")
    assert found is not None
    return found


KNOWN = {
    "S1": KnownShipment(1, "CJ", None),
    "S2": KnownShipment(2, "CJ", "612345678902"),
    "S3": KnownShipment(3, "CJ", None),
}


def verdicts(rows: list[ResultRow], used: dict[str, int] | None = None) -> list[RowVerdict]:
    return [r.verdict for r in sort_rows(rows, KNOWN, used or {}, courier_of).rows]


def test_each_kind_of_row_gets_its_verdict() -> None:
    rows = [
        ResultRow(2, "S1", "6123-4567-8901"),
        ResultRow(3, "S2", "612345678902"),
        ResultRow(4, "S9", "612345678903"),
        ResultRow(5, "S3", ""),
    ]
    assert verdicts(rows) == [
        RowVerdict.MATCHED,
        RowVerdict.UNCHANGED,
        RowVerdict.UNMATCHED,
        RowVerdict.INVALID,
    ]


def test_a_number_used_by_another_shipment_is_a_duplicate() -> None:
    rows = [ResultRow(2, "S1", "612345678902")]
    assert verdicts(rows, {"612345678902": 2}) == [RowVerdict.DUPLICATE]


def test_the_same_number_twice_in_one_file_applies_neither_row() -> None:
    rows = [ResultRow(2, "S1", "612345678909"), ResultRow(3, "S3", "612345678909")]
    assert verdicts(rows) == [RowVerdict.DUPLICATE, RowVerdict.DUPLICATE]


def test_a_cj_number_of_odd_length_is_applied_with_a_warning() -> None:
    (row,) = sort_rows([ResultRow(2, "S1", "12345678901")], KNOWN, {}, courier_of).rows
    assert row.verdict is RowVerdict.MATCHED
    assert "형식" in row.warning
