"""Garbage handed to the spreadsheet reader is refused with a message, never a crash or hang."""

from __future__ import annotations

import faulthandler
import io
import zipfile
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop_oms.exchange.spreadsheet_in import OLE_MAGIC, ZIP_MAGIC, SpreadsheetError, read_bytes

NAMES = st.sampled_from(["", "orders.csv", "orders.xlsx", "orders.xls", "orders.ods", "x.txt"])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _small_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["주문번호", "수취인", "수량"])
    for n in range(30):
        sheet.append([f"2026-{n:04d}", "홍길동", n])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX = _small_xlsx()
MEMBERS = zipfile.ZipFile(io.BytesIO(XLSX)).namelist()


def _rezip(member: str, mutate: list[tuple[int, bytes]], cut: int) -> bytes:
    """The workbook with one of its XML parts damaged but a valid zip around it."""
    source = zipfile.ZipFile(io.BytesIO(XLSX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = bytearray(source.read(name))
            if name == member:
                for at, junk in mutate:
                    at %= max(len(content), 1)
                    content[at : at + len(junk)] = junk
                content = content[: max(cut, 0) or len(content)]
            target.writestr(name, bytes(content))
    return out.getvalue()


@pytest.fixture(autouse=True)
def _hang_guard() -> Iterator[None]:
    """A hang ends the run with a traceback instead of blocking it forever."""
    faulthandler.dump_traceback_later(300, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def _read_or_refuse(data: bytes, name: str) -> None:
    """Either sheets come back, or a SpreadsheetError in Korean and English."""
    try:
        sheets = read_bytes(data, name)
    except SpreadsheetError as error:
        assert error.message_ko and error.message_en
        assert any("\uac00" <= ch <= "\ud7a3" for ch in error.message_ko)
        assert any(ch.isascii() and ch.isalpha() for ch in error.message_en)
        return
    assert isinstance(sheets, list)
    assert all(isinstance(row, list) for sheet in sheets for row in sheet.rows)


@FUZZ
@given(data=st.binary(max_size=4096), name=NAMES)
def test_random_bytes_are_read_or_refused(data: bytes, name: str) -> None:
    _read_or_refuse(data, name)


@FUZZ
@given(body=st.binary(max_size=4096), magic=st.sampled_from([ZIP_MAGIC, OLE_MAGIC]))
def test_bytes_that_pretend_to_be_a_workbook_are_refused(body: bytes, magic: bytes) -> None:
    _read_or_refuse(magic + body, "orders.xlsx")


@FUZZ
@given(
    cuts=st.lists(
        st.tuples(st.integers(0, len(XLSX) - 1), st.binary(min_size=1, max_size=64)),
        min_size=1,
        max_size=8,
    ),
    truncate=st.integers(16, len(XLSX)),
)
def test_a_damaged_real_workbook_is_read_or_refused(
    cuts: list[tuple[int, bytes]], truncate: int
) -> None:
    data = bytearray(XLSX)
    for at, junk in cuts:
        data[at : at + len(junk)] = junk
    _read_or_refuse(bytes(data[:truncate]), "orders.xlsx")


@FUZZ
@given(text=st.text(max_size=2000), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949"]))
def test_any_text_as_csv_is_read_or_refused(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    _read_or_refuse(data, "orders.csv")


@FUZZ
@given(
    member=st.sampled_from(MEMBERS),
    mutate=st.lists(
        st.tuples(st.integers(0, 100_000), st.binary(min_size=1, max_size=32)), max_size=6
    ),
    cut=st.integers(0, 5000),
)
def test_a_workbook_with_a_damaged_part_inside_is_read_or_refused(
    member: str, mutate: list[tuple[int, bytes]], cut: int
) -> None:
    _read_or_refuse(_rezip(member, mutate, cut), "orders.xlsx")
