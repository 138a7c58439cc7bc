"""The packing session counts right items and refuses wrong, extra and unknown ones."""

from __future__ import annotations

from desktop_oms.domain.packing import ExpectedItem, PackingSession, ScanOutcome, normalize_code


def _session() -> PackingSession:
    items = [
        ExpectedItem("TS-RED-M", "티셔츠", 2, barcode="8801234000011"),
        ExpectedItem("CAP-01", "모자", 1, barcode="8801234000028"),
    ]
    catalogue = {"8809999000001": "MUG-01 머그컵"}
    return PackingSession(items, identify=catalogue.get)


def test_right_items_are_counted_until_the_parcel_is_complete() -> None:
    session = _session()
    assert session.scan("8801234000011").outcome is ScanOutcome.COUNTED
    assert session.scan("cap-01").outcome is ScanOutcome.COUNTED
    last = session.scan("8801234000011\n")
    assert last.outcome is ScanOutcome.COMPLETE
    assert "검수 완료" in last.message_ko
    assert session.complete and session.total_packed == 3


def test_a_wrong_item_is_refused_and_nothing_is_counted() -> None:
    session = _session()
    result = session.scan("8809999000001")
    assert result.refused and result.outcome is ScanOutcome.WRONG_ITEM
    assert "오배송" in result.message_ko and "MUG-01" in result.message_ko
    assert session.total_packed == 0


def test_an_extra_item_is_refused_once_its_quantity_is_reached() -> None:
    session = _session()
    session.scan("CAP-01")
    result = session.scan("8801234000028")
    assert result.outcome is ScanOutcome.EXTRA_ITEM
    assert "초과" in result.message_ko
    assert session.packed["CAP-01"] == 1


def test_an_unknown_barcode_is_refused() -> None:
    session = _session()
    result = session.scan("0000000")
    assert result.outcome is ScanOutcome.UNKNOWN_CODE
    assert "등록되지 않은 바코드" in result.message_ko
    assert not session.complete


def test_an_empty_scan_counts_nothing() -> None:
    assert _session().scan("  ").outcome is ScanOutcome.EMPTY


def test_codes_are_compared_without_spaces_hyphens_or_case() -> None:
    assert normalize_code(" 1234-5678-9012 ") == "123456789012"
    assert normalize_code("ts-red-m") == "TSREDM"
