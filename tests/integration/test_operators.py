"""Operator accounts: a PIN-less owner by default, PIN login, lockout, owner-only changes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop_oms.domain.permissions import PermissionDenied, Role
from desktop_oms.services.operators import (
    LoginRefused,
    OperatorError,
    create_operator,
    deactivate_operator,
    ensure_default_owner,
    list_operators,
    login,
    login_needed,
    set_pin,
    single_owner,
    update_operator,
)
from desktop_oms.services.privacy import DEFAULT_OWNER
from desktop_oms.storage.uow import Database
from tests.integration.privacy_helpers import at

NOW = at("2026-11-26 10:00")


@pytest.fixture
def shop(db: Database) -> Database:
    """A shop with its default owner and one staff member with PIN 2580."""
    ensure_default_owner(db)
    create_operator(db, DEFAULT_OWNER, "알바", Role.STAFF, "2580")
    return db


def test_a_new_shop_has_one_owner_대표_without_pin_and_no_login(db: Database) -> None:
    ensure_default_owner(db)
    ensure_default_owner(db)
    [owner] = list_operators(db)
    assert (owner.name, owner.role, owner.has_pin, owner.active) == (
        "대표",
        Role.OWNER,
        False,
        True,
    )
    assert not login_needed(db)
    assert single_owner(db) == DEFAULT_OWNER


def test_once_someone_has_a_pin_the_program_asks_who_is_working(shop: Database) -> None:
    assert login_needed(shop)
    assert [(o.name, o.role, o.has_pin) for o in list_operators(shop)] == [
        ("대표", Role.OWNER, False),
        ("알바", Role.STAFF, True),
    ]


def test_the_right_pin_logs_in_as_staff(shop: Database) -> None:
    viewer = login(shop, "알바", "2580", now=NOW)
    assert (viewer.name, viewer.role) == ("알바", Role.STAFF)


def test_a_wrong_pin_says_how_many_tries_are_left(shop: Database) -> None:
    with pytest.raises(LoginRefused, match="남은 횟수 4"):
        login(shop, "알바", "0000", now=NOW)


def test_five_wrong_pins_lock_the_account_for_30_seconds(shop: Database) -> None:
    for _ in range(4):
        with pytest.raises(LoginRefused, match="wrong PIN"):
            login(shop, "알바", "0000", now=NOW)
    with pytest.raises(LoginRefused, match="30초") as locked:
        login(shop, "알바", "0000", now=NOW)
    assert locked.value.locked_seconds == 30
    with pytest.raises(LoginRefused, match="잠겼습니다") as still:
        login(shop, "알바", "2580", now=NOW + timedelta(seconds=20))
    assert still.value.locked_seconds == 10
    assert login(shop, "알바", "2580", now=NOW + timedelta(seconds=31)).name == "알바"


def test_a_right_pin_resets_the_wrong_pin_count(shop: Database) -> None:
    for _ in range(4):
        with pytest.raises(LoginRefused):
            login(shop, "알바", "0000", now=NOW)
    login(shop, "알바", "2580", now=NOW)
    with pytest.raises(LoginRefused, match="남은 횟수 4"):
        login(shop, "알바", "0000", now=NOW)


def test_a_deactivated_or_unknown_operator_cannot_log_in(shop: Database) -> None:
    deactivate_operator(shop, DEFAULT_OWNER, "알바")
    with pytest.raises(LoginRefused, match="no such operator"):
        login(shop, "알바", "2580", now=NOW)
    with pytest.raises(LoginRefused, match="no such operator"):
        login(shop, "누구", "", now=NOW)


def test_staff_may_not_manage_accounts_but_may_change_their_own_pin(shop: Database) -> None:
    staff = login(shop, "알바", "2580", now=NOW)
    with pytest.raises(PermissionDenied, match="사용자 관리"):
        create_operator(shop, staff, "친구", Role.OWNER)
    with pytest.raises(PermissionDenied):
        set_pin(shop, staff, "대표", "1111")
    set_pin(shop, staff, "알바", "135790")
    assert login(shop, "알바", "135790", now=NOW).name == "알바"
    assert [o.name for o in list_operators(shop)] == ["대표", "알바"]


def test_a_taken_name_a_blank_name_or_a_bad_pin_is_refused_and_nothing_is_added(
    shop: Database,
) -> None:
    with pytest.raises(OperatorError, match="taken"):
        create_operator(shop, DEFAULT_OWNER, "알바", Role.STAFF)
    with pytest.raises(OperatorError, match="1~50"):
        create_operator(shop, DEFAULT_OWNER, "  ", Role.STAFF)
    with pytest.raises(OperatorError, match="4~12"):
        create_operator(shop, DEFAULT_OWNER, "새직원", Role.STAFF, "12")
    assert len(list_operators(shop)) == 2


def test_the_last_owner_can_be_neither_demoted_nor_switched_off(shop: Database) -> None:
    with pytest.raises(OperatorError, match="last owner"):
        update_operator(shop, DEFAULT_OWNER, "대표", role=Role.STAFF)
    with pytest.raises(OperatorError, match="last owner"):
        deactivate_operator(shop, DEFAULT_OWNER, "대표")
    create_operator(shop, DEFAULT_OWNER, "공동대표", Role.OWNER, "9999")
    deactivate_operator(shop, DEFAULT_OWNER, "대표")
    assert single_owner(shop) is not None
    assert single_owner(shop).name == "공동대표"  # type: ignore[union-attr]


def test_an_owner_renames_an_account(shop: Database) -> None:
    update_operator(shop, DEFAULT_OWNER, "알바", new_name="김알바")
    assert login(shop, "김알바", "2580", now=NOW).name == "김알바"


_WRONG_PIN = """
import sys
from desktop_oms.services.operators import LoginRefused, login
from desktop_oms.storage.uow import Database
try:
    login(Database.open(sys.argv[1]), "알바", "0000")
except LoginRefused as refused:
    print(refused.locked_seconds)
"""


@pytest.mark.slow
def test_wrong_pins_from_separate_processes_add_up_to_one_lockout(
    shop: Database, db_url: str
) -> None:
    import subprocess
    import sys

    def wrong_pin() -> int:
        done = subprocess.run(
            [sys.executable, "-c", _WRONG_PIN, db_url],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[2],
        )
        return int(done.stdout.strip())

    assert [wrong_pin() for _ in range(5)] == [0, 0, 0, 0, 30]
    with pytest.raises(LoginRefused, match="잠겼습니다"):
        login(shop, "알바", "2580")
