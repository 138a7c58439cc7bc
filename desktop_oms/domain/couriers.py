"""The courier registry as data, and the waybill-number rules it carries (SPEC §4)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    """What a waybill number check says."""

    OK = "OK"
    WARNING = "WARNING"
    REFUSED = "REFUSED"


@dataclass(frozen=True, slots=True)
class WaybillCheck:
    """The verdict on one number, with the reason in Korean and English."""

    verdict: Verdict
    message_ko: str = ""
    message_en: str = ""

    @property
    def refused(self) -> bool:
        return self.verdict is Verdict.REFUSED


def mod7_check_digit(body: str) -> int:
    """롯데: the 12th digit is the first 11 digits, read as a number, mod 7."""
    return int(body) % 7


CHECK_DIGIT_RULES = {"mod7": mod7_check_digit}


@dataclass(frozen=True, slots=True)
class Courier:
    """One courier: codes per channel, waybill pattern, check-digit rule, tracking page."""

    code: str
    name: str
    name_en: str
    pattern: str
    check_digit: str | None = None
    rule_confirmed: bool = False
    channel_codes: dict[str, str] = field(default_factory=dict)
    group: tuple[int, ...] = ()
    tracking_url: str = ""

    def normalize(self, number: str) -> str:
        """The number without spaces and dashes, as couriers' files often write it."""
        return re.sub(r"[\s-]", "", number or "")

    def check(self, number: str) -> WaybillCheck:
        """Refuse a number that breaks a confirmed rule; warn when an unconfirmed one fails."""
        digits = self.normalize(number)
        fails_ko = fails_en = ""
        if not re.fullmatch(self.pattern, digits):
            fails_ko = f"{self.name} 송장번호 형식이 아닙니다: {number!r}"
            fails_en = f"Not a {self.name_en} waybill number: {number!r}"
        elif self.check_digit:
            rule = CHECK_DIGIT_RULES[self.check_digit]
            if rule(digits[:-1]) != int(digits[-1]):
                fails_ko = f"{self.name} 송장번호의 검증번호가 맞지 않습니다: {number!r}"
                fails_en = f"The check digit of {self.name_en} waybill {number!r} is wrong"
        if not fails_ko:
            return WaybillCheck(Verdict.OK)
        if self.rule_confirmed or not digits:
            return WaybillCheck(Verdict.REFUSED, fails_ko, fails_en)
        return WaybillCheck(Verdict.WARNING, fails_ko, fails_en)

    def with_check_digit(self, body: int) -> str:
        """A full number from its body (the band's serial), check digit added when known."""
        if self.check_digit:
            text = str(body)
            return text + str(CHECK_DIGIT_RULES[self.check_digit](text))
        return str(body)

    def display(self, number: str) -> str:
        """1234-5678-9012 as printed on labels."""
        digits = self.normalize(number)
        if not self.group or sum(self.group) != len(digits):
            return digits
        parts, start = [], 0
        for size in self.group:
            parts.append(digits[start : start + size])
            start += size
        return "-".join(parts)

    def tracking_link(self, number: str) -> str:
        return self.tracking_url.format(number=self.normalize(number)) if self.tracking_url else ""


class CourierRegistry:
    """All couriers, looked up by our code or by a channel's code or name."""

    def __init__(self, couriers: list[Courier]) -> None:
        self._by_code = {c.code: c for c in couriers}

    @classmethod
    def from_json(cls, text: str) -> CourierRegistry:
        raw = json.loads(text)["couriers"]
        return cls(
            [
                Courier(
                    code=c["code"],
                    name=c["name"],
                    name_en=c.get("name_en", c["name"]),
                    pattern=c["pattern"],
                    check_digit=c.get("check_digit"),
                    rule_confirmed=bool(c.get("rule_confirmed")),
                    channel_codes=dict(c.get("channel_codes", {})),
                    group=tuple(c.get("group", ())),
                    tracking_url=c.get("tracking_url", ""),
                )
                for c in raw
            ]
        )

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Courier | None:
        return self._by_code.get(code.upper())

    def find(self, text: str, channel: str | None = None) -> Courier | None:
        """By our code, a channel's code, or the (Korean or English) name."""
        key = text.strip()
        if not key:
            return None
        found = self.get(key)
        if found:
            return found
        for courier in self._by_code.values():
            names = {courier.name, courier.name_en, courier.name.replace("택배", "")}
            if key in names:
                return courier
            codes = (
                [courier.channel_codes.get(channel, "")]
                if channel
                else list(courier.channel_codes.values())
            )
            if key.upper() in codes:
                return courier
        return None
