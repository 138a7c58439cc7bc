"""A band of waybill numbers a courier gave the shop: bounds, numbers, what is left."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_oms.domain.couriers import Courier


class BandRefused(ValueError):
    """A band or a request for numbers was refused; Korean then English."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


def band_serial(courier: Courier, text: str) -> int:
    """The serial (number without check digit) of a band bound as the courier wrote it.

    Where the courier's check-digit rule is known, a full number (with its valid check
    digit) is accepted as well as the bare serial.
    """
    digits = courier.normalize(str(text))
    if not digits.isdigit():
        raise BandRefused(f"숫자가 아닙니다: {text!r}", f"Not a number: {text!r}")
    if courier.check_digit and courier.check(digits).verdict.value == "OK":
        return int(digits[:-1])
    full = courier.with_check_digit(int(digits))
    if courier.check(full).refused:
        raise BandRefused(
            f"{courier.name} 송장번호 대역이 아닙니다: {text}",
            f"Not a {courier.name_en} waybill band bound: {text}",
        )
    return int(digits)


def band_bounds(courier: Courier, first: str, last: str) -> tuple[int, int]:
    """First and last serial of a new band, refused when reversed or malformed."""
    low, high = band_serial(courier, first), band_serial(courier, last)
    if high < low:
        raise BandRefused(
            "마지막 번호가 첫 번호보다 작습니다.", "The last number is below the first."
        )
    return low, high


def numbers_for(courier: Courier, serials: range) -> list[str]:
    """Full waybill numbers (check digit added where known) for the given serials."""
    return [courier.with_check_digit(n) for n in serials]


@dataclass(frozen=True, slots=True)
class BandStatus:
    """One band as the user sees it: range, next number, numbers left, low warning."""

    band_id: int
    courier_code: str
    first_no: int
    last_no: int
    next_no: int
    active: bool
    low_warning: int

    @property
    def remaining(self) -> int:
        return max(0, self.last_no - self.next_no + 1)

    @property
    def low(self) -> bool:
        return self.active and self.remaining <= self.low_warning
