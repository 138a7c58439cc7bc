"""Operator accounts: the owner and staff, their PINs (scrypt), login and lockout."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_oms.domain.permissions import Permission, Role
from desktop_oms.services.privacy import DEFAULT_OWNER_NAME, Viewer
from desktop_oms.storage.tables import Operator
from desktop_oms.storage.uow import Database

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MAX_WRONG_PINS = 5
LOCKOUT = timedelta(seconds=30)
PIN_LENGTHS = range(4, 13)


class OperatorError(ValueError):
    """An operator change was refused (bad input); Korean first, then English."""


class LoginRefused(Exception):
    """A wrong PIN, a locked or unknown account; Korean first, then English."""

    def __init__(self, message: str, *, locked_seconds: int = 0) -> None:
        super().__init__(message)
        self.locked_seconds = locked_seconds


@dataclass(frozen=True, slots=True)
class OperatorRow:
    """One account as the operators dialog and `operators list` show it."""

    id: int
    name: str
    role: Role
    has_pin: bool
    active: bool
    locked_until: datetime | None


# --- PIN hashing -------------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_pin(pin: str) -> str:
    """A slow salted hash, stored as "scrypt$n$r$p$salt$hash" (base64 salt and hash)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` hashes to `stored` (constant-time compare; a damaged hash never matches)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_pin_text(pin: str) -> None:
    """OperatorError unless `pin` is 4 to 12 digits."""
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise OperatorError("PIN은 숫자 4~12자리여야 합니다 / a PIN must be 4 to 12 digits")


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 50:
        raise OperatorError("이름은 1~50자여야 합니다 / a name must be 1 to 50 characters")
    return name


# --- reading -----------------------------------------------------------------------------


def _row(op: Operator) -> OperatorRow:
    return OperatorRow(op.id, op.name, Role(op.role), bool(op.pin_hash), op.active, op.locked_until)


def list_operators(db: Database, *, include_inactive: bool = True) -> list[OperatorRow]:
    """Every account, owners first, then by name."""
    query = select(Operator).order_by(Operator.role, Operator.name)
    if not include_inactive:
        query = query.where(Operator.active.is_(True))
    with db.reading() as s:
        return [_row(op) for op in s.scalars(query)]


def ensure_default_owner(db: Database) -> None:
    """A fresh shop gets one owner "대표" without a PIN, so nobody is asked to log in."""
    with db.unit_of_work() as uow:
        if uow.session.scalar(select(func.count()).select_from(Operator)):
            return
        uow.session.add(Operator(name=DEFAULT_OWNER_NAME, role=Role.OWNER.value, active=True))
        uow.commit()


def login_needed(db: Database) -> bool:
    """Whether the program must ask who is working: some active account has a PIN."""
    with db.reading() as s:
        query = select(func.count()).where(
            Operator.active.is_(True), Operator.pin_hash.is_not(None)
        )
        return bool(s.scalar(query))


def single_owner(db: Database) -> Viewer | None:
    """The only active owner, when there is exactly one (the default of a one-PC shop)."""
    with db.reading() as s:
        owners = s.scalars(
            select(Operator.name).where(
                Operator.active.is_(True), Operator.role == Role.OWNER.value
            )
        ).all()
    return Viewer(owners[0], Role.OWNER) if len(owners) == 1 else None


# --- login -------------------------------------------------------------------------------


def login(db: Database, name: str, pin: str, *, now: datetime | None = None) -> Viewer:
    """The viewer for `name` when `pin` is right (or the account has no PIN).

    Five wrong PINs in a row lock the account for 30 seconds; the counter lives in the
    database, so every PC and every command shares it."""
    now = now or datetime.now()
    with db.unit_of_work() as uow:
        # Row lock on PostgreSQL: two PCs typing wrong PINs count every try.
        op = uow.session.scalar(
            select(Operator).where(Operator.name == name.strip()).with_for_update()
        )
        if op is None or not op.active:
            raise LoginRefused(f"없는 사용자입니다: {name} / no such operator: {name}")
        if op.locked_until is not None and op.locked_until > now:
            seconds = max(1, int((op.locked_until - now).total_seconds() + 0.999))
            raise LoginRefused(
                f"PIN을 {MAX_WRONG_PINS}번 틀려 {seconds}초 동안 잠겼습니다 / "
                f"locked for {seconds} s after {MAX_WRONG_PINS} wrong PINs",
                locked_seconds=seconds,
            )
        if op.pin_hash is None or pin_matches(pin, op.pin_hash):
            op.failed_pins = 0
            op.locked_until = None
            viewer = Viewer(op.name, Role(op.role))
            uow.commit()
            return viewer
        op.failed_pins = (op.failed_pins or 0) + 1
        left = MAX_WRONG_PINS - op.failed_pins
        if left <= 0:
            op.failed_pins = 0
            op.locked_until = now + LOCKOUT
        uow.commit()
    if left <= 0:
        seconds = int(LOCKOUT.total_seconds())
        raise LoginRefused(
            f"PIN을 {MAX_WRONG_PINS}번 틀려 {seconds}초 동안 잠겼습니다 / "
            f"locked for {seconds} s after {MAX_WRONG_PINS} wrong PINs",
            locked_seconds=seconds,
        )
    raise LoginRefused(f"PIN이 틀렸습니다 (남은 횟수 {left}) / wrong PIN ({left} tries left)")


# --- changes (owner only) ----------------------------------------------------------------


def _find(s: Session, name: str) -> Operator:
    op = s.scalar(select(Operator).where(Operator.name == name.strip()))
    if op is None:
        raise OperatorError(f"없는 사용자입니다: {name} / no such operator: {name}")
    return op


def _active_owners(s: Session) -> int:
    query = select(func.count()).where(Operator.active.is_(True), Operator.role == Role.OWNER.value)
    return int(s.scalar(query) or 0)


def create_operator(
    db: Database, viewer: Viewer, name: str, role: Role, pin: str | None = None
) -> OperatorRow:
    """A new account (owner only); the name must be new, the PIN 4-12 digits if given."""
    viewer.require(Permission.MANAGE_OPERATORS)
    name = _check_name(name)
    if pin is not None:
        check_pin_text(pin)
    with db.unit_of_work() as uow:
        if uow.session.scalar(select(Operator.id).where(Operator.name == name)) is not None:
            raise OperatorError(f"이미 있는 이름입니다: {name} / the name {name} is taken")
        op = Operator(
            name=name,
            role=role.value,
            pin_hash=hash_pin(pin) if pin is not None else None,
            active=True,
            failed_pins=0,
        )
        uow.session.add(op)
        uow.session.flush()
        row = _row(op)
        uow.touch("operators")
        uow.commit()
    return row


def set_pin(db: Database, viewer: Viewer, name: str, pin: str | None) -> OperatorRow:
    """Set or clear (None) a PIN: the owner for anyone, staff only for themselves."""
    if viewer.name != name.strip():
        viewer.require(Permission.MANAGE_OPERATORS)
    if pin is not None:
        check_pin_text(pin)
    with db.unit_of_work() as uow:
        op = _find(uow.session, name)
        op.pin_hash = hash_pin(pin) if pin is not None else None
        op.failed_pins = 0
        op.locked_until = None
        row = _row(op)
        uow.touch("operators")
        uow.commit()
    return row


def update_operator(
    db: Database,
    viewer: Viewer,
    name: str,
    *,
    new_name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
) -> OperatorRow:
    """Rename, change role, deactivate or reactivate (owner only); the last owner stays."""
    viewer.require(Permission.MANAGE_OPERATORS)
    with db.unit_of_work() as uow:
        s = uow.session
        op = _find(s, name)
        was_active_owner = op.active and op.role == Role.OWNER.value
        if new_name is not None and new_name.strip() != op.name:
            new_name = _check_name(new_name)
            if s.scalar(select(Operator.id).where(Operator.name == new_name)) is not None:
                raise OperatorError(
                    f"이미 있는 이름입니다: {new_name} / the name {new_name} is taken"
                )
            op.name = new_name
        if role is not None:
            op.role = role.value
        if active is not None:
            op.active = active
        losing_owner = was_active_owner and not (op.active and op.role == Role.OWNER.value)
        if losing_owner and _active_owners(s) == 0:
            raise OperatorError(
                "마지막 대표 계정은 바꾸거나 끌 수 없습니다 / "
                "the last owner account cannot be demoted or deactivated"
            )
        row = _row(op)
        uow.touch("operators")
        uow.commit()
    return row


def deactivate_operator(db: Database, viewer: Viewer, name: str) -> OperatorRow:
    """Switch an account off (owner only); its name stays in the logs."""
    return update_operator(db, viewer, name, active=False)
