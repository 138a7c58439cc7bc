"""Shop-wide settings shared by every PC, declared once with types and defaults."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from desktop_oms.storage.tables import ShopSetting
from desktop_oms.storage.uow import Database


class SettingError(ValueError):
    """A setting value was refused; the message is Korean / English."""


@dataclass(slots=True)
class ShopSettings:
    """What the shop decides once: sender on labels, deadlines, masking, automation."""

    shop_name: str = "내 쇼핑몰"
    sender_phone: str = ""
    sender_address: str = ""
    default_courier: str = "CJ"
    mask_labels: bool = True
    deposit_deadline_days: int = 3
    auto_confirm_days: int = 8
    auto_ready_on_receipt: bool = False
    retention_years: int = 5
    band_low_warning: int = 100

    def validate(self) -> None:
        if not 1 <= self.deposit_deadline_days <= 30:
            raise SettingError("입금기한은 1~30일이어야 합니다 / deposit deadline: 1-30 days")
        if not 1 <= self.auto_confirm_days <= 60:
            raise SettingError("자동 구매확정은 1~60일이어야 합니다 / auto confirm: 1-60 days")
        if not 1 <= self.retention_years <= 20:
            raise SettingError("보관기간은 1~20년이어야 합니다 / retention: 1-20 years")
        if self.band_low_warning < 0:
            raise SettingError("경고 기준은 0 이상이어야 합니다 / warning level must be >= 0")


def _parse(kind: Any, text: str) -> Any:
    if kind in (bool, "bool"):
        return text in ("1", "true", "True")
    if kind in (int, "int"):
        return int(text)
    return text


def load_shop_settings(db: Database) -> ShopSettings:
    """The settings stored in the database, defaults for what was never set."""
    with db.reading() as s:
        stored = dict(s.execute(select(ShopSetting.key, ShopSetting.value)).all())
    settings = ShopSettings()
    for f in fields(ShopSettings):
        if f.name in stored:
            with suppress(ValueError):  # a damaged value keeps the default
                setattr(settings, f.name, _parse(f.type, stored[f.name]))
    return settings


def save_shop_settings(db: Database, settings: ShopSettings) -> None:
    """Validate and store every setting; nothing is written when one is refused."""
    settings.validate()
    with db.unit_of_work() as uow:
        for key, value in asdict(settings).items():
            text = ("1" if value else "0") if isinstance(value, bool) else str(value)
            uow.session.merge(ShopSetting(key=key, value=text))
        uow.touch("settings")
        uow.commit()
