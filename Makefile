# `make run` and `make test` work on a fresh clone: each bootstraps .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all install schema golden bench evaluate fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/vnreport extract corpora -o outputs

# the fast tier, in parallel (pytest-xdist); `make test-all` runs every tier
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto -m "not slow and not browser"

test-all: $(STAMP)
	$(BIN)/python -m pytest -q -n auto

schema: $(STAMP)
	$(BIN)/vnreport schema -o schemas/document.schema.json

golden: $(STAMP)
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

evaluate: $(STAMP)
	$(BIN)/vnreport evaluate tests/eval_own
	$(BIN)/vnreport evaluate tests/eval_long
	@for s in dev train val; do if [ -d ../shared/eval/$$s ]; then echo "== $$s"; $(BIN)/vnreport evaluate ../shared/eval/$$s; fi; done

bench: $(STAMP)
	$(BIN)/vnreport bench

# atheris fuzzing of read+normalize+extract for FUZZ_SECONDS (seed corpus copied: the repo stays clean)
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(BIN)/pip install --quiet 'atheris>=2.3'
	rm -rf .fuzz-work && mkdir -p .fuzz-work && cp fuzz/corpus/* .fuzz-work/
	$(BIN)/python fuzz/fuzz_extract.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 .fuzz-work

clean:
	rm -rf $(VENV) outputs/*.json
