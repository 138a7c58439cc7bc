"""Who is looking: masked or clear personal data on screens, and the logged "show"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_oms.domain.permissions import Permission, Role, allowed, require
from desktop_oms.domain.privacy import mask_address, mask_name, mask_phone
from desktop_oms.services.access_log import AccessAction, record
from desktop_oms.services.shop_settings import ShopSettings, save_shop_settings
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database

DEFAULT_OWNER_NAME = "대표"
PURGED_NAME = "(파기됨)"


@dataclass(frozen=True, slots=True)
class Viewer:
    """The operator working now, and what their role lets them see and do."""

    name: str
    role: Role = Role.OWNER

    @property
    def sees_clear(self) -> bool:
        """Whether tables show personal data in clear without an explicit, logged "show"."""
        return allowed(self.role, Permission.SEE_CLEAR_BY_DEFAULT)

    def may(self, permission: Permission) -> bool:
        return allowed(self.role, permission)

    def require(self, permission: Permission) -> None:
        """PermissionDenied (Korean / English) unless this viewer's role allows it."""
        require(self.role, permission)

    def display_name(self, name: str) -> str:
        if self.sees_clear or name == PURGED_NAME:
            return name
        return mask_name(name)

    def display_phone(self, phone: str) -> str:
        return phone if self.sees_clear else mask_phone(phone)

    def display_address(self, address: str) -> str:
        return address if self.sees_clear else mask_address(address)


#: The viewer of a one-PC shop that never set up accounts.
DEFAULT_OWNER = Viewer(DEFAULT_OWNER_NAME, Role.OWNER)


@dataclass(frozen=True, slots=True)
class ClearContact:
    """An order's personal data in clear, handed out only by `reveal`."""

    order_id: int
    order_no: str
    recipient_name: str
    recipient_phone: str
    recipient_phone2: str
    postal_code: str
    address: str
    address_detail: str
    buyer_name: str
    buyer_phone: str
    message: str


class RevealRefused(ValueError):
    """A "show" was refused (bad input); Korean first, then English."""


def reveal(
    db: Database,
    viewer: Viewer,
    order_ids: Iterable[int],
    reason: str = "",
    *,
    now: datetime | None = None,
) -> list[ClearContact]:
    """Personal data of `order_ids` in clear, after logging who asked and why (VIEW_CLEAR).

    The log row and the read share one transaction: no clear data without its log row."""
    viewer.require(Permission.REVEAL_PERSONAL)
    ids = sorted(set(order_ids))
    if not ids:
        raise RevealRefused("선택한 주문이 없습니다 / no orders selected")
    with db.unit_of_work() as uow:
        orders = uow.session.scalars(select(Order).where(Order.id.in_(ids))).all()
        found = sorted(orders, key=lambda o: o.id)
        if not found:
            raise RevealRefused("해당 주문이 없습니다 / no such orders")
        contacts = [_contact(o) for o in found]
        record(uow, viewer.name, AccessAction.VIEW_CLEAR, [o.id for o in found], reason, now=now)
        uow.commit()
    return contacts


def _contact(order: Order) -> ClearContact:
    return ClearContact(
        order_id=order.id,
        order_no=order.order_no,
        recipient_name=order.recipient_name,
        recipient_phone=order.recipient_phone,
        recipient_phone2=order.recipient_phone2,
        postal_code=order.postal_code,
        address=order.address,
        address_detail=order.address_detail,
        buyer_name=order.buyer_name,
        buyer_phone=order.buyer_phone,
        message=order.message,
    )


def save_settings_as(db: Database, viewer: Viewer, settings: ShopSettings) -> None:
    """Save shop settings only when the viewer's role may change them (staff may not)."""
    viewer.require(Permission.CHANGE_SETTINGS)
    save_shop_settings(db, settings)
