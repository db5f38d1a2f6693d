# MyPreferences SDK — developer tasks. `make test` and `make demo` work on a fresh clone:
# they create .venv and install the Python and Node tools they need.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SPEC   := openapi/mypreferences-v4.yaml
NODE_BIN := scripts/node_modules/.bin
STAMP  := $(VENV)/.installed-stamp
NODE_STAMP := scripts/node_modules/.installed-stamp

.PHONY: install generate check-generated lint-spec lint typecheck pytest test bench demo clean

install: $(STAMP) $(NODE_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(NODE_STAMP): scripts/package.json scripts/package-lock.json
	cd scripts && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

## Regenerate src/mypreferences/generated, _resources.py and _schemas.py from the spec.
generate: $(STAMP)
	$(BIN)/python scripts/generate.py

## Fail when the spec is invalid or the committed generated code differs from a fresh generation.
check-generated: $(STAMP) lint-spec
	$(BIN)/python scripts/generate.py --check

lint-spec: $(NODE_STAMP)
	$(NODE_BIN)/redocly lint $(SPEC) --config openapi/redocly.yaml --format=stylish

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts examples
	$(BIN)/ruff format --check src tests scripts examples

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: install
	$(BIN)/python -m pytest -q

## Everything: spec checks, drift check, ruff, mypy, pytest.
test: check-generated lint typecheck pytest

## The main job: a batch run (create, fan-out look-ups, JSON Patch, export) against the local server.
demo: $(STAMP)
	$(BIN)/python examples/batch_job.py

## Loopback benchmark: SDK fan-out vs raw httpx, import time, model parsing (not part of `make test`).
bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) scripts/node_modules .mypy_cache .ruff_cache
