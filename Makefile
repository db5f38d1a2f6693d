# MyPreferences SDK — developer tasks. `make test` and `make demo` work on a fresh clone:
# they create .venv and install the Python and Node tools they need.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SPEC   := openapi/mypreferences-v4.yaml
NODE_BIN := scripts/node_modules/.bin
STAMP  := $(VENV)/.installed-stamp
NODE_STAMP := scripts/node_modules/.installed-stamp

.PHONY: install generate check-generated lint-spec lint typecheck pytest test bench demo scale-demo docs docs-serve clean

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
	$(BIN)/python -m mypreferences.testing._contract_build $(SPEC)

## Fail when the spec is invalid or the committed generated code differs from a fresh generation.
check-generated: $(STAMP) lint-spec
	$(BIN)/python scripts/generate.py --check

lint-spec: $(NODE_STAMP)
	$(NODE_BIN)/redocly lint $(SPEC) --config openapi/redocly.yaml --format=stylish

## ruff, and the import-layer contracts (pyproject [tool.importlinter]): no import circle, layers kept.
lint: $(STAMP)
	$(BIN)/ruff check src tests scripts examples
	$(BIN)/ruff format --check src tests scripts examples
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: install
	$(BIN)/python -m pytest -q

## Everything: spec checks, drift check, ruff, mypy, pytest.
test: check-generated lint typecheck docs pytest

## The main job: a batch run (create, fan-out look-ups, JSON Patch, export) against the local server.
demo: $(STAMP)
	$(BIN)/python examples/batch_job.py

## Loopback benchmark: SDK fan-out vs raw httpx, import time, model parsing (not part of `make test`).
bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

## 4 Dask workers share one Redis rate budget (200/s) against the local server (not part of `make test`).
scale-demo: $(STAMP)
	$(BIN)/python scripts/scale_demo.py $(SCALE_ARGS)

## The documentation site into site/ (strict: a broken link, a missing reference or a docstring warning fails).
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## The same site, rebuilt on every change, on http://127.0.0.1:8000.
docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve -a 127.0.0.1:8000

clean:
	rm -rf $(VENV) .venv-httpx2 site scripts/node_modules .mypy_cache .ruff_cache
