# Two commands on a fresh machine (see README.md): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint install system-packages bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Creates the virtualenv, installs, migrates the database (on start) and runs the service on embedded defaults.
run: install
	$(BIN)/mailservice run

# Installs what the tests need (Debian packages included), checks lint, format and types, and runs the whole suite.
test: install system-packages lint
	$(BIN)/pytest

# ruff (lint + format) and mypy, configured in pyproject.toml.
lint: install
	$(BIN)/ruff check mailservice tests bench
	$(BIN)/ruff format --check mailservice tests bench
	$(BIN)/mypy

system-packages:
	scripts/install-system-packages

bench: install
	@for b in bench/[!_]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) var build *.egg-info
