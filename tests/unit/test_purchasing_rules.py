"""The purchase-order state table, receiving limits and suggested quantities."""

from __future__ import annotations

from desktop_oms.domain.purchasing import (
    PoAction,
    PoStatus,
    SuggestionInput,
    allowed_po_actions,
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
