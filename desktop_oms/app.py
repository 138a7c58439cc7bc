"""GUI entry point (filled in by the ui package)."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_oms.ui.application import run

    return run(list(argv) if argv is not None else None)
