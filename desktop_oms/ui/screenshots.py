"""Saves PNGs of the main window on its important tabs (for `make screenshot`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_oms.domain.status import OrderStatus
from desktop_oms.ui.main_window import MainWindow

SHOTS: tuple[tuple[str, OrderStatus], ...] = (
    ("paid", OrderStatus.PAID),
    ("awaiting-payment", OrderStatus.AWAITING_PAYMENT),
    ("ready-to-ship", OrderStatus.READY_TO_SHIP),
    ("shipped", OrderStatus.SHIPPED),
    ("cancelled", OrderStatus.CANCELLED),
)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """One PNG per important tab, the first order of each selected; returns the files."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, status in SHOTS:
        window.tabs.show_status(status)
        model = window.tabs.current_model()
        if model.rowCount():
            window.tabs.select_orders([model.row_at(0).id])
        _settle(app)
        path = folder / f"main-{name}.png"
        window.grab().save(str(path))
        saved.append(path)
    window.tabs.show_status(OrderStatus.PAID)
    window.tabs.search("김")
    _settle(app)
    path = folder / "main-search.png"
    window.grab().save(str(path))
    saved.append(path)
    saved.append(save_label_dialog(window, folder / "label-dialog.png"))
    return saved


def save_label_dialog(window: MainWindow, path: Path, orders: int = 6) -> Path:
    """The waybill printing dialog over the first 배송준비중 orders, with its PDF preview."""
    from desktop_oms.ui.label_dialog import LabelPrintDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.tabs.search("")
    window.tabs.show_status(OrderStatus.READY_TO_SHIP)
    model = window.tabs.current_model()
    ids = [model.row_at(n).id for n in range(min(orders, model.rowCount()))]
    dialog = LabelPrintDialog(window.context, ids, window)
    loop = QEventLoop()
    dialog.preview_ready.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    dialog.show()
    loop.exec()
    _settle(app, 20)
    dialog.grab().save(str(path))
    dialog.close()
    return path
