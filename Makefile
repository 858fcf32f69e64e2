# The two commands a new user needs: `make demo` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  ?= ../shared/seeds
BENCH_DATA ?= ../shared/data/article-extraction-benchmark
OUT    ?= out

.PHONY: demo test bench bench-clean bench-scale bench-web bench-hostile fuzz fuzz-input fuzz-web eval lint browser clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian's chromium drives the browser tests; installed only where we may (root, apt).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1) \
	  || echo "chromium not installed: browser tests will be skipped"; }

demo: $(STAMP)
	$(BIN)/newsledger run examples/ --db $(OUT)/demo/ledger.sqlite --out $(OUT)/demo

test: $(STAMP) browser
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/newsledger eval --gold $(SEEDS)/gold/claims.jsonl $(SEEDS)/*.txt

bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py --seeds $(SEEDS)
	$(PY) benchmarks/general/sentences/score.py
	$(PY) benchmarks/bench_process.py --seeds $(SEEDS) --pages $(BENCH_DATA)

bench-clean: $(STAMP)
	$(PY) benchmarks/bench_clean.py --data $(BENCH_DATA)

# The web server under load (2,000 requests at 20 concurrent per endpoint, loopback only).
bench-web: $(STAMP)
	$(PY) benchmarks/bench_web.py --seeds $(SEEDS)

# Schema-driven fuzzing of the web server's API and pages (schemathesis, all checks).
FUZZ_MINUTES ?= 10
# e.g. FUZZ_ARGS="-- --phases fuzzing --seed 1" (passed on to schemathesis run)
fuzz-web: $(STAMP)
	$(PY) benchmarks/fuzz_web.py --seeds $(SEEDS) --minutes $(FUZZ_MINUTES) $(FUZZ_ARGS)

# Coverage-guided fuzzing of readers, cleaner, figures, times and the per-document function
# (atheris; hypothesis with the same budget where atheris is not installed), FUZZ_MINUTES each.
FUZZ_JOBS ?= 1
fuzz-input: $(STAMP)
	$(PY) benchmarks/fuzz.py --minutes $(FUZZ_MINUTES) --jobs $(FUZZ_JOBS)

fuzz: fuzz-input fuzz-web

# Hostile inputs beside good reports (issue 15): time, CPU, peak memory, reasons, accounting.
bench-hostile: $(STAMP)
	$(PY) benchmarks/bench_hostile.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache

# Scale: engines (local 1 and 2 workers, Ray 2 workers) on generated corpora, driver and worker
# memory, and the cross-document stage alone on replicated stored results (long: see the script).
SCALE_SIZES ?= 2000,20000
SCALE_CROSSDOC ?= 10000,100000
bench-scale: $(STAMP)
	$(PY) benchmarks/bench_scale.py --sizes $(SCALE_SIZES) --crossdoc-sizes $(SCALE_CROSSDOC)
