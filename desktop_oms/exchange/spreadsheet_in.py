"""Read any spreadsheet the shop is handed: .xlsx, .xls, .ods (calamine) and .csv.

CSV comes as UTF-8 (with or without BOM) or CP949; password-protected .xlsx (an OLE
file) is decrypted in memory with msoffcrypto-tool — the password is never stored.
Every failure is a `SpreadsheetError` with a message in Korean and English.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_BYTES = 200 * 1024 * 1024


class SpreadsheetError(Exception):
    """The file could not be read as a spreadsheet; `message_ko`/`message_en` say why."""

    def __init__(self, message_ko: str, message_en: str) -> None:
        super().__init__(f"{message_ko} / {message_en}")
        self.message_ko = message_ko
        self.message_en = message_en


class PasswordRequired(SpreadsheetError):
    """The file is encrypted; ask the user for the password and read again."""

    def __init__(self, wrong: bool = False) -> None:
        if wrong:
            super().__init__("비밀번호가 맞지 않습니다.", "The password is wrong.")
        else:
            super().__init__(
                "비밀번호로 보호된 파일입니다. 비밀번호를 입력하세요.",
                "The file is password-protected; enter its password.",
            )
        self.wrong = wrong


Cell = str | int | float | bool | date | datetime | time | timedelta | None


@dataclass(slots=True)
class Sheet:
    """The rows of one sheet as plain Python values (text stays text)."""

    name: str
    rows: list[list[Cell]]


def cell_text(value: Cell) -> str:
    """A cell as the user sees it: 39000.0 → '39000', None → '', text stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def read_sheets(path: Path | str, password: str | None = None) -> list[Sheet]:
    """Every sheet of the file at `path`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SpreadsheetError(f"파일이 없습니다: {path}", f"No such file: {path}") from None
    except OSError as error:
        raise SpreadsheetError(
            f"파일을 열 수 없습니다: {error}", f"Cannot open the file: {error}"
        ) from None
    return read_bytes(data, path.name, password)


def read_bytes(data: bytes, name: str = "", password: str | None = None) -> list[Sheet]:
    """Every sheet of a file given as bytes (`name` decides CSV by its extension)."""
    if len(data) > MAX_BYTES:
        raise SpreadsheetError("파일이 너무 큽니다 (200MB 초과).", "The file is over 200 MB.")
    if not data.strip():
        raise SpreadsheetError("빈 파일입니다.", "The file is empty.")
    if data.startswith(OLE_MAGIC) and _is_encrypted_ooxml(data):
        data = _decrypt(data, password)
    elif name.lower().endswith((".csv", ".txt")) or not (
        data.startswith(OLE_MAGIC) or data.startswith(ZIP_MAGIC)
    ):
        return [Sheet(name or "CSV", _read_csv(data))]
    return _read_workbook(data)


def _is_encrypted_ooxml(data: bytes) -> bool:
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        return bool(office.is_encrypted()) and office.format == "ooxml"
    except Exception:
        return False


def _decrypt(data: bytes, password: str | None) -> bytes:
    import msoffcrypto

    if not password:
        raise PasswordRequired()
    out = io.BytesIO()
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        office.decrypt(out)
    except Exception:
        raise PasswordRequired(wrong=True) from None
    return out.getvalue()


def _read_workbook(data: bytes) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for sheet_name in book.sheet_names:
            rows = book.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
            sheets.append(Sheet(sheet_name, [_clean_row(r) for r in rows]))
    except Exception as error:
        raise SpreadsheetError(
            f"스프레드시트로 읽을 수 없는 파일입니다 ({type(error).__name__}).",
            f"The file is not a readable spreadsheet ({type(error).__name__}: {error}).",
        ) from None
    if not sheets:
        raise SpreadsheetError("시트가 없는 파일입니다.", "The workbook has no sheets.")
    return sheets


def _clean_row(row: Sequence[Cell]) -> list[Cell]:
    return [None if v == "" else v for v in row]


def decode_text(data: bytes) -> str:
    """UTF-8 (BOM or not), else CP949 — the two encodings Korean CSV files come in."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(
        "글자 인코딩을 알 수 없는 파일입니다 (UTF-8, CP949가 아님).",
        "Unknown text encoding (neither UTF-8 nor CP949).",
    )


def _read_csv(data: bytes) -> list[list[Cell]]:
    if b"\x00" in data[:4096]:
        raise SpreadsheetError(
            "스프레드시트나 CSV 파일이 아닙니다.", "This is not a spreadsheet or CSV file."
        )
    text = decode_text(data)
    stream: IO[str] = io.StringIO(text, newline="")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        return [[c.strip() or None for c in row] for row in csv.reader(stream, dialect)]
    except csv.Error as error:
        raise SpreadsheetError(
            f"CSV 파일을 읽을 수 없습니다: {error}", f"Cannot read the CSV file: {error}"
        ) from None


def find_header_row(rows: list[list[Cell]], wanted: set[str], scan: int = 10) -> int | None:
    """Index of the first row (among the first `scan`) holding most of the `wanted` names.

    Channel downloads often put an instruction row above the header.
    """
    best, best_hits = None, 0
    for index, row in enumerate(rows[:scan]):
        names = {cell_text(c) for c in row}
        hits = len(wanted & names)
        if hits > best_hits:
            best, best_hits = index, hits
    if best is None or best_hits < max(2, len(wanted) // 2):
        return None
    return best
