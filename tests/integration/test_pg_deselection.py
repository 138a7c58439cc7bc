"""Without a PostgreSQL server its tests are deselected and the summary says so."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = """
from desktop_oms.storage.uow import Database


def test_sample(db: Database) -> None:
    assert db.url
"""


def _run_sample(tmp_path: Path, env_pg: str | None) -> str:
    suite = tmp_path / "suite"
    (suite / "tests" / "integration").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "conftest.py", suite / "tests" / "conftest.py")
    (suite / "tests" / "__init__.py").write_text("")
    (suite / "tests" / "integration" / "__init__.py").write_text("")
    (suite / "tests" / "integration" / "test_sample.py").write_text(SAMPLE)
    env = {k: v for k, v in os.environ.items() if k != "DESKTOP_OMS_TEST_PG"}
    if env_pg:
        env["DESKTOP_OMS_TEST_PG"] = env_pg
    env["PYTHONPATH"] = f"{suite}{os.pathsep}{ROOT}"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "tests", "-rA"],
        cwd=suite,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout + done.stderr


def test_without_a_server_the_postgresql_variant_is_deselected_and_named(
    tmp_path: Path,
) -> None:
    out = _run_sample(tmp_path, None)
    assert "1 passed, 1 deselected" in out
    assert "test_sample[sqlite]" in out
    assert "PostgreSQL tests were NOT run (1 deselected)" in out


@pytest.mark.postgres
def test_with_a_server_both_variants_run(tmp_path: Path) -> None:
    out = _run_sample(tmp_path, os.environ["DESKTOP_OMS_TEST_PG"])
    assert "2 passed" in out
    assert "test_sample[postgresql]" in out
    assert "PostgreSQL tests ran against" in out
