"""The courier registry and upload layouts are data the shop can read and edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_oms.domain.couriers import Verdict
from desktop_oms.domain.waybill_band import BandRefused, band_bounds
from desktop_oms.exchange.courier_files import copy_default_layouts, load_layout
from desktop_oms.resources import courier_registry, resource

SHIPPED = resource("templates", "courier_layouts")


def test_every_named_courier_has_codes_for_each_channel_and_a_layout() -> None:
    codes = {c.code for c in courier_registry()}
    assert codes == {"CJ", "LOTTE", "HANJIN", "EPOST", "LOGEN", "KDEXP", "OTHER"}
    for courier in courier_registry():
        assert set(courier.channel_codes) == {"smartstore", "coupang", "cafe24"}
        layout = load_layout(courier.code, SHIPPED)
        assert layout.courier == courier.code
        assert any(c.field == "shipment_key" for c in layout.columns)


def test_tracking_address_carries_the_number_without_dashes() -> None:
    cj = courier_registry().get("CJ")
    assert cj is not None
    assert cj.tracking_link("1234-5678-9012").endswith("wblNo=123456789012")


def test_an_unconfirmed_rule_only_warns_and_a_confirmed_one_refuses() -> None:
    epost, lotte = courier_registry().get("EPOST"), courier_registry().get("LOTTE")
    assert epost is not None and lotte is not None
    assert epost.check("123456789012").verdict is Verdict.WARNING
    assert lotte.check("123456789012").verdict is Verdict.REFUSED


def test_the_users_edited_layout_wins_over_the_shipped_one(tmp_path: Path) -> None:
    copied = copy_default_layouts(SHIPPED, tmp_path)
    assert (tmp_path / "CJ.json") in copied
    raw = json.loads((tmp_path / "CJ.json").read_text("utf-8"))
    raw["columns"].insert(0, {"header": "거래처코드", "value": "A123"})
    (tmp_path / "CJ.json").write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    layout = load_layout("CJ", SHIPPED, tmp_path)
    assert layout.columns[0].header == "거래처코드"
    assert copy_default_layouts(SHIPPED, tmp_path) == []  # never overwrites the user's edits


def test_a_band_for_lotte_with_a_wrong_check_digit_is_refused() -> None:
    lotte = courier_registry().get("LOTTE")
    assert lotte is not None
    good = lotte.with_check_digit(30_000_000_001)
    bad = good[:-1] + str((int(good[-1]) + 1) % 7)
    assert band_bounds(lotte, good, "30000000009") == (30_000_000_001, 30_000_000_009)
    with pytest.raises(BandRefused):
        band_bounds(lotte, bad, "30000000009")
