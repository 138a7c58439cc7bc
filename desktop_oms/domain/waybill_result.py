"""Sorting a courier's result rows (shipment key ↔ waybill number) before applying them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_oms.domain.couriers import Courier, Verdict


class RowVerdict(StrEnum):
    """What becomes of one row of a courier's result file."""

    MATCHED = "MATCHED"
    UNCHANGED = "UNCHANGED"
    UNMATCHED = "UNMATCHED"
    DUPLICATE = "DUPLICATE"
    INVALID = "INVALID"

    @property
    def korean(self) -> str:
        return {
            "MATCHED": "적용",
            "UNCHANGED": "이미 적용됨",
            "UNMATCHED": "일치 없음",
            "DUPLICATE": "중복",
            "INVALID": "오류",
        }[self.value]


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One data row of the result file as read: its sheet row number, key and number."""

    row_no: int
    key: str
    waybill_no: str


@dataclass(frozen=True, slots=True)
class KnownShipment:
    """What the database holds for a shipment key."""

    shipment_id: int
    courier_code: str | None
    waybill_no: str | None


@dataclass(frozen=True, slots=True)
class SortedRow:
    """A result row with its verdict and the reason shown in the preview."""

    row: ResultRow
    verdict: RowVerdict
    number: str = ""
    shipment_id: int | None = None
    courier_code: str = ""
    reason: str = ""
    warning: str = ""


@dataclass(slots=True)
class ResultPreview:
    """All rows of a result file, sorted; only MATCHED rows are applied."""

    rows: list[SortedRow] = field(default_factory=list)

    def count(self, verdict: RowVerdict) -> int:
        return sum(1 for r in self.rows if r.verdict is verdict)

    @property
    def to_apply(self) -> list[SortedRow]:
        return [r for r in self.rows if r.verdict is RowVerdict.MATCHED]


def sort_rows(
    rows: Sequence[ResultRow],
    known: Mapping[str, KnownShipment],
    used_numbers: Mapping[str, int],
    courier_of: Callable[[str | None], Courier],
) -> ResultPreview:
    """Classify each row: a number already used elsewhere or twice in the file is a
    duplicate, a number breaking a confirmed rule is invalid, a key we never issued is
    unmatched, a number the shipment already carries is unchanged."""
    preview = ResultPreview()
    numbers = Counter(normalize(r.waybill_no) for r in rows if r.waybill_no.strip())
    keys = Counter(r.key.strip() for r in rows if r.key.strip())
    for row in rows:
        target = known.get(row.key.strip())
        courier = courier_of(target.courier_code if target else None)
        preview.rows.append(_sort_one(courier, row, known, used_numbers, numbers, keys))
    return preview


def normalize(number: str) -> str:
    """A waybill number without the spaces and dashes couriers' files often carry."""
    return re.sub(r"[\s-]", "", number or "")


def _sort_one(
    courier: Courier,
    row: ResultRow,
    known: Mapping[str, KnownShipment],
    used: Mapping[str, int],
    numbers: Counter[str],
    keys: Counter[str],
) -> SortedRow:
    key = row.key.strip()
    number = normalize(row.waybill_no)
    if not key or not number:
        return SortedRow(row, RowVerdict.INVALID, number, reason="주문키 또는 송장번호가 비어 있음")
    check = courier.check(number)
    if check.verdict is Verdict.REFUSED:
        return SortedRow(row, RowVerdict.INVALID, number, reason=check.message_ko)
    warning = check.message_ko if check.verdict is Verdict.WARNING else ""
    target = known.get(key)
    if target is None:
        return SortedRow(row, RowVerdict.UNMATCHED, number, reason=f"없는 주문키: {key}")
    if target.waybill_no == number:
        return SortedRow(row, RowVerdict.UNCHANGED, number, target.shipment_id)
    if numbers[number] > 1 or keys[key] > 1:
        return SortedRow(
            row, RowVerdict.DUPLICATE, number, target.shipment_id, reason="파일 안에서 중복된 행"
        )
    owner = used.get(number)
    if owner is not None and owner != target.shipment_id:
        return SortedRow(
            row,
            RowVerdict.DUPLICATE,
            number,
            target.shipment_id,
            reason="다른 배송에 이미 쓰인 송장번호",
        )
    if target.waybill_no:
        return SortedRow(
            row,
            RowVerdict.DUPLICATE,
            number,
            target.shipment_id,
            reason=f"이미 다른 송장번호가 있음 ({target.waybill_no})",
        )
    return SortedRow(
        row, RowVerdict.MATCHED, number, target.shipment_id, courier.code, warning=warning
    )
