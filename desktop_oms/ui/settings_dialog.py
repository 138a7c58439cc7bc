"""Settings: this PC's language and the shop's shared settings, validated by the service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.resources import courier_registry
from desktop_oms.services.shop_settings import (
    SettingError,
    ShopSettings,
    load_shop_settings,
    save_shop_settings,
)
from desktop_oms.storage.uow import Database
from desktop_oms.ui.i18n import chosen_language, set_chosen_language
from desktop_oms.ui.labels import courier_label


class SettingsDialog(QDialog):
    """Edits the language and the shop settings; refusals show in Korean and English."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("설정"))
        self.setMinimumWidth(520)
        self.language = QComboBox()
        self.language.addItem(self.tr("시스템 설정 따르기"), "system")
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.shop_name = QLineEdit()
        self.sender_phone = QLineEdit()
        self.sender_address = QLineEdit()
        self.default_courier = QComboBox()
        for courier in courier_registry():
            self.default_courier.addItem(courier_label(courier), courier.code)
        self.mask_labels = QCheckBox(self.tr("송장에 이름·전화번호 가리기 (홍*동, 010-1234-****)"))
        self.deposit_days = QSpinBox()
        self.deposit_days.setRange(0, 365)
        self.deposit_days.setSuffix(self.tr(" 일"))
        self.auto_confirm_days = QSpinBox()
        self.auto_confirm_days.setRange(0, 365)
        self.auto_confirm_days.setSuffix(self.tr(" 일"))
        self.auto_ready = QCheckBox(self.tr("입고 시 재고가 할당되면 자동으로 배송준비중으로"))
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)

        this_pc = QGroupBox(self.tr("이 PC"))
        pc_form = QFormLayout(this_pc)
        pc_form.addRow(self.tr("언어 (다시 시작하면 적용)"), self.language)
        shop = QGroupBox(self.tr("쇼핑몰 (모든 PC 공통)"))
        form = QFormLayout(shop)
        form.addRow(self.tr("쇼핑몰 이름"), self.shop_name)
        form.addRow(self.tr("보내는 분 전화번호"), self.sender_phone)
        form.addRow(self.tr("보내는 분 주소"), self.sender_address)
        form.addRow(self.tr("기본 택배사"), self.default_courier)
        form.addRow("", self.mask_labels)
        form.addRow(self.tr("입금기한"), self.deposit_days)
        form.addRow(self.tr("자동 구매확정 (배송완료 후)"), self.auto_confirm_days)
        form.addRow("", self.auto_ready)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(this_pc)
        layout.addWidget(shop)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self._loaded = load_shop_settings(db)
        self._show(self._loaded, chosen_language())

    def _show(self, settings: ShopSettings, language: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.shop_name.setText(settings.shop_name)
        self.sender_phone.setText(settings.sender_phone)
        self.sender_address.setText(settings.sender_address)
        self.default_courier.setCurrentIndex(
            max(0, self.default_courier.findData(settings.default_courier))
        )
        self.mask_labels.setChecked(settings.mask_labels)
        self.deposit_days.setValue(settings.deposit_deadline_days)
        self.auto_confirm_days.setValue(settings.auto_confirm_days)
        self.auto_ready.setChecked(settings.auto_ready_on_receipt)

    def edited_settings(self) -> ShopSettings:
        settings = ShopSettings(
            **{name: getattr(self._loaded, name) for name in ShopSettings.__dataclass_fields__}
        )
        settings.shop_name = self.shop_name.text().strip()
        settings.sender_phone = self.sender_phone.text().strip()
        settings.sender_address = self.sender_address.text().strip()
        settings.default_courier = str(self.default_courier.currentData())
        settings.mask_labels = self.mask_labels.isChecked()
        settings.deposit_deadline_days = self.deposit_days.value()
        settings.auto_confirm_days = self.auto_confirm_days.value()
        settings.auto_ready_on_receipt = self.auto_ready.isChecked()
        return settings

    def on_save(self) -> None:
        """Save through the service; a refused value keeps the dialog open with the reason."""
        settings = self.edited_settings()
        if not settings.shop_name:
            self.problem.setText("쇼핑몰 이름을 입력하세요 / Enter the shop name")
            return
        try:
            save_shop_settings(self.db, settings)
        except SettingError as refused:
            self.problem.setText(str(refused))
            return
        set_chosen_language(str(self.language.currentData()))
        self.accept()
