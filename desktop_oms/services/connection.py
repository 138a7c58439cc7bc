"""Which database this PC uses: a SQLite file or a PostgreSQL server, and testing it.

The choice lives in a small JSON file in the user's config folder; the server password
lives only in the operating system's keyring, never in that file or in a log.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path

import keyring
import platformdirs
from keyring.errors import KeyringError, PasswordDeleteError
from sqlalchemy import URL, make_url
from sqlalchemy.exc import DBAPIError

from desktop_oms import APP_AUTHOR, APP_NAME
from desktop_oms.storage.engine import DB_ENV, default_url, make_engine, sqlite_path
from desktop_oms.storage.migrate import SchemaTooNew, check_revision, current_revision

KEYRING_SERVICE = "Desktop OMS PostgreSQL"
CONFIG_NAME = "connection.json"
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Where a PostgreSQL server is and who logs in (no password here)."""

    host: str
    port: int = 5432
    database: str = "desktop_oms"
    user: str = "oms"

    @property
    def keyring_user(self) -> str:
        """The keyring entry name: one password per user, server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True, slots=True)
class ConnectionChoice:
    """This PC's database: `kind` "sqlite" (with a file) or "postgresql" (with a server)."""

    kind: str = "sqlite"
    sqlite_file: str = ""
    server: ServerSettings | None = field(default=None)


class ConnectionSetupError(Exception):
    """The choice could not be saved or used; Korean first, then English."""


class Problem(Enum):
    """Why a connection test failed, each with a message the user can act on."""

    UNREACHABLE = (
        "서버에 연결할 수 없습니다. 주소·포트를 확인하고 서버가 켜져 있는지 확인하세요.",
        "Cannot reach the server: check host and port, and that the server is running.",
    )
    WRONG_PASSWORD = (
        "사용자 이름 또는 비밀번호가 틀렸습니다.",
        "Wrong user name or password.",
    )
    NO_DATABASE = (
        "서버에 그 이름의 데이터베이스가 없습니다. 관리자에게 만들어 달라고 하세요.",
        "The server has no database of that name; ask its administrator to create it.",
    )
    NO_PERMISSION = (
        "이 사용자에게 데이터베이스 권한이 없습니다. 관리자에게 권한을 요청하세요.",
        "This user has no rights on the database; ask its administrator to grant them.",
    )
    SCHEMA_TOO_NEW = (
        "데이터베이스가 이 프로그램보다 새 버전입니다. 프로그램을 업데이트하세요.",
        "The database was upgraded by a newer version of this program; please update.",
    )
    NOT_A_DATABASE = (
        "이 파일은 데이터베이스가 아니거나 손상되었습니다.",
        "This file is not a database, or it is damaged.",
    )
    OTHER = ("데이터베이스를 열 수 없습니다.", "Cannot open the database.")

    @property
    def korean(self) -> str:
        return self.value[0]

    @property
    def english(self) -> str:
        return self.value[1]


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """The answer of "Test connection": ok, or the problem with a detail for experts."""

    ok: bool
    message_ko: str
    message_en: str
    problem: Problem | None = None
    detail: str = ""

    @property
    def message(self) -> str:
        return f"{self.message_ko} / {self.message_en}"


# --- the password, in the keyring only -------------------------------------------------


def save_password(server: ServerSettings, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
    except KeyringError as error:
        raise ConnectionSetupError(
            "운영체제 암호 보관함(keyring)에 비밀번호를 저장할 수 없습니다. "
            f"/ Cannot store the password in the system keyring: {error}"
        ) from None


def load_password(server: ServerSettings) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except KeyringError:
        return None


def forget_password(server: ServerSettings) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, server.keyring_user)
    except (PasswordDeleteError, KeyringError):
        return


# --- URLs ---------------------------------------------------------------------------------


def server_url(server: ServerSettings, password: str | None) -> str:
    """A psycopg URL for `server`; keep it in memory only (it holds the password)."""
    url = URL.create(
        "postgresql+psycopg",
        username=server.user,
        password=password or None,
        host=server.host,
        port=server.port,
        database=server.database,
    )
    return url.render_as_string(hide_password=False)


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def url_for(choice: ConnectionChoice) -> str:
    """The URL for a saved choice, with the keyring's password for a server."""
    if choice.kind == "postgresql" and choice.server is not None:
        return server_url(choice.server, load_password(choice.server))
    if choice.sqlite_file:
        return sqlite_url(choice.sqlite_file)
    return default_url()


def describe(url: str) -> str:
    """A URL fit for the screen or a log: never the password."""
    return make_url(url).render_as_string(hide_password=True)


# --- the saved choice ---------------------------------------------------------------------


def config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / CONFIG_NAME


def load_choice() -> ConnectionChoice:
    """This PC's saved choice; the default SQLite file when nothing (valid) is saved."""
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        server = data.get("server")
        return ConnectionChoice(
            kind=str(data.get("kind", "sqlite")),
            sqlite_file=str(data.get("sqlite_file", "")),
            server=ServerSettings(
                host=str(server["host"]),
                port=int(server["port"]),
                database=str(server["database"]),
                user=str(server["user"]),
            )
            if server
            else None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return ConnectionChoice()


def save_choice(choice: ConnectionChoice, password: str | None = None) -> None:
    """Remember `choice`; a server password goes to the keyring, never into the file."""
    if choice.kind == "postgresql":
        if choice.server is None:
            raise ConnectionSetupError("서버 정보가 없습니다 / no server settings given")
        if password is not None:
            save_password(choice.server, password)
    data = asdict(choice)
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)


def chosen_url() -> str:
    """The database to open: DESKTOP_OMS_DB if set, else this PC's saved choice."""
    return os.environ.get(DB_ENV) or url_for(load_choice())


# --- testing a connection -----------------------------------------------------------------

_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "timeout expired",
    "timed out",
    "no route to host",
    "network is unreachable",
    "ssl negotiation",
    "server closed the connection",
    "could not connect",
)
_WRONG_LOGIN = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "인증을 실패",
    "암호 인증",
)


def classify(error: BaseException) -> Problem:
    """Which problem a driver error means (psycopg and sqlite3 messages)."""
    if isinstance(error, SchemaTooNew):
        return Problem.SCHEMA_TOO_NEW
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    if "file is not a database" in text or "malformed" in text:
        return Problem.NOT_A_DATABASE
    if any(marker in text for marker in _WRONG_LOGIN):
        return Problem.WRONG_PASSWORD
    if "role" in text and "does not exist" in text:
        return Problem.WRONG_PASSWORD
    if "permission denied" in text or "권한 없음" in text:
        return Problem.NO_PERMISSION
    if "database" in text and "does not exist" in text:
        return Problem.NO_DATABASE
    if "데이터베이스" in text and "없" in text:
        return Problem.NO_DATABASE
    if any(marker in text for marker in _UNREACHABLE):
        return Problem.UNREACHABLE
    if "unable to open database file" in text:
        return Problem.NOT_A_DATABASE
    return Problem.OTHER


def failure(error: BaseException) -> ConnectionReport:
    problem = classify(error)
    detail = str(error.orig if isinstance(error, DBAPIError) else error).strip()
    return ConnectionReport(False, problem.korean, problem.english, problem, detail)


def check_connection(url: str) -> ConnectionReport:
    """Connect, read the schema version, and say in plain words whether it will work."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return ConnectionReport(
            True,
            f"새 데이터베이스 파일이 만들어집니다: {path}",
            f"A new database file will be created: {path}",
        )
    options = {} if path is not None else {"connect_args": {"connect_timeout": CONNECT_TIMEOUT_S}}
    try:
        engine = make_engine(url, **options)
    except Exception as error:  # a malformed URL
        return failure(error)
    try:
        revision = current_revision(engine)
        check_revision(revision)
    except Exception as error:
        return failure(error)
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionReport(
            True,
            "연결되었습니다. 빈 데이터베이스이므로 처음 열 때 표를 만듭니다.",
            "Connected. The database is empty; its tables are created when first opened.",
        )
    return ConnectionReport(
        True,
        f"연결되었습니다 (스키마 {revision}).",
        f"Connected (schema {revision}).",
    )
