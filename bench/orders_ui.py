"""Main window on 100,000 orders: first page, tab switch, search, peak memory.

The shared benchmark database is built once; the figures are taken in a fresh subprocess
so that building it does not count towards the memory.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import base_database

ORDERS = 100_000
TARGETS = {
    "first page": 0.5,
    "tab switch": 0.1,
    "search": 0.1,
}
MEMORY_TARGET_MB = 300


def _line(name: str, seconds: float, target: float) -> str:
    verdict = "ok" if seconds <= target else "SLOW"
    return f"{name:<34} {seconds * 1000:8.1f} ms   target ≤ {target * 1000:.0f} ms   {verdict}"


def measure(path: str) -> None:
    """Runs in the subprocess: time the window on the cached database."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_oms.domain.status import STATUS_ORDER
    from desktop_oms.services import queries
    from desktop_oms.storage.uow import Database
    from desktop_oms.ui.context import AppContext
    from desktop_oms.ui.main_window import MainWindow

    app = QApplication([])
    db = Database.open(f"sqlite:///{path}")
    counts = queries.status_counts(db)
    largest = max(counts, key=lambda s: counts[s])

    started = time.perf_counter()
    window = MainWindow(AppContext(db=db), poll_interval_ms=3_600_000)
    window.load()
    window.show()
    window.tabs.show_status(largest)
    app.processEvents()
    first_page = time.perf_counter() - started
    print(_line(f"first page ({largest.korean} {counts[largest]:,})", first_page, 0.5))

    switches = []
    for status in [*STATUS_ORDER, *STATUS_ORDER]:  # first visit loads, second only shows
        started = time.perf_counter()
        window.tabs.show_status(status)
        app.processEvents()
        switches.append(time.perf_counter() - started)
    print(_line("tab switch (slowest of 14)", max(switches), TARGETS["tab switch"]))
    print(_line("tab switch (median)", statistics.median(switches), TARGETS["tab switch"]))

    window.tabs.show_status(largest)
    some = window.tabs.current_model().row_at(150)
    fragment = some.recipient_phone.replace("-", "")[-4:]
    for label, text in (
        ("search: name", some.recipient_name),
        ("search: phone fragment", fragment),
        ("search: product word", "머플러"),
        ("search: rare name (no hit)", "없는이름"),
    ):
        started = time.perf_counter()
        window.tabs.search(text)
        app.processEvents()
        elapsed = time.perf_counter() - started
        rows = window.tabs.current_model().rowCount()
        print(_line(f"{label} ({rows} rows)", elapsed, TARGETS["search"]))
    window.tabs.search("")
    window.close()
    db.dispose()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if peak_mb <= MEMORY_TARGET_MB else "TOO MUCH"
    print(f"{'peak memory':<34} {peak_mb:8.1f} MB   target ≤ {MEMORY_TARGET_MB} MB   {verdict}")


def run() -> None:
    path = base_database()
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", f"from bench.orders_ui import measure; measure({str(path)!r})"],
        cwd=root,
        env=env,
        check=True,
    )


if __name__ == "__main__":
    run()
