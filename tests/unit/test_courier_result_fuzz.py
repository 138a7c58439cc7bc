"""Garbage in a courier's result file never crashes the import: each row gets a verdict
with a reason, and a file without the needed columns is one clear message."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_oms.domain.waybill_result import KnownShipment, ResultRow, RowVerdict, sort_rows
from desktop_oms.exchange.courier_files import read_result_file
from desktop_oms.exchange.excel_out import write_xlsx
from desktop_oms.exchange.spreadsheet_in import SpreadsheetError
from desktop_oms.resources import courier_registry
from desktop_oms.services.courier_files import courier_layout

cells = st.one_of(
    st.none(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["S00000001", "S00000002", "6123-4567-8901", "612345678901", "=1+1", ""]),
)
KNOWN = {
    "S00000001": KnownShipment(1, "CJ", None),
    "S00000002": KnownShipment(2, "LOTTE", "300000000010"),
}


@given(st.lists(st.tuples(st.text(max_size=20), st.text(max_size=25)), max_size=40))
def test_any_rows_get_a_verdict_and_a_reason(pairs: list[tuple[str, str]]) -> None:
    rows = [ResultRow(n + 2, key, number) for n, (key, number) in enumerate(pairs)]
    registry = courier_registry()

    def courier_of(code: str | None):  # type: ignore[no-untyped-def]
        return registry.get(code or "OTHER") or registry.get("OTHER")

    preview = sort_rows(rows, KNOWN, {"612345678901": 9}, courier_of)

    assert len(preview.rows) == len(rows)
    for sorted_row in preview.rows:
        assert isinstance(sorted_row.verdict, RowVerdict)
        if sorted_row.verdict is not RowVerdict.MATCHED:
            assert sorted_row.reason, sorted_row
    assert all(r.shipment_id in (1, 2) for r in preview.to_apply)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    header=st.lists(
        st.sampled_from(["고객주문번호", "운송장번호", "받는분", "메모", ""]), max_size=5
    ),
    body=st.lists(st.lists(cells, max_size=6), max_size=12),
)
def test_any_sheet_is_read_or_refused_with_a_message(
    tmp_path: Path, header: list[str], body: list[list[object]]
) -> None:
    path = write_xlsx(tmp_path / "result.xlsx", [("결과", header, body)])
    layout = courier_layout("CJ")
    try:
        rows = read_result_file(path, layout)
    except SpreadsheetError as error:
        assert error.message_ko and error.message_en
        return
    for row in rows:
        assert isinstance(row.key, str) and isinstance(row.waybill_no, str)
