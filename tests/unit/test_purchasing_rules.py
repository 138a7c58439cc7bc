"""The purchase-order state table, receiving limits and suggested quantities."""

from __future__ import annotations

from desktop_oms.domain.purchasing import (
    DraftLine,
    PoAction,
    PoStatus,
    SuggestionInput,
    allowed_po_actions,
    describe_edit,
    edit_refusal_text,
    po_allows,
    receipt_problem,
    refusal_text,
    status_after_receipt,
    suggested_quantity,
)


def test_a_draft_can_be_edited_sent_or_cancelled_but_not_received() -> None:
    assert allowed_po_actions(PoStatus.DRAFT) == {PoAction.EDIT, PoAction.SEND, PoAction.CANCEL}


def test_a_sent_order_can_be_received_or_cancelled() -> None:
    assert allowed_po_actions(PoStatus.SENT) == {PoAction.RECEIVE, PoAction.CANCEL}
    assert po_allows(PoAction.RECEIVE, PoStatus.PARTLY_RECEIVED)


def test_received_and_cancelled_orders_are_final() -> None:
    assert allowed_po_actions(PoStatus.RECEIVED) == set()
    assert allowed_po_actions(PoStatus.CANCELLED) == set()


def test_refusal_names_the_status_and_where_the_action_is_allowed() -> None:
    ko, en = refusal_text("PO20261126-0001", PoAction.SEND, PoStatus.RECEIVED)
    assert "입고완료 상태에서는 발주 전송" in ko
    assert "작성중 상태에서만" in ko
    assert "not allowed from RECEIVED" in en


def test_status_after_receipt_is_partly_until_every_line_is_complete() -> None:
    assert status_after_receipt([(5, 5), (3, 1)]) is PoStatus.PARTLY_RECEIVED
    assert status_after_receipt([(5, 5), (3, 3)]) is PoStatus.RECEIVED


def test_receiving_more_than_the_rest_of_a_line_is_refused() -> None:
    assert receipt_problem(10, 4, 6) is None
    problem = receipt_problem(10, 4, 7)
    assert problem is not None and "잔량(6)" in problem
    assert receipt_problem(10, 0, -1) is not None


def test_suggestion_is_need_plus_safety_minus_free_stock_and_what_is_on_order() -> None:
    assert suggested_quantity(SuggestionInput(8, 5, on_hand=3, reserved=1, on_order=4)) == 7


def test_suggestion_is_never_negative() -> None:
    assert suggested_quantity(SuggestionInput(1, 0, on_hand=10, reserved=0, on_order=0)) == 0


def test_reserved_stock_is_not_counted_as_free() -> None:
    assert suggested_quantity(SuggestionInput(2, 0, on_hand=3, reserved=5, on_order=0)) == 2


def test_an_edit_is_described_change_by_change_in_korean() -> None:
    before = {"A-1": DraftLine(10, 1000), "B-2": DraftLine(4, 500)}
    after = {"A-1": DraftLine(12, 1000), "C-3": DraftLine(1, 0)}

    assert describe_edit(before, after, ("", "급함")) == [
        "SKU A-1 수량 10 → 12",
        "SKU B-2 삭제 (수량 4)",
        "SKU C-3 추가 (수량 1, 단가 0)",
        "비고 '' → '급함'",
    ]


def test_only_a_draft_may_be_edited_and_a_sent_po_says_why() -> None:
    assert [s for s in PoStatus if po_allows(PoAction.EDIT, s)] == [PoStatus.DRAFT]
    ko, en = edit_refusal_text("PO1", PoStatus.PARTLY_RECEIVED)
    assert "입고처리와 발주 취소만" in ko and "supplier already has" in en
