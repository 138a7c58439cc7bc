"""What several packaging checks share: the package version, a clean smoke-run environment."""

from __future__ import annotations

import os
from pathlib import Path


def package_version() -> str:
    import desktop_oms

    return desktop_oms.__version__


def smoke_environment(home: Path) -> dict[str, str]:
    """The caller's environment with a throw-away HOME and no Desktop OMS overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DESKTOP_OMS", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "cfg"))
    env["XDG_DATA_HOME"] = str(home / "data")
    return env
