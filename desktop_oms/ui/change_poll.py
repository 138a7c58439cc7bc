"""Notices changes made on other PCs by polling the shared change counters."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 1000


class ChangePoller(QObject):
    """Every second reads the counters; emits the areas ('orders', 'stock', …) that moved."""

    changed = Signal(object)

    def __init__(
        self,
        read_revisions: Callable[[], dict[str, int]],
        interval_ms: int = POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read_revisions
        self._seen: dict[str, int] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._seen = self._safe_read() or self._seen
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _safe_read(self) -> dict[str, int] | None:
        try:
            return self._read()
        except Exception as error:  # a network blip must not kill the window
            log.warning("change poll failed: %s", type(error).__name__)
            return None

    def acknowledge(self) -> None:
        """Our own change was already shown: take the current counters as seen."""
        self._seen = self._safe_read() or self._seen

    def poll(self) -> set[str]:
        """Read the counters now; emit and return the areas that changed."""
        now = self._safe_read()
        if now is None:
            return set()
        moved = {area for area, rev in now.items() if self._seen.get(area) != rev}
        self._seen = now
        if moved:
            self.changed.emit(moved)
        return moved
