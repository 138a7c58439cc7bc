"""Translated names of statuses, actions, payment words, couriers and presets in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_oms.domain.couriers import Courier
from desktop_oms.domain.payment import PaymentMethod, PaymentState
from desktop_oms.domain.purchasing import PoStatus
from desktop_oms.domain.status import Action, OrderStatus
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.exchange.channel_presets import COUPANG, GENERIC, SMARTSTORE


def status_text(status: OrderStatus) -> str:
    """결제전, 상품준비중, … in the chosen language."""
    names = {
        OrderStatus.AWAITING_PAYMENT: QCoreApplication.translate("Labels", "결제전"),
        OrderStatus.PAID: QCoreApplication.translate("Labels", "상품준비중"),
        OrderStatus.READY_TO_SHIP: QCoreApplication.translate("Labels", "배송준비중"),
        OrderStatus.SHIPPED: QCoreApplication.translate("Labels", "배송중"),
        OrderStatus.DELIVERED: QCoreApplication.translate("Labels", "배송완료"),
        OrderStatus.CONFIRMED: QCoreApplication.translate("Labels", "구매확정"),
        OrderStatus.CANCELLED: QCoreApplication.translate("Labels", "취소"),
    }
    return names[status]


def status_value_text(value: str | None) -> str:
    """A stored status value in words; unknown values as they are."""
    if not value:
        return ""
    try:
        return status_text(OrderStatus(value))
    except ValueError:
        return value


def action_text(action: Action) -> str:
    """The button text of an action."""
    names = {
        Action.CONFIRM_DEPOSIT: QCoreApplication.translate("Labels", "입금확인"),
        Action.RESERVE_STOCK: QCoreApplication.translate("Labels", "재고할당 → 배송준비"),
        Action.CANCEL: QCoreApplication.translate("Labels", "주문취소"),
        Action.MARK_SHIPPED: QCoreApplication.translate("Labels", "발송처리"),
        Action.MARK_DELIVERED: QCoreApplication.translate("Labels", "배송완료 처리"),
        Action.CONFIRM_PURCHASE: QCoreApplication.translate("Labels", "구매확정", "action"),
    }
    return names[action]


def payment_text(method: PaymentMethod) -> str:
    names = {
        PaymentMethod.CARD: QCoreApplication.translate("Labels", "신용카드"),
        PaymentMethod.VIRTUAL_ACCOUNT: QCoreApplication.translate("Labels", "가상계좌"),
        PaymentMethod.MOBILE: QCoreApplication.translate("Labels", "휴대폰결제"),
        PaymentMethod.REALTIME_TRANSFER: QCoreApplication.translate("Labels", "실시간 계좌이체"),
        PaymentMethod.BANK_DEPOSIT: QCoreApplication.translate("Labels", "무통장입금"),
        PaymentMethod.NAVER_PAY: QCoreApplication.translate("Labels", "네이버페이"),
        PaymentMethod.KAKAO_PAY: QCoreApplication.translate("Labels", "카카오페이"),
        PaymentMethod.SAMSUNG_PAY: QCoreApplication.translate("Labels", "삼성페이"),
        PaymentMethod.TOSS_PAY: QCoreApplication.translate("Labels", "토스페이"),
    }
    return names[method]


def payment_state_text(state: PaymentState) -> str:
    names = {
        PaymentState.UNPAID: QCoreApplication.translate("Labels", "미결제"),
        PaymentState.PAID: QCoreApplication.translate("Labels", "결제완료"),
        PaymentState.PARTLY_REFUNDED: QCoreApplication.translate("Labels", "부분환불"),
        PaymentState.REFUNDED: QCoreApplication.translate("Labels", "환불완료"),
    }
    return names[state]


def is_english() -> bool:
    """True when the English translation is loaded (for the Korean/English service texts)."""
    return QCoreApplication.translate("Labels", "한국어") == "English"


def courier_label(courier: Courier) -> str:
    """The courier's English name in the English UI, its Korean name otherwise."""
    return courier.name_en if is_english() else courier.name


def po_status_text(status: PoStatus) -> str:
    """작성중, 발주완료, … of a purchase order in the chosen language."""
    names = {
        PoStatus.DRAFT: QCoreApplication.translate("Labels", "작성중"),
        PoStatus.SENT: QCoreApplication.translate("Labels", "발주완료"),
        PoStatus.PARTLY_RECEIVED: QCoreApplication.translate("Labels", "부분입고"),
        PoStatus.RECEIVED: QCoreApplication.translate("Labels", "입고완료"),
        PoStatus.CANCELLED: QCoreApplication.translate("Labels", "취소"),
    }
    return names[status]


def ledger_kind_text(kind: LedgerKind) -> str:
    """Why a stock figure changed (입고, 할당, …) in the chosen language."""
    names = {
        LedgerKind.RECEIPT: QCoreApplication.translate("Labels", "입고"),
        LedgerKind.RESERVE: QCoreApplication.translate("Labels", "할당"),
        LedgerKind.RELEASE: QCoreApplication.translate("Labels", "할당해제"),
        LedgerKind.SHIPMENT: QCoreApplication.translate("Labels", "출고"),
        LedgerKind.RETURN: QCoreApplication.translate("Labels", "반품입고"),
        LedgerKind.ADJUSTMENT: QCoreApplication.translate("Labels", "재고조정"),
        LedgerKind.WMS_SYNC: QCoreApplication.translate("Labels", "WMS 동기화"),
        LedgerKind.OPENING: QCoreApplication.translate("Labels", "기초재고"),
    }
    return names[kind]


def preset_text(name: str) -> str:
    """A built-in order-file layout's name in the chosen language; a saved one's as typed."""
    names = {
        SMARTSTORE.name: QCoreApplication.translate("Labels", "네이버 스마트스토어"),
        COUPANG.name: QCoreApplication.translate("Labels", "쿠팡"),
        GENERIC.name: QCoreApplication.translate("Labels", "일반 양식"),
    }
    return names.get(name, name)
