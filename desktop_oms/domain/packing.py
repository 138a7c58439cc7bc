"""Scan-to-verify packing (검수): count scanned items against what a parcel must hold.

Pure logic with no database and no Qt: the packing dialog feeds it what the scanner
typed and shows the `ScanResult`; nothing is counted when a scan is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class ScanOutcome(StrEnum):
    """What one scan did to the parcel being packed."""

    COUNTED = "COUNTED"
    COMPLETE = "COMPLETE"
    WRONG_ITEM = "WRONG_ITEM"
    EXTRA_ITEM = "EXTRA_ITEM"
    UNKNOWN_CODE = "UNKNOWN_CODE"
    EMPTY = "EMPTY"

    @property
    def refused(self) -> bool:
        return self not in (ScanOutcome.COUNTED, ScanOutcome.COMPLETE)


@dataclass(frozen=True, slots=True)
class ExpectedItem:
    """One SKU the parcel must contain, with the codes a scanner may type for it."""

    sku_code: str
    name: str
    quantity: int
    barcode: str = ""
    option_text: str = ""

    def answers_to(self, code: str) -> bool:
        return code == normalize_code(self.sku_code) or (
            bool(self.barcode) and code == normalize_code(self.barcode)
        )


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The outcome of one scan, with the message for the status area."""

    outcome: ScanOutcome
    code: str
    message_ko: str
    message_en: str
    item: ExpectedItem | None = None

    @property
    def refused(self) -> bool:
        return self.outcome.refused


def normalize_code(text: str) -> str:
    """What a scanner typed, without spaces and hyphens, upper-cased."""
    return "".join(text.split()).replace("-", "").upper()


#: Maps a scanned code that is not in the parcel to the SKU it belongs to, if any.
Identify = Callable[[str], str | None]


def _nobody(_code: str) -> str | None:
    return None


@dataclass(slots=True)
class PackingSession:
    """One parcel on the packing table: expected items and what was scanned so far."""

    items: Sequence[ExpectedItem]
    identify: Identify = _nobody
    packed: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for item in self.items:
            self.packed.setdefault(item.sku_code, 0)

    @property
    def total_expected(self) -> int:
        return sum(item.quantity for item in self.items)

    @property
    def total_packed(self) -> int:
        return sum(self.packed.values())

    @property
    def complete(self) -> bool:
        return all(self.packed[i.sku_code] >= i.quantity for i in self.items)

    def remaining(self, item: ExpectedItem) -> int:
        return item.quantity - self.packed[item.sku_code]

    def scan(self, raw: str) -> ScanResult:
        """Count one scanned item, or refuse it (wrong, extra or unknown) counting nothing."""
        code = normalize_code(raw)
        if not code:
            return ScanResult(ScanOutcome.EMPTY, code, "빈 입력입니다.", "Nothing was scanned.")
        item = next((i for i in self.items if i.answers_to(code)), None)
        if item is None:
            return self._not_in_parcel(code)
        if self.remaining(item) <= 0:
            return ScanResult(
                ScanOutcome.EXTRA_ITEM,
                code,
                f"초과 상품입니다: {item.sku_code} {item.name}은(는) {item.quantity}개만 "
                "넣어야 합니다. 빼 주세요.",
                f"Extra item: only {item.quantity} of {item.sku_code} belong in this parcel.",
                item,
            )
        self.packed[item.sku_code] += 1
        if self.complete:
            return ScanResult(
                ScanOutcome.COMPLETE,
                code,
                f"검수 완료: {self.total_packed}개 모두 확인되었습니다.",
                f"Parcel complete: all {self.total_packed} items checked.",
                item,
            )
        return ScanResult(
            ScanOutcome.COUNTED,
            code,
            f"{item.sku_code} {item.name} 확인 ({self.packed[item.sku_code]}/{item.quantity})",
            f"{item.sku_code} counted ({self.packed[item.sku_code]}/{item.quantity})",
            item,
        )

    def _not_in_parcel(self, code: str) -> ScanResult:
        known = self.identify(code)
        if known is None:
            return ScanResult(
                ScanOutcome.UNKNOWN_CODE,
                code,
                f"등록되지 않은 바코드입니다: {code}",
                f"Unknown barcode: {code}",
            )
        return ScanResult(
            ScanOutcome.WRONG_ITEM,
            code,
            f"오배송 주의! 이 송장의 상품이 아닙니다: {known}. 빼 주세요.",
            f"Wrong item! {known} does not belong in this parcel.",
        )
