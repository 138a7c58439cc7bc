"""The permission table: what the owner and staff may do."""

from __future__ import annotations

import pytest

from desktop_oms.domain.permissions import (
    Permission,
    PermissionDenied,
    Role,
    allowed,
    require,
)


def test_owner_may_do_everything() -> None:
    assert all(allowed(Role.OWNER, p) for p in Permission)


@pytest.mark.parametrize(
    "permission",
    [
        Permission.DELETE_ORDERS,
        Permission.PURGE_PERSONAL,
        Permission.CHANGE_SETTINGS,
        Permission.VIEW_ACCESS_LOG,
        Permission.MANAGE_OPERATORS,
        Permission.SEE_CLEAR_BY_DEFAULT,
    ],
)
def test_staff_may_not_delete_purge_change_settings_or_read_the_log(
    permission: Permission,
) -> None:
    assert not allowed(Role.STAFF, permission)


def test_staff_may_work_orders_print_export_and_ask_to_show_personal_data() -> None:
    for permission in (
        Permission.VIEW_ORDERS,
        Permission.EDIT_ORDERS,
        Permission.PRINT_LABELS,
        Permission.EXPORT_ORDERS,
        Permission.REVEAL_PERSONAL,
    ):
        assert allowed(Role.STAFF, permission)


def test_an_unknown_role_may_do_nothing() -> None:
    assert not allowed("GUEST", Permission.VIEW_ORDERS)


def test_refusal_names_role_and_action_in_korean_then_english() -> None:
    with pytest.raises(PermissionDenied) as refused:
        require(Role.STAFF, Permission.PURGE_PERSONAL)
    assert str(refused.value) == (
        "직원 계정은 '개인정보 파기' 권한이 없습니다. / The STAFF role may not do PURGE_PERSONAL."
    )


def test_roles_are_read_in_korean_or_english() -> None:
    assert Role.parse("staff") is Role.STAFF
    assert Role.parse("대표") is Role.OWNER
    with pytest.raises(ValueError, match="unknown role"):
        Role.parse("boss")
