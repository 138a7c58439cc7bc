# Desktop OMS — `make run` opens the program, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-deps run test lint typecheck unit bench screenshot dist check-dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: system-deps $(STAMP)

# Debian packages Qt, fonts, Xvfb and PostgreSQL need; only when root with apt-get.
system-deps:
	@scripts/system-deps.sh

run: setup
	QT_QPA_PLATFORM= $(BIN)/python main.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

test: setup lint typecheck
	scripts/run-tests.sh

bench: setup
	$(BIN)/python -m bench

screenshot: setup
	scripts/screenshot.sh

dist: setup
	$(MAKE) -C installer dist

# The frozen program's smoke run, the .deb installed and removed, the NSIS installer
# under Wine — each when its tools exist (see installer/README.md).
check-dist: dist
	$(MAKE) -C installer check-dist

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
