"""Editing a draft purchase order: lines, costs and note change whole or not at all, and
a sent purchase order is the supplier's document and stays as it was."""

from __future__ import annotations

import pytest

from desktop_oms.services.purchase_edit import PoEdit, edit_purchase_order
from desktop_oms.services.purchase_history import purchase_order_history
from desktop_oms.services.purchasing import (
    PoLineInput,
    PurchasingError,
    cancel_purchase_order,
    create_purchase_order,
    purchase_order_detail,
    send_purchase_order,
)
from desktop_oms.storage.uow import Database
from tests.conftest import add_sku


@pytest.fixture
def draft(db: Database) -> str:
    """A draft: A-1 × 10 at 1,000 and B-2 × 4 at 500."""
    add_sku(db, "A-1", 0)
    add_sku(db, "B-2", 0)
    add_sku(db, "C-3", 0)
    lines = [PoLineInput("A-1", 10, 1000), PoLineInput("B-2", 4, 500)]
    return create_purchase_order(db, None, lines, "kim", note="첫 발주")


def lines_of(db: Database, po_no: str) -> list[tuple[str, int, int]]:
    return [
        (ln.sku_code, ln.quantity, ln.unit_cost) for ln in purchase_order_detail(db, po_no).lines
    ]


def test_changing_a_quantity_and_cost_is_saved_and_written_in_the_history(
    db: Database, draft: str
) -> None:
    result = edit_purchase_order(db, draft, PoEdit([PoLineInput("A-1", 12, 1100)]), "lee")

    assert lines_of(db, draft) == [("A-1", 12, 1100), ("B-2", 4, 500)]
    assert result.said == ["SKU A-1 수량 10 → 12", "SKU A-1 단가 1,000 → 1,100"]
    newest = purchase_order_history(db, draft)[0]
    assert (newest.kind.value, newest.operator) == ("EDITED", "lee")
    assert newest.detail == "SKU A-1 수량 10 → 12; SKU A-1 단가 1,000 → 1,100"


def test_a_sku_can_be_added_and_another_removed_and_the_note_changed(
    db: Database, draft: str
) -> None:
    edit = PoEdit([PoLineInput("C-3", 7, 300)], remove=["B-2"], note="추가 발주")

    edit_purchase_order(db, draft, edit, "lee")

    assert lines_of(db, draft) == [("A-1", 10, 1000), ("C-3", 7, 300)]
    assert purchase_order_detail(db, draft).note == "추가 발주"
    assert purchase_order_history(db, draft)[0].detail == (
        "SKU B-2 삭제 (수량 4); SKU C-3 추가 (수량 7, 단가 300); 비고 '첫 발주' → '추가 발주'"
    )


def test_setting_a_sku_already_on_the_po_changes_its_one_line(db: Database, draft: str) -> None:
    edit_purchase_order(db, draft, PoEdit([PoLineInput("B-2", 9)]), "lee")

    assert lines_of(db, draft) == [("A-1", 10, 1000), ("B-2", 9, 500)]


def test_the_same_sku_twice_when_creating_becomes_one_line(db: Database) -> None:
    add_sku(db, "A-1", 0)
    po_no = create_purchase_order(db, None, [PoLineInput("A-1", 3), PoLineInput("A-1", 2)], "kim")

    assert lines_of(db, po_no) == [("A-1", 5, 0)]


@pytest.mark.parametrize("quantity", [0, -3, 2.5])
def test_a_quantity_that_is_not_a_positive_whole_number_is_refused_and_nothing_changes(
    db: Database, draft: str, quantity: int
) -> None:
    edit = PoEdit([PoLineInput("B-2", 6), PoLineInput("A-1", quantity)], note="바뀌면 안 됨")

    with pytest.raises(PurchasingError, match="수량은 1 이상의 정수"):
        edit_purchase_order(db, draft, edit, "lee")

    assert lines_of(db, draft) == [("A-1", 10, 1000), ("B-2", 4, 500)]
    assert purchase_order_detail(db, draft).note == "첫 발주"
    assert [e.kind.value for e in purchase_order_history(db, draft)] == ["CREATED"]


def test_unknown_skus_and_removing_every_line_are_refused(db: Database, draft: str) -> None:
    with pytest.raises(PurchasingError, match="없는 상품코드: NOPE"):
        edit_purchase_order(db, draft, PoEdit([PoLineInput("NOPE", 1)]), "lee")
    with pytest.raises(PurchasingError, match="이 발주에 없는 상품입니다"):
        edit_purchase_order(db, draft, PoEdit(remove=["C-3"]), "lee")
    with pytest.raises(PurchasingError, match="품목이 하나는 있어야"):
        edit_purchase_order(db, draft, PoEdit(remove=["A-1", "B-2"]), "lee")

    assert lines_of(db, draft) == [("A-1", 10, 1000), ("B-2", 4, 500)]


def test_a_sent_purchase_order_cannot_be_edited(db: Database, draft: str) -> None:
    send_purchase_order(db, draft, "kim")

    with pytest.raises(PurchasingError) as refused:
        edit_purchase_order(db, draft, PoEdit([PoLineInput("A-1", 99)]), "lee")

    assert "공급처가 가진 문서" in refused.value.message_ko
    assert "can only be received or cancelled" in refused.value.message_en
    assert lines_of(db, draft)[0] == ("A-1", 10, 1000)


def test_a_cancelled_purchase_order_cannot_be_edited(db: Database, draft: str) -> None:
    cancel_purchase_order(db, draft, "kim", "중복")

    with pytest.raises(PurchasingError, match="취소된 발주는 수정할 수 없습니다"):
        edit_purchase_order(db, draft, PoEdit(note="다시"), "lee")


def test_an_edit_from_a_stale_screen_is_refused(db: Database, draft: str) -> None:
    seen = purchase_order_detail(db, draft).version
    edit_purchase_order(db, draft, PoEdit([PoLineInput("A-1", 11)]), "kim", seen_version=seen)

    with pytest.raises(PurchasingError, match="다른 PC에서 변경되었습니다"):
        edit_purchase_order(db, draft, PoEdit([PoLineInput("A-1", 20)]), "lee", seen_version=seen)

    assert lines_of(db, draft)[0] == ("A-1", 11, 1000)


def test_sending_or_cancelling_from_a_stale_screen_is_refused(db: Database, draft: str) -> None:
    seen = purchase_order_detail(db, draft).version
    edit_purchase_order(db, draft, PoEdit([PoLineInput("A-1", 100)]), "kim", seen_version=seen)

    # the screen still shows 10 of A-1: what the supplier would be sent is not what is stored
    for act in (send_purchase_order, cancel_purchase_order):
        with pytest.raises(PurchasingError, match="다른 PC에서 변경되었습니다"):
            act(db, draft, "lee", seen_version=seen)

    assert purchase_order_detail(db, draft).status.value == "DRAFT"
    fresh = purchase_order_detail(db, draft).version
    send_purchase_order(db, draft, "lee", seen_version=fresh)
    assert purchase_order_detail(db, draft).status.value == "SENT"


def test_an_edit_that_changes_nothing_writes_no_history(db: Database, draft: str) -> None:
    result = edit_purchase_order(db, draft, PoEdit([PoLineInput("A-1", 10)]), "lee")

    assert result.said == []
    assert [e.kind.value for e in purchase_order_history(db, draft)] == ["CREATED"]
