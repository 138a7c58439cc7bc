"""A database error's text (which reaches the log) never carries the row's personal data."""

from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from tests.conftest import NOW


def test_a_failed_insert_does_not_show_the_recipient_in_its_message(db: Database) -> None:
    row = dict(
        order_no="X-1", channel="MANUAL", channel_order_no="X-1", status="PAID",
        payment_state="PAID", payment_method="CARD", recipient_name="비밀스런이름",
        recipient_phone="010-9876-5432", address="서울 비밀구 비밀로 1", ordered_at=NOW,
        updated_at=NOW,
    )  # fmt: skip
    with db.unit_of_work() as uow:
        uow.session.execute(insert(Order), [row])
        with pytest.raises(IntegrityError) as error:
            uow.session.execute(insert(Order), [row])
    text = str(error.value)
    assert "order_no" in text or "uq_" in text or "UNIQUE" in text.upper()
    for secret in ("비밀스런이름", "010-9876-5432", "비밀로"):
        assert secret not in text
