# leadrecon — two commands on a fresh machine: `make run` and `make test`.
SWIFT ?= swift
PIPELINE ?= pipelines/default.yaml
OUT ?= out
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench bench-ingest bench-link bench-e2e bench-scale build release deps sample-data clean report-screenshot fuzz

## Installs libcsv (Debian libcsv-dev) when its header is missing.
deps:
	@if [ ! -f /usr/include/csv.h ]; then \
	  echo "installing libcsv-dev (the C CSV parser leadrecon is built on)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcsv-dev; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --scratch-path .build-release

## Runs the default pipeline on sample-data/ and writes the reports to $(OUT)/.
## Exit code 1 from leadrecon means "ran, findings at alert level": expected for the demo data.
run: build
	@./.build/debug/leadrecon run $(PIPELINE) --out $(OUT); code=$$?; \
	if [ $$code -gt 1 ]; then exit $$code; fi; \
	if [ $$code -eq 1 ]; then echo "(leadrecon exited 1: findings at the alert level, as the demo data is built to have)"; fi

test: deps
	$(SWIFT) test

## Runs the default pipeline and renders $(OUT)/report.html to $(OUT)/report.png with headless
## Chromium (Debian `chromium`, installed when missing), to look at the page as a reader would.
report-screenshot: run
	@command -v chromium >/dev/null || { echo "installing chromium (renders the report for the screenshot)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,4000 \
	  --screenshot=$(abspath $(OUT))/report.png file://$(abspath $(OUT))/report.html 2>/dev/null
	@echo "screenshot: $(OUT)/report.png"

## Benchmarks (results in bench/results.json, bench/link-results.json and bench/e2e-results.json;
## see bench/README.md).
bench: bench-ingest bench-link bench-e2e

## Ingest throughput against a plain C libcsv loop on the same ~1 GB file.
bench-ingest: deps
	bash bench/ingest.sh

## The link stage on a generated people register with known duplicates (ROWS=1000000 for the full size).
ROWS ?= 100000
bench-link: deps
	bash bench/link.sh --rows $(ROWS)

## The whole pipeline on a generated world of PERSONS contacts, 0.8 PERSONS leads, 5 PERSONS activities,
## against the C libcsv floor over the same files (issue 6), with the flag stage's share (issue 4).
PERSONS ?= 1000000
bench-e2e: deps
	bash bench/e2e.sh --persons $(PERSONS)

## The scaling curve: the same at 100,000, 300,000 and 1,000,000 persons.
bench-scale: deps
	bash bench/e2e.sh --scale

## libFuzzer on the CSV reader and the value parsers, FUZZ_SECONDS each (see Fuzz/fuzz.sh);
## builds into .build-fuzz, never part of `make test`.
FUZZ_SECONDS ?= 60
fuzz: deps
	SWIFT=$(SWIFT) bash Fuzz/fuzz.sh $(FUZZ_SECONDS)

## Regenerates sample-data/ (deterministic).
sample-data:
	python3 sample-data/generate.py

clean:
	rm -rf .build .build-release $(OUT)
