"""Every Korean GUI string has an English translation that keeps its placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_oms.ui.i18n import install_translation

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "desktop_oms_en.ts"
#: {0}, {name}, {total:,}, %1, %n — what .format()/.arg() fill in at run time.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
HANGUL_WORD = re.compile(r"[가-힣]+")


def messages() -> Iterator[tuple[str, str, list[str]]]:
    """(context, Korean source, English texts) of every message in the .ts."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            yield name, message.findtext("source") or "", forms or [translation.text or ""]


def test_no_message_is_left_unfinished() -> None:
    unfinished = [
        (context, source)
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") in ("unfinished", "obsolete", "vanished")
        for source in [message.findtext("source")]
    ]
    assert unfinished == []


def test_every_message_has_a_non_empty_english_text() -> None:
    empty = [(c, s) for c, s, texts in messages() if not all(t.strip() for t in texts)]
    assert empty == []


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    changed = [
        (context, source, text)
        for context, source, texts in messages()
        for text in texts
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))
        and not ("%n" in source and "%n" not in text and len(texts) > 1)
    ]
    assert changed == []


def test_every_translation_keeps_the_html_tags_of_its_source() -> None:
    changed = [
        (context, source)
        for context, source, texts in messages()
        for text in texts
        if HTML_TAG.findall(text) != HTML_TAG.findall(source)
    ]
    assert changed == []


def test_no_english_text_is_left_in_korean() -> None:
    """Hangul stays only where it is data copied from the source (e.g. 홍*동, {수취인})."""
    korean = [
        (context, source, text)
        for context, source, texts in messages()
        for text in texts
        for word in HANGUL_WORD.findall(PLACEHOLDER.sub("", text))
        if word not in source
    ]
    assert korean == []


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert install_translation(qapp, "en")
    yield
    install_translation(qapp, "ko")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("context", "korean", "expected"),
    [
        ("Menus", "송장 출력…", "Print waybills…"),
        ("Menus", "발주·입고…", "Purchase orders and receiving…"),
        ("Labels", "상품준비중", "Preparing (paid)"),
        ("Labels", "취소", "Cancelled"),
        ("ClaimsView", "반품", "Return"),
        ("DepositDialog", "이름 일치", "Name matches"),
        ("HoldDialog", "주소 확인 필요", "Address to be checked"),
        ("_OrdersDialog", "선택한 주문 {n}건", "{n} selected orders"),
        ("PackingDialog", "검수 {packed} / {total}", "Checked {packed} / {total}"),
        ("FirstStart", "취소", "Cancel"),
    ],
)
def test_the_compiled_translation_answers_each_dialogs_context(
    context: str, korean: str, expected: str
) -> None:
    assert QCoreApplication.translate(context, korean) == expected


@pytest.mark.usefixtures("english")
def test_a_count_message_takes_the_singular_for_one_and_the_plural_for_more() -> None:
    one = QCoreApplication.translate("CourierFileDialog", "선택한 주문 %n건", None, 1)
    three = QCoreApplication.translate("CourierFileDialog", "선택한 주문 %n건", None, 3)
    assert (one, three) == ("1 selected order", "3 selected orders")


@pytest.mark.usefixtures("english")
def test_a_subclass_dialog_finds_the_text_of_its_base_class(qapp: QApplication) -> None:
    from desktop_oms.ui.hold_dialog import HoldDialog

    assert HoldDialog.tr("선택한 주문 {n}건") == "{n} selected orders"  # type: ignore[call-arg, arg-type]
