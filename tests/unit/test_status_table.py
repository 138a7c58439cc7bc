"""The transition table: every allowed and every refused move, and the enabled actions."""

from __future__ import annotations

import itertools

import pytest

from desktop_oms.domain.status import (
    Action,
    OrderStatus,
    TransitionRefused,
    allowed_actions,
    check_transition,
)

S = OrderStatus
ALLOWED = {
    (S.AWAITING_PAYMENT, S.PAID),
    (S.PAID, S.READY_TO_SHIP),
    (S.READY_TO_SHIP, S.SHIPPED),
    (S.SHIPPED, S.DELIVERED),
    (S.DELIVERED, S.CONFIRMED),
    (S.AWAITING_PAYMENT, S.CANCELLED),
    (S.PAID, S.CANCELLED),
    (S.READY_TO_SHIP, S.CANCELLED),
}


@pytest.mark.parametrize("source,target", sorted(ALLOWED))
def test_allowed_transition_is_found(source: OrderStatus, target: OrderStatus) -> None:
    transition = check_transition("X1", source, target)
    assert (transition.source, transition.target) == (source, target)


REFUSED = sorted(set(itertools.product(S, S)) - ALLOWED)


@pytest.mark.parametrize("source,target", REFUSED)
def test_refused_transition_names_order_and_rule(source: OrderStatus, target: OrderStatus) -> None:
    with pytest.raises(TransitionRefused) as refused:
        check_transition("20261126-000001", source, target)
    assert "20261126-000001" in refused.value.message_ko
    assert source.korean in refused.value.message_ko
    assert "20261126-000001" in refused.value.message_en


def test_shipped_order_cannot_be_cancelled_and_says_where_it_can_go() -> None:
    with pytest.raises(TransitionRefused) as refused:
        check_transition("A-1", S.SHIPPED, S.CANCELLED)
    assert "배송완료" in refused.value.message_ko


def test_actions_enabled_for_a_selection_are_those_allowed_for_every_order() -> None:
    assert allowed_actions({S.AWAITING_PAYMENT}) == {Action.CONFIRM_DEPOSIT, Action.CANCEL}
    assert allowed_actions({S.PAID, S.READY_TO_SHIP}) == {Action.CANCEL}
    assert allowed_actions({S.PAID, S.SHIPPED}) == set()
    assert allowed_actions({S.CONFIRMED}) == set()
    assert allowed_actions(set()) == set()
