# `make run` and `make test` are the only two commands a fresh machine needs.
# The newest supported Python on the PATH (one that runs: a pyenv shim may not); PYTHON=... overrides.
SUPPORTED := python3.13 python3.12 python3.11
PYTHON ?= $(firstword $(foreach p,$(SUPPORTED),$(shell $(p) -c '' >/dev/null 2>&1 && echo $(p))))
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

RAW ?= data/raw
OUT ?= data/processed

.PHONY: run test test-fast install clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "No $(SUPPORTED) on the PATH: install Python 3.13, 3.12 or 3.11 (or give PYTHON=/path/to/python3.x)"; exit 1; }
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: letopis needs Python 3.13, 3.12 or 3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/letopis run --raw $(RAW) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf $(VENV) $(OUT)
