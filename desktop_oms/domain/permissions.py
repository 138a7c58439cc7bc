"""Who may do what: the one table of roles and permissions (owner and staff)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """An operator's role: the shop owner, or a staff member."""

    OWNER = "OWNER"
    STAFF = "STAFF"

    @property
    def korean(self) -> str:
        return "대표" if self is Role.OWNER else "직원"

    @classmethod
    def parse(cls, text: str) -> Role:
        """OWNER/STAFF or 대표/직원, any case; ValueError for anything else."""
        key = text.strip().upper()
        for role in cls:
            if key in (role.value, role.korean):
                return role
        raise ValueError(
            f"알 수 없는 역할입니다: {text!r} (대표 또는 직원) / "
            f"unknown role {text!r}: OWNER or STAFF"
        )


class Permission(StrEnum):
    """An action that some roles may take and others may not."""

    VIEW_ORDERS = "VIEW_ORDERS"
    EDIT_ORDERS = "EDIT_ORDERS"
    PRINT_LABELS = "PRINT_LABELS"
    REVEAL_PERSONAL = "REVEAL_PERSONAL"
    SEE_CLEAR_BY_DEFAULT = "SEE_CLEAR_BY_DEFAULT"
    EXPORT_ORDERS = "EXPORT_ORDERS"
    DELETE_ORDERS = "DELETE_ORDERS"
    PURGE_PERSONAL = "PURGE_PERSONAL"
    CHANGE_SETTINGS = "CHANGE_SETTINGS"
    VIEW_ACCESS_LOG = "VIEW_ACCESS_LOG"
    MANAGE_OPERATORS = "MANAGE_OPERATORS"

    @property
    def korean(self) -> str:
        return PERMISSION_KOREAN[self]


PERMISSION_KOREAN: dict[Permission, str] = {
    Permission.VIEW_ORDERS: "주문 조회",
    Permission.EDIT_ORDERS: "주문 처리",
    Permission.PRINT_LABELS: "송장 출력",
    Permission.REVEAL_PERSONAL: "개인정보 보기(기록됨)",
    Permission.SEE_CLEAR_BY_DEFAULT: "개인정보 항상 보기",
    Permission.EXPORT_ORDERS: "주문 엑셀 내보내기",
    Permission.DELETE_ORDERS: "주문 삭제",
    Permission.PURGE_PERSONAL: "개인정보 파기",
    Permission.CHANGE_SETTINGS: "설정 변경",
    Permission.VIEW_ACCESS_LOG: "접속기록 조회",
    Permission.MANAGE_OPERATORS: "사용자 관리",
}

_STAFF = frozenset(
    {
        Permission.VIEW_ORDERS,
        Permission.EDIT_ORDERS,
        Permission.PRINT_LABELS,
        Permission.REVEAL_PERSONAL,
        Permission.EXPORT_ORDERS,
    }
)

#: The one permission table; services check it, the GUI enables its menus from it.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.STAFF: _STAFF,
}


class PermissionDenied(Exception):
    """The operator's role does not allow the action; Korean first, then English."""

    def __init__(self, role: Role, permission: Permission) -> None:
        self.role = role
        self.permission = permission
        self.message_ko = f"{role.korean} 계정은 '{permission.korean}' 권한이 없습니다."
        self.message_en = f"The {role.value} role may not do {permission.value}."
        super().__init__(f"{self.message_ko} / {self.message_en}")


def allowed(role: Role | str, permission: Permission) -> bool:
    """Whether `role` may take `permission` (an unknown role may do nothing)."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(role: Role | str, permission: Permission) -> None:
    """PermissionDenied unless `role` may take `permission`."""
    if not allowed(role, permission):
        try:
            known = Role(role)
        except ValueError:
            known = Role.STAFF
        raise PermissionDenied(known, permission)
