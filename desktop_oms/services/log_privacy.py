"""A logging filter that masks names, phone numbers and addresses before anything is written."""

from __future__ import annotations

import logging
import re

from desktop_oms.domain.privacy import mask_address, mask_name

#: Keys after which a person's name follows (`수취인: 홍길동`, `name=홍길동`).
_NAME_KEYS = (
    r"수취인(?:명)?|수령인(?:명)?|받는\s?분|받는\s?사람|주문자(?:명)?|구매자(?:명)?|입금자(?:명)?|"
    r"고객(?:명)?|이름|성명|(?:recipient|buyer|depositor|customer|sender)(?:[_ ]?name)?|name"
)
_NAME = re.compile(
    rf"(?P<key>(?<![A-Za-z0-9_])(?:{_NAME_KEYS}))(?P<sep>['\"]?\s*[:=]\s*['\"]?)"
    r"(?P<value>[가-힣]{2,10}|[A-Za-z][A-Za-z.\-]*(?: [A-Za-z][A-Za-z.\-]*)?)",
    re.IGNORECASE,
)

#: Keys after which an address follows, up to the next separator.
_ADDRESS = re.compile(
    r"(?P<key>(?<![A-Za-z0-9_])(?:주소|배송지|address(?:_detail)?|addr))"
    r"(?P<sep>['\"]?\s*[:=]\s*['\"]?)(?P<value>[^,;|'\"\n]+)",
    re.IGNORECASE,
)

#: A Korean road or lot address without a key: region, district, then the rest.
_BARE_ADDRESS = re.compile(
    r"(?P<head>[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도|시)\s+[가-힣]+(?:시|군|구))"
    r"(?P<rest>(?:\s+[^\s,;|'\"]+)+)"
)

#: Korean phone numbers with or without separators: 010-1234-5678, 01012345678,
#: 02-123-4567, +82 10 1234 5678.
_PHONE = re.compile(
    r"(?<![\d*])(?P<head>(?:\+?82[-. ]?|0)(?:1[016789]|2|[3-6][1-5]|70|50\d?))"
    r"(?P<s1>[-. ]?)(?P<mid>\d{3,4})(?P<s2>[-. ]?)(?P<tail>\d{4})(?!\d)"
)


def _phone(match: re.Match[str]) -> str:
    return f"{match['head']}{match['s1']}{match['mid']}{match['s2']}****"


def _name(match: re.Match[str]) -> str:
    return f"{match['key']}{match['sep']}{mask_name(match['value'])}"


def _address(match: re.Match[str]) -> str:
    value = match["value"]
    stripped = value.rstrip()
    masked = mask_address(stripped)
    if masked == stripped and stripped and not stripped.endswith("***"):
        masked = stripped.split()[0] + " ***" if " " in stripped else "***"
    return f"{match['key']}{match['sep']}{masked}{value[len(stripped) :]}"


def mask_personal_text(text: str) -> str:
    """`text` with every name after a name key, every address and every phone number masked."""
    text = _ADDRESS.sub(_address, text)
    text = _BARE_ADDRESS.sub(lambda m: f"{m['head']} ***", text)
    text = _NAME.sub(_name, text)
    return _PHONE.sub(_phone, text)


class PersonalDataFilter(logging.Filter):
    """Masks personal data in a record's message (and traceback text) before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is logging's own business
            return True
        masked = mask_personal_text(message)
        if masked != message:
            record.msg = masked
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_text(record.exc_text)
        return True


def install_log_privacy(logger: logging.Logger | None = None) -> PersonalDataFilter:
    """Put the filter on `logger` (the root logger by default) and on each of its handlers.

    A filter on a logger does not see records propagated from child loggers, so the app
    must call this after it has added its handlers (file, console)."""
    target = logger or logging.getLogger()
    found = next((f for f in target.filters if isinstance(f, PersonalDataFilter)), None)
    privacy = found or PersonalDataFilter()
    if found is None:
        target.addFilter(privacy)
    for handler in target.handlers:
        if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
            handler.addFilter(privacy)
    return privacy
