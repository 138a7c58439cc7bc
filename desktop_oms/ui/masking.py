"""Rows and details as the viewer may see them: masked for staff, clear for the owner."""

from __future__ import annotations

from dataclasses import replace

from desktop_oms.services.privacy import Viewer
from desktop_oms.services.queries import OrderDetail, OrderRow


def masked_row(viewer: Viewer, row: OrderRow) -> OrderRow:
    """The row with name, phone and address as `viewer` may see them."""
    return replace(
        row,
        recipient_name=viewer.display_name(row.recipient_name),
        recipient_phone=viewer.display_phone(row.recipient_phone),
        address=viewer.display_address(row.address),
    )


def masked_detail(viewer: Viewer, detail: OrderDetail) -> OrderDetail:
    """The detail pane's data with every personal field as `viewer` may see it."""
    hidden = not viewer.sees_clear
    return replace(
        detail,
        row=masked_row(viewer, detail.row),
        buyer_name=viewer.display_name(detail.buyer_name),
        recipient_phone2=viewer.display_phone(detail.recipient_phone2)
        if detail.recipient_phone2
        else "",
        address_detail="***" if hidden and detail.address_detail else detail.address_detail,
    )
