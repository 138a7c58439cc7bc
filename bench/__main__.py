"""Run every benchmark module that has a `run()`; each prints its figures and targets."""

from __future__ import annotations

import importlib
import os
import sys

MODULES = [
    "bench.orders_ui",
    "bench.intake",
    "bench.stock",
    "bench.labels",
    "bench.aftersales",
    "bench.privacy",
]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = sys.argv[1:]
    for name in MODULES:
        if only and name.split(".")[-1] not in only:
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        print(f"== {name.split('.')[-1]} ==", flush=True)
        module.run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
