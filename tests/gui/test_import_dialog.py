"""The import dialog driven like a user: pick a file, see the preview, import, map columns."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_oms.services.intake import available_presets
from desktop_oms.storage.tables import Order
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.import_dialog import ImportDialog
from desktop_oms.ui.import_mapping_dialog import ImportMappingDialog
from tests.unit.test_channel_files import smartstore_row, smartstore_rows, write_xlsx_rows


def _orders(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


def _dialog(qtbot: QtBot, db: Database) -> ImportDialog:
    dialog = ImportDialog(AppContext(db, operator="테스터"))
    qtbot.addWidget(dialog)
    return dialog


def test_picked_file_is_previewed_with_its_problems_then_good_rows_import(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = smartstore_rows(3)
    rows.append(smartstore_row("L9", "O9", phone="12"))
    path = write_xlsx_rows(tmp_path / "스마트스토어.xlsx", rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = _dialog(qtbot, db)
    dialog.browse_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)

    assert "[네이버 스마트스토어] 새 주문 3건" in dialog.summary_label.text()
    assert "문제 있는 행 1개" in dialog.summary_label.text()
    assert dialog.model.index(0, 0).data() == "6"
    assert "연락처가 올바르지 않습니다" in dialog.model.index(0, 2).data()
    assert _orders(db) == 0
    assert dialog.import_button.text() == "문제 행을 빼고 가져오기"

    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.import_button.click()
    assert _orders(db) == 3
    assert "주문 3건을 가져왔습니다" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_password_protected_file_asks_for_the_password(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = write_xlsx_rows(tmp_path / "plain.xlsx", smartstore_rows(2))
    out = io.BytesIO()
    msoffcrypto.OfficeFile(io.BytesIO(plain.read_bytes())).encrypt("1234", out)  # type: ignore[attr-defined]
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(out.getvalue())
    answers = iter([("0000", True), ("1234", True)])
    asked: list[str] = []

    def get_text(_parent, _title, label, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    dialog = _dialog(qtbot, db)
    dialog.open_file(str(locked))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert len(dialog.preview.new_orders) == 2  # type: ignore[union-attr]
    assert "비밀번호가 맞지 않습니다" in asked[1]


def test_not_a_spreadsheet_shows_a_clear_error(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00\xff" * 300)
    dialog = _dialog(qtbot, db)
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: "스프레드시트" in dialog.summary_label.text(), timeout=10_000)
    assert "spreadsheet" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert _orders(db) == 0


def test_unknown_layout_is_mapped_saved_as_a_preset_and_recognised_next_time(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[object]] = [
        ["11번가 주문내역"],
        ["주문 No", "받는 사람", "휴대폰", "배송 주소", "품명", "개수"],
        ["E-1", "최지우", "010-3333-4444", "대전광역시 유성구 대학로 99", "꿀고구마", "2"],
    ]
    path = write_xlsx_rows(tmp_path / "11st.xlsx", rows)

    def fill_and_accept(mapping: ImportMappingDialog) -> int:
        assert mapping.header_spin.value() == 2
        assert mapping.preview_table.item(0, 1).text() == "최지우"
        mapping.choose("channel_order_no", "주문 No")
        mapping.choose("recipient_name", "받는 사람")
        mapping.choose("recipient_phone", "휴대폰")
        mapping.choose("address", "배송 주소")
        mapping.choose("product_name", "품명")
        mapping.choose("quantity", "개수")
        mapping.channel_field.setText("11ST")
        mapping.save_check.setChecked(True)
        mapping.name_field.setText("11번가")
        mapping.buttons.accepted.emit()
        return int(mapping.result())

    monkeypatch.setattr(ImportMappingDialog, "exec", fill_and_accept)
    dialog = _dialog(qtbot, db)
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert "[11번가] 새 주문 1건" in dialog.summary_label.text()
    assert "11번가" in [p.name for p in available_presets(db)]

    second = _dialog(qtbot, db)
    second.open_file(str(path))
    qtbot.waitUntil(lambda: second.preview is not None, timeout=10_000)
    assert second.preview.layout.preset.channel == "11ST"  # type: ignore[union-attr]


def test_mapping_without_required_columns_is_refused(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from desktop_oms.exchange.spreadsheet_in import Sheet

    mapping = ImportMappingDialog(AppContext(db), [Sheet("s", [["a", "b", "c"], ["1", "2", "3"]])])
    qtbot.addWidget(mapping)
    mapping.buttons.accepted.emit()
    assert "필수 항목의 열을 고르세요" in mapping.error_label.text()
    assert mapping.result() != QDialog.DialogCode.Accepted
    assert mapping.chosen_layout() is None


def test_cancel_during_import_leaves_nothing(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = write_xlsx_rows(tmp_path / "big.xlsx", smartstore_rows(3_000))
    dialog = _dialog(qtbot, db)
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    dialog.import_button.click()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    if dialog.import_result is None:
        assert "취소했습니다" in dialog.summary_label.text()
        assert _orders(db) == 0
    else:  # the import finished before the cancel reached it: all rows, never a part
        assert _orders(db) == 3_000
