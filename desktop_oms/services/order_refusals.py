"""Why an order may not move: the refusals a status change gives, in Korean and English."""

from __future__ import annotations

from desktop_oms.domain.status import Action, OrderStatus, TransitionRefused
from desktop_oms.storage.tables import Order


def refuse(order: Order, ko: str, en: str) -> TransitionRefused:
    return TransitionRefused(
        order.order_no, f"주문 {order.order_no}: {ko}", f"Order {order.order_no}: {en}"
    )


def stale(order_no: str) -> TransitionRefused:
    return TransitionRefused(
        order_no,
        f"주문 {order_no}은(는) 다른 PC에서 변경되었습니다 — 다시 불러오세요.",
        f"Order {order_no} was changed by someone else — reload.",
    )


def refuse_action(order: Order, action: Action, source: OrderStatus) -> TransitionRefused:
    from desktop_oms.domain.status import sources_of

    allowed = "·".join(s.korean for s in sorted(sources_of(action), key=list(OrderStatus).index))
    allowed_en = ", ".join(s.value for s in sources_of(action))
    return refuse(
        order,
        f"{source.korean} 상태에서는 '{ACTION_KO[action]}'을(를) 할 수 없습니다 "
        f"({allowed} 상태에서만 가능).",
        f"'{action.value}' is not allowed from {source.value} (only from {allowed_en}).",
    )


ACTION_KO: dict[Action, str] = {
    Action.CONFIRM_DEPOSIT: "입금확인",
    Action.RESERVE_STOCK: "재고할당 후 배송준비",
    Action.CANCEL: "주문취소",
    Action.MARK_SHIPPED: "발송처리",
    Action.MARK_DELIVERED: "배송완료 처리",
    Action.CONFIRM_PURCHASE: "구매확정",
}
