"""First start: an empty database gets demo orders in the background; cancel leaves it empty."""

from __future__ import annotations

import pytest

from desktop_oms.services import queries
from desktop_oms.storage.uow import Database
from desktop_oms.ui.first_start import demo_work, fill_with_progress, is_empty
from desktop_oms.ui.worker import TaskCancelled, TaskControl, WorkerSignals


def test_an_empty_database_is_filled_with_demo_orders_behind_a_progress_dialog(
    qapp: object, db: Database
) -> None:
    assert is_empty(db)
    assert fill_with_progress(db, 40) == "finished"
    assert sum(queries.status_counts(db).values()) == 40
    assert not is_empty(db)


def test_cancelling_the_demo_fill_writes_nothing(qapp: object, db: Database) -> None:
    control = TaskControl(WorkerSignals())
    control.cancel()
    with pytest.raises(TaskCancelled):
        demo_work(db, 40)(control)
    assert is_empty(db)
