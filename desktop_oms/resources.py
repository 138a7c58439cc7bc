"""Where the shipped resources (couriers, fonts, translations, icons) are found."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from desktop_oms.domain.couriers import CourierRegistry


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def courier_registry() -> CourierRegistry:
    """The courier registry shipped as data in resources/couriers/couriers.json."""
    return CourierRegistry.from_json(resource("couriers", "couriers.json").read_text("utf-8"))
