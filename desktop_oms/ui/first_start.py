"""First start: fill an empty database with demo orders in the background, with progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_oms.services import queries
from desktop_oms.services.demo import DemoCancelled, DemoResult, fill_demo
from desktop_oms.storage.uow import Database
from desktop_oms.ui.worker import TaskCancelled, TaskControl, Worker

FIRST_START_ORDERS = 600


def is_empty(db: Database) -> bool:
    """No orders and no SKUs: a database nobody has used yet."""
    return sum(queries.status_counts(db).values()) == 0 and not queries.stock_rows(db)


def demo_work(db: Database, orders: int) -> Callable[[TaskControl], DemoResult]:
    """The work function for a Worker: fill_demo reporting progress, honouring cancel."""

    def work(control: TaskControl) -> DemoResult:
        try:
            return fill_demo(
                db, orders, progress=control.report, cancelled=lambda: control.cancelled
            )
        except DemoCancelled:
            raise TaskCancelled from None

    return work


def fill_with_progress(
    db: Database, orders: int = FIRST_START_ORDERS, parent: QWidget | None = None
) -> str:
    """Run the demo fill off the GUI thread; 'finished', 'cancelled' or the error text."""
    dialog = QProgressDialog(
        QCoreApplication.translate("FirstStart", "처음 실행: 예제 주문 {0}건을 만드는 중…").format(
            orders
        ),
        QCoreApplication.translate("FirstStart", "취소"),
        0,
        orders,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("FirstStart", "예제 데이터"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    worker = Worker(demo_work(db, orders))
    loop = QEventLoop()
    outcome = {"result": "finished"}

    def on_failed(message: str) -> None:
        outcome["result"] = message

    def on_cancelled() -> None:
        outcome["result"] = "cancelled"

    worker.signals.progress.connect(lambda done, total: dialog.setValue(done))
    worker.signals.failed.connect(on_failed)
    worker.signals.cancelled.connect(on_cancelled)
    for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
        signal.connect(loop.quit)
    dialog.canceled.connect(worker.control.cancel)
    dialog.show()
    worker.start()
    loop.exec()
    dialog.reset()
    dialog.close()
    return outcome["result"]
