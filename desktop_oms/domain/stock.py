"""The stock rule: available = on hand - reserved, never negative, never reserved twice."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LedgerKind(StrEnum):
    """Why a stock figure changed; one ledger row per change (SPEC §3)."""

    RECEIPT = "RECEIPT"
    RESERVE = "RESERVE"
    RELEASE = "RELEASE"
    SHIPMENT = "SHIPMENT"
    RETURN = "RETURN"
    ADJUSTMENT = "ADJUSTMENT"
    WMS_SYNC = "WMS_SYNC"
    OPENING = "OPENING"

    @property
    def korean(self) -> str:
        return {
            LedgerKind.RECEIPT: "입고",
            LedgerKind.RESERVE: "할당",
            LedgerKind.RELEASE: "할당해제",
            LedgerKind.SHIPMENT: "출고",
            LedgerKind.RETURN: "반품입고",
            LedgerKind.ADJUSTMENT: "재고조정",
            LedgerKind.WMS_SYNC: "WMS 동기화",
            LedgerKind.OPENING: "기초재고",
        }[self]


@dataclass(frozen=True, slots=True)
class StockFigures:
    """The cached figures of one SKU."""

    on_hand: int
    reserved: int
    safety_stock: int = 0

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def below_safety(self) -> bool:
        return self.available <= self.safety_stock

    def can_reserve(self, quantity: int) -> bool:
        """Whether `quantity` more can be reserved without overselling."""
        return quantity > 0 and self.available >= quantity


def reservation_shortfall(needed: dict[int, int], available: dict[int, int]) -> dict[int, int]:
    """Per SKU id, how many units are missing to cover `needed` out of `available`."""
    return {
        sku: qty - max(available.get(sku, 0), 0)
        for sku, qty in needed.items()
        if qty > available.get(sku, 0)
    }
