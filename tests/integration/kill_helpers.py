"""Kill tests' shared step: start a script, wait for its marker file, then SIGKILL it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kill_when_marked(
    script: str,
    args: Sequence[str],
    marker: Path,
    *,
    ended_early: str,
    never_marked: str = "the marker file never appeared",
    timeout: float = 120,
) -> int:
    """Run `script` with `args` in a fresh Python, SIGKILL it once `marker` exists; its exit code.

    The script writes `marker` when it has reached the point to be killed at. If it ends
    first, or the marker has not come within `timeout` seconds, the test fails with the
    given words; the process is killed either way.
    """
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        while not marker.exists():
            assert process.poll() is None, ended_early
            assert time.monotonic() < deadline, never_marked
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        returncode = process.wait(timeout=60)
    return returncode
