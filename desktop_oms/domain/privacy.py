"""Masking of personal data on screens and labels (privacy commission guidance)."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\D")


def mask_name(name: str) -> str:
    """홍길동 → 홍*동, 남궁민수 → 남**수, 이순 → 이*; foreign names keep first and last."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def normalize_phone(text: str) -> str | None:
    """Digits of a Korean phone number, with a dropped leading zero restored; None if invalid."""
    digits = _DIGITS.sub("", text or "")
    if digits.startswith("82") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if digits and not digits.startswith("0"):
        digits = "0" + digits
    if not 9 <= len(digits) <= 11:
        return None
    return digits


def format_phone(digits: str) -> str:
    """01012345678 → 010-1234-5678; 0212345678 → 02-1234-5678."""
    if digits.startswith("02"):
        head, rest = digits[:2], digits[2:]
    else:
        head, rest = digits[:3], digits[3:]
    if len(rest) <= 4:
        return f"{head}-{rest}"
    return f"{head}-{rest[:-4]}-{rest[-4:]}"


def mask_phone(text: str) -> str:
    """010-1234-5678 → 010-1234-****; text that is no phone number keeps only its head."""
    digits = normalize_phone(text)
    if digits is None:
        return text[:3] + "****" if text else ""
    formatted = format_phone(digits)
    return formatted[:-4] + "****"


def mask_address(address: str) -> str:
    """Keep the region words, hide the rest: '서울 강남구 테헤란로 1' → '서울 강남구 ***'."""
    words = address.split()
    if len(words) <= 2:
        return address
    return " ".join([*words[:2], "***"])
