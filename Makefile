# akhbar — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db

.PHONY: demo test lint typecheck pytest browser clean

$(STAMP): pyproject.toml setup.py src/akhbar/text/_wordhash.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Chromium for the browser test (Debian's package); the test skips, saying why, if it cannot be had.
browser:
	@command -v chromium >/dev/null 2>&1 || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
	    || echo "note: could not install Debian chromium; browser tests will be skipped"; }

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy src

pytest: $(STAMP) browser
	$(BIN)/python -m pytest -q -n 2

test: lint typecheck pytest

demo: $(STAMP)
	$(BIN)/akhbar ingest demo/data --db $(DEMO_DB)
	$(BIN)/akhbar serve --db $(DEMO_DB) --host 127.0.0.1 --port 8000

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
