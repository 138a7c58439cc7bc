"""SQLAlchemy 2 typed tables for every part of the program (one schema, many migrations)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints alike."""

    metadata = MetaData(naming_convention=NAMING)


class Operator(Base):
    """A person working in the program: the owner or a staff member."""

    __tablename__ = "operators"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="OWNER")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class ShopSetting(Base):
    """A shop-wide setting shared by every PC (shop name, sender, deadlines …)."""

    __tablename__ = "shop_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Supplier(Base):
    """A supplier the shop orders goods from."""

    __tablename__ = "suppliers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    contact: Mapped[str] = mapped_column(String(200), default="")


class Product(Base):
    """A product as the shop sells it; its option combinations are SKUs."""

    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    skus: Mapped[list[Sku]] = relationship(back_populates="product")


class Sku(Base):
    """One option combination of a product, with cached stock figures."""

    __tablename__ = "skus"
    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("reserved >= 0", name="reserved_not_negative"),
        CheckConstraint("reserved <= on_hand", name="reserved_within_on_hand"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    code: Mapped[str] = mapped_column(String(60), unique=True)
    option_text: Mapped[str] = mapped_column(String(200), default="")
    barcode: Mapped[str | None] = mapped_column(String(60), index=True)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    cost: Mapped[int] = mapped_column(Integer, default=0)
    price: Mapped[int] = mapped_column(Integer, default=0)
    safety_stock: Mapped[int] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(String(40), default="")
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    product: Mapped[Product] = relationship(back_populates="skus")


class StockLedger(Base):
    """One change of a SKU's stock: on hand and reserved deltas, with its document."""

    __tablename__ = "stock_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    on_hand_delta: Mapped[int] = mapped_column(Integer, default=0)
    reserved_delta: Mapped[int] = mapped_column(Integer, default=0)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    purchase_order_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_orders.id"))
    document: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    operator: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(String(300), default="")


class Shipment(Base):
    """One parcel: one or more orders (합포장) under one waybill number."""

    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(30), unique=True)
    courier_code: Mapped[str | None] = mapped_column(String(20))
    waybill_no: Mapped[str | None] = mapped_column(String(30), unique=True)
    numbering: Mapped[str] = mapped_column(String(10), default="")
    label_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    sent_to_channel_at: Mapped[datetime | None] = mapped_column(DateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime)


class Order(Base):
    """A customer order with its status, payment, recipient and flags."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("channel", "channel_order_no", name="uq_orders_channel_order"),
        Index("ix_orders_status_id", "status", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(String(30), unique=True)
    channel: Mapped[str] = mapped_column(String(20), default="MANUAL")
    channel_order_no: Mapped[str] = mapped_column(String(60))
    #: The channel's shipment bundle (Coupang 묶음배송번호), which its dispatch upload names.
    channel_bundle_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    status: Mapped[str] = mapped_column(String(20))
    payment_state: Mapped[str] = mapped_column(String(20))
    payment_method: Mapped[str] = mapped_column(String(20))
    card_company: Mapped[str] = mapped_column(String(30), default="")
    installment_months: Mapped[int] = mapped_column(Integer, default=0)
    approval_no: Mapped[str] = mapped_column(String(40), default="")
    va_bank: Mapped[str] = mapped_column(String(30), default="")
    va_account: Mapped[str] = mapped_column(String(40), default="")
    deposit_deadline: Mapped[datetime | None] = mapped_column(DateTime)
    depositor_name: Mapped[str] = mapped_column(String(50), default="")
    total_amount: Mapped[int] = mapped_column(Integer, default=0)
    shipping_fee: Mapped[int] = mapped_column(Integer, default=0)
    refunded_amount: Mapped[int] = mapped_column(Integer, default=0)
    buyer_name: Mapped[str] = mapped_column(String(50), default="")
    buyer_phone: Mapped[str] = mapped_column(String(20), default="")
    recipient_name: Mapped[str] = mapped_column(String(50))
    recipient_phone: Mapped[str] = mapped_column(String(20))
    recipient_phone2: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    address_detail: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(String(300), default="")
    goods_summary: Mapped[str] = mapped_column(String(300), default="")
    ordered_at: Mapped[datetime] = mapped_column(DateTime)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    ship_by: Mapped[date | None] = mapped_column(Date, index=True)
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    hold_reason: Mapped[str] = mapped_column(String(200), default="")
    hold_until: Mapped[date | None] = mapped_column(Date)
    short_of_stock: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_matching: Mapped[bool] = mapped_column(Boolean, default=False)
    no_combine: Mapped[bool] = mapped_column(Boolean, default=False)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"), index=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    personal_data_purged: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.line_no"
    )

    #: Optimistic locking: an UPDATE from a stale copy matches no row and is refused.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class OrderLine(Base):
    """One product line of an order; `sku_id` is empty until the product is matched."""

    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    channel_line_no: Mapped[str] = mapped_column(String(60), default="")
    sku_id: Mapped[int | None] = mapped_column(ForeignKey("skus.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(200))
    option_text: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer, default=0)
    reserved_qty: Mapped[int] = mapped_column(Integer, default=0)
    cancelled_qty: Mapped[int] = mapped_column(Integer, default=0)
    order: Mapped[Order] = relationship(back_populates="lines")


class OrderEvent(Base):
    """One entry of an order's history: when, who, from, to, why."""

    __tablename__ = "order_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(300), default="")


class ImportBatch(Base):
    """One imported file: what was read and what came in."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    preset: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(50), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)


class ProductMapping(Base):
    """A channel's product + option text, remembered as one of the shop's SKUs."""

    __tablename__ = "product_mappings"
    __table_args__ = (
        UniqueConstraint("channel", "product_text", "option_text", name="uq_product_mappings"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    product_text: Mapped[str] = mapped_column(String(200))
    option_text: Mapped[str] = mapped_column(String(200), default="")
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))


class ImportPreset(Base):
    """A saved column mapping for a spreadsheet layout (orders, WMS stock, bank, courier)."""

    __tablename__ = "import_presets"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    mapping_json: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_import_presets"),)


class PurchaseOrder(Base):
    """A purchase order (발주) to one supplier."""

    __tablename__ = "purchase_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    po_no: Mapped[str] = mapped_column(String(30), unique=True)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    status: Mapped[str] = mapped_column(String(20), default="DRAFT")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(300), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class PurchaseOrderLine(Base):
    """One SKU of a purchase order, with what has been received so far."""

    __tablename__ = "purchase_order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    received_qty: Mapped[int] = mapped_column(Integer, default=0)
    unit_cost: Mapped[int] = mapped_column(Integer, default=0)


class PurchaseOrderEvent(Base):
    """One entry of a purchase order's history: created, edited, sent, received, …"""

    __tablename__ = "purchase_order_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")


class Receipt(Base):
    """One receiving action; its token makes pressing twice receive once."""

    __tablename__ = "receipts"
    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(60), unique=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(50), default="")


class WaybillBand(Base):
    """A band of waybill numbers a courier assigned to the shop."""

    __tablename__ = "waybill_bands"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_code: Mapped[str] = mapped_column(String(20), index=True)
    first_no: Mapped[int] = mapped_column(BigInteger)
    last_no: Mapped[int] = mapped_column(BigInteger)
    next_no: Mapped[int] = mapped_column(BigInteger)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Claim(Base):
    """A cancel, return or exchange on some lines of an order."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(300), default="")
    refund_amount: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    replacement_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))


class ClaimLine(Base):
    """One line and quantity of a claim, and what became of the returned goods."""

    __tablename__ = "claim_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    disposition: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(String(200), default="")


class AccessLog(Base):
    """Who did what with personal data, and why (kept at least a year)."""

    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    operator: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(20))
    order_ids: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(300), default="")


class ChangeCounter(Base):
    """One row per area, bumped by every change, so other PCs can poll cheaply."""

    __tablename__ = "change_counters"
    area: Mapped[str] = mapped_column(String(20), primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, default=0)
