"""What a mutating service changed, so each view refreshes only its own part."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_oms.domain.status import OrderStatus


@dataclass(frozen=True, slots=True)
class Refusal:
    """One order a service would not change, with the reason in Korean and English."""

    order_no: str
    message_ko: str
    message_en: str

    def __str__(self) -> str:
        return f"{self.message_ko} / {self.message_en}"


@dataclass(slots=True)
class Changes:
    """Orders, statuses and SKUs a service touched, and the orders it refused."""

    order_ids: set[int] = field(default_factory=set)
    statuses: set[OrderStatus] = field(default_factory=set)
    sku_ids: set[int] = field(default_factory=set)
    refused: list[Refusal] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.order_ids or self.sku_ids)

    def merge(self, other: Changes) -> Changes:
        self.order_ids |= other.order_ids
        self.statuses |= other.statuses
        self.sku_ids |= other.sku_ids
        self.refused.extend(other.refused)
        return self
