# parscan: `make demo` sets up and extracts the bundled sample; `make test` sets up and runs the tests.
PY := .venv/bin/python
PARSCAN := .venv/bin/parscan
export OMP_THREAD_LIMIT ?= 1

.PHONY: setup demo test schema model bench clean

setup:
	@bash scripts/setup.sh

demo: setup
	@mkdir -p out
	$(PARSCAN) extract samples/demo_report.pdf -o out/demo_report.json
	$(PARSCAN) extract samples/demo_report.pdf --format text --quiet

test:
	@PARSCAN_WITH_BROWSER=1 bash scripts/setup.sh
	$(PY) -m pytest -q -n 2 --durations=15

model: setup
	$(PY) -m parscan.normalizers.training.build

schema: setup
	$(PY) -m parscan.schemas.export

bench: setup
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf out .pytest_cache
