# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/newsledger
OUT := out

.PHONY: demo test fuzz bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	@mkdir -p $(OUT)
	@rm -f $(OUT)/ledger.db
	$(CLI) ingest --db $(OUT)/ledger.db examples/articles
	$(CLI) stats --db $(OUT)/ledger.db
	$(CLI) export --db $(OUT)/ledger.db --format jsonl -o $(OUT)/ledger.jsonl
	$(CLI) report --db $(OUT)/ledger.db -o $(OUT)/briefing.html
	@echo "ledger: $(OUT)/ledger.db   export: $(OUT)/ledger.jsonl   briefing: $(OUT)/briefing.html"
	@echo "try: $(CLI) docs --db $(OUT)/ledger.db   or   $(CLI) serve --db $(OUT)/ledger.db"

test: $(VENV)/.installed
	$(PY) -m pytest -q

# Random inputs through ingest for FUZZ_MINUTES (make fuzz FUZZ_MINUTES=2); prints how many examples ran.
FUZZ_MINUTES ?= 10
fuzz: $(VENV)/.installed
	NEWSLEDGER_FUZZ_SECONDS=$$(( $(FUZZ_MINUTES) * 60 )) $(PY) -m pytest -q -s -p no:logging --timeout=0 tests/fuzz

bench: $(VENV)/.installed
	$(PY) bench/bench_ingest.py
	$(PY) bench/bench_recode.py
	$(PY) bench/bench_cluster.py
	$(PY) bench/bench_reading.py
	$(PY) -W ignore bench/bench_web.py

clean:
	rm -rf $(OUT) $(VENV)
