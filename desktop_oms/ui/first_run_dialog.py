"""The short setup shown on the very first start: shop, sender, courier, where data lives."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.privacy import format_phone, normalize_phone
from desktop_oms.resources import courier_registry
from desktop_oms.services.shop_settings import (
    SettingError,
    load_shop_settings,
    save_shop_settings,
)
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.labels import courier_label

#: QSettings key (per PC) that says the first-run setup was completed.
SETUP_DONE_KEY = "setup/done"
#: QSettings key (per PC) recording where the user wants the data: "local" or "shared".
DATABASE_CHOICE_KEY = "setup/database"


def first_run_needed(settings: QSettings | None = None) -> bool:
    """True until the setup dialog has been completed once on this PC."""
    store = settings if settings is not None else QSettings()
    value = store.value(SETUP_DONE_KEY, False)
    return str(value).lower() not in ("true", "1")


class FirstRunDialog(QDialog):
    """Asks for shop name, sender phone and address, default courier and database choice."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = settings if settings is not None else QSettings()
        self._shop = load_shop_settings(ctx.db)
        self.setWindowTitle(self.tr("처음 설정"))
        self.setMinimumWidth(460)
        self._build()
        self._fill()

    # ---- widgets -----------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Desktop OMS를 시작하기 전에 운송장에 인쇄될 보내는 사람 정보를 입력하세요. "
                "나중에 설정에서 바꿀 수 있습니다."
            )
        )
        intro.setWordWrap(True)

        self.shop_name_edit = QLineEdit()
        self.shop_name_edit.setPlaceholderText(self.tr("예: 행복상회"))
        self.sender_phone_edit = QLineEdit()
        self.sender_phone_edit.setPlaceholderText("010-1234-5678")
        self.sender_address_edit = QLineEdit()
        self.sender_address_edit.setPlaceholderText(self.tr("예: 서울 강남구 테헤란로 1"))
        self.courier_combo = QComboBox()
        for courier in courier_registry():
            self.courier_combo.addItem(courier_label(courier), courier.code)

        form = QFormLayout()
        form.addRow(self.tr("쇼핑몰 이름"), self.shop_name_edit)
        form.addRow(self.tr("보내는 사람 전화"), self.sender_phone_edit)
        form.addRow(self.tr("보내는 사람 주소"), self.sender_address_edit)
        form.addRow(self.tr("기본 택배사"), self.courier_combo)

        self.local_radio = QRadioButton(self.tr("이 PC에 저장 (기본, 설정 필요 없음)"))
        self.shared_radio = QRadioButton(self.tr("공유 서버 (여러 PC가 같은 주문을 사용)"))
        self._database_group = QButtonGroup(self)
        self._database_group.addButton(self.local_radio)
        self._database_group.addButton(self.shared_radio)
        self.shared_hint = QLabel(
            self.tr(
                "설정을 마친 뒤 파일 › 데이터베이스… 에서 서버 주소와 계정을 입력하세요. "
                "서버에 연결하면 그 서버의 쇼핑몰 정보를 사용하므로, 위 칸은 비워 두어도 됩니다."
            )
        )
        self.shared_hint.setWordWrap(True)
        self.shared_radio.toggled.connect(self.shared_hint.setVisible)
        database_box = QGroupBox(self.tr("데이터 저장 위치"))
        database_layout = QVBoxLayout(database_box)
        database_layout.addWidget(self.local_radio)
        database_layout.addWidget(self.shared_radio)
        database_layout.addWidget(self.shared_hint)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("시작하기"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("나중에"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(database_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        """Start from what is stored (a shared database may already be set up)."""
        shop = self._shop
        if shop.shop_name != "내 쇼핑몰":
            self.shop_name_edit.setText(shop.shop_name)
        self.sender_phone_edit.setText(shop.sender_phone)
        self.sender_address_edit.setText(shop.sender_address)
        index = self.courier_combo.findData(shop.default_courier)
        self.courier_combo.setCurrentIndex(max(index, 0))
        shared = self._settings.value(DATABASE_CHOICE_KEY, "local") == "shared"
        (self.shared_radio if shared else self.local_radio).setChecked(True)
        self.shared_hint.setVisible(shared)

    # ---- result ------------------------------------------------------------------------

    @property
    def wants_shared_database(self) -> bool:
        """The user chose a shared server: the caller may open File › Database… next."""
        return self.shared_radio.isChecked()

    def _problem(self) -> str | None:
        """The first thing refused in the form, Korean / English; None when all is well."""
        if not self.shop_name_edit.text().strip() and not self.wants_shared_database:
            return self.tr("쇼핑몰 이름을 입력하세요 / Please enter the shop name")
        phone = self.sender_phone_edit.text().strip()
        if phone and normalize_phone(phone) is None:
            return self.tr(
                "전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678) "
                "/ The phone number is not valid (e.g. 010-1234-5678)"
            )
        return None

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        """Save the shop settings and the local flag; stay open with a message if refused."""
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        shop = self._shop
        # With a shared server to come, blank fields keep what is stored (the server's own).
        shop.shop_name = self.shop_name_edit.text().strip() or shop.shop_name
        digits = normalize_phone(self.sender_phone_edit.text())
        shop.sender_phone = format_phone(digits) if digits else shop.sender_phone
        shop.sender_address = self.sender_address_edit.text().strip() or shop.sender_address
        shop.default_courier = str(self.courier_combo.currentData())
        try:
            save_shop_settings(self._ctx.db, shop)
        except SettingError as error:
            self._show_error(str(error))
            return
        self._settings.setValue(
            DATABASE_CHOICE_KEY, "shared" if self.wants_shared_database else "local"
        )
        self._settings.setValue(SETUP_DONE_KEY, True)
        self._settings.sync()
        super().accept()
