"""The 100,000-order database the benchmarks share, built once per schema."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from desktop_oms import __version__

BASE_ORDERS = 100_000
#: Raised whenever the way the base is built changes, so a cached copy is not reused.
BASE_BUILD = 2


def base_database() -> Path:
    """The shared benchmark database (cached under /tmp by version and schema revision)."""
    from desktop_oms.services.demo import fill_demo
    from desktop_oms.storage.migrate import head_revision
    from desktop_oms.storage.uow import Database

    name = f"desktop-oms-bench-{__version__}-r{head_revision()}-b{BASE_BUILD}.sqlite3"
    path = Path(tempfile.gettempdir()) / name
    if path.exists():
        return path
    building = path.with_suffix(".building")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    print(f"building {BASE_ORDERS:,} demo orders in {path} (once) …", flush=True)
    started = time.perf_counter()
    db = Database.open(f"sqlite:///{building}")
    fill_demo(db, BASE_ORDERS, now=datetime(2026, 11, 26, 10, 0))
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    building.rename(path)
    print(f"built in {time.perf_counter() - started:.1f} s", flush=True)
    return path
