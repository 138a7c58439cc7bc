"""Combined shipment: candidates to one recipient, combining, and locking an order out."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_oms.services.combine import (
    CombineError,
    combine_candidates,
    combine_orders,
    set_no_combine,
)
from desktop_oms.services.order_creation import create_orders
from desktop_oms.storage.tables import Order, OrderEvent, Shipment
from desktop_oms.storage.uow import Database
from tests.conftest import NOW, add_sku, new_order


def _three_orders(db: Database) -> list[int]:
    add_sku(db, "A", 100)
    same_phone_other_format = new_order(("A", 1), phone="01012345678")
    create_orders(
        db,
        [new_order(("A", 1)), same_phone_other_format, new_order(("A", 2), name="김영희")],
        "me",
        now=NOW,
    )
    with db.reading() as s:
        return list(s.scalars(select(Order.id).order_by(Order.id)))


def test_orders_to_the_same_recipient_are_offered_and_combined_into_one_shipment(
    db: Database,
) -> None:
    first, second, _other = _three_orders(db)
    (group,) = combine_candidates(db)
    assert [o.order_id for o in group.orders] == [first, second]
    assert group.recipient_name == "홍길동"

    changes = combine_orders(db, [first, second], "me", now=NOW)
    assert changes.order_ids == {first, second}
    with db.reading() as s:
        shipment_ids = set(
            s.scalars(select(Order.shipment_id).where(Order.id.in_([first, second])))
        )
        assert len(shipment_ids) == 1 and None not in shipment_ids
        assert s.scalar(select(func.count()).select_from(Shipment)) == 1
        kinds = list(s.scalars(select(OrderEvent.kind).where(OrderEvent.kind == "COMBINED")))
    assert len(kinds) == 2
    assert combine_candidates(db) == []


def test_orders_to_different_recipients_are_refused(db: Database) -> None:
    first, _second, other = _three_orders(db)
    with pytest.raises(CombineError) as error:
        combine_orders(db, [first, other], "me", now=NOW)
    assert "같은 주문만" in str(error.value)


def test_an_order_locked_out_of_combining_is_no_candidate_and_is_refused(db: Database) -> None:
    first, second, _other = _three_orders(db)
    set_no_combine(db, [second], True, "me", now=NOW)
    assert combine_candidates(db) == []
    with pytest.raises(CombineError) as error:
        combine_orders(db, [first, second], "me", now=NOW)
    assert "합포장 제외" in str(error.value)
    set_no_combine(db, [second], False, "me", now=NOW)
    assert len(combine_candidates(db)) == 1


def test_orders_that_already_have_waybill_numbers_are_not_combined(db: Database) -> None:
    from tests.integration.test_claims_helpers import ready_order

    add_sku(db, "A-1", 10)
    first = ready_order(db, ("A-1", 1), waybill="723456789012")
    second = ready_order(db, ("A-1", 1), waybill="823456789012")
    with pytest.raises(CombineError) as refused:
        combine_orders(db, [first, second], "me", now=NOW)
    assert "이미 송장번호가 있어" in str(refused.value)
    with db.reading() as s:
        parcels = s.execute(
            select(Shipment.waybill_no, func.count(Order.id))
            .join(Order, Order.shipment_id == Shipment.id)
            .group_by(Shipment.waybill_no)
            .order_by(Shipment.waybill_no)
        ).all()
    assert [tuple(p) for p in parcels] == [("723456789012", 1), ("823456789012", 1)]
