# Thin wrapper: the real build is CMake. `make run` and `make test` work on a fresh
# Debian 12 machine because both start by installing whatever is missing.
BUILD ?= build
JOBS  ?= $(shell nproc)
SHARED ?= ../shared

.PHONY: run test build deps configure eval sanitize tsan fuzz clean bench

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@$(BUILD)/pejabat build samples --out out --render svg,png
	@echo "exports written to out/: $$(cd out && ls | tr '\n' ' ')"

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

eval: build
	@if [ -d $(SHARED)/seeds ] && [ -f $(SHARED)/eval/score.py ]; then \
	  $(BUILD)/pejabat build $(SHARED)/seeds --out $(BUILD)/eval-seeds --quiet && \
	  /usr/bin/python3 $(SHARED)/eval/score.py $(BUILD)/eval-seeds/graph.graphml $(SHARED)/eval/gold --verbose; \
	else echo "make eval: $(SHARED)/seeds not found, skipping"; fi

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (the robustness cases run with lighter generated inputs there).
sanitize: deps
	@cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPEJABAT_SANITIZE=ON >/dev/null
	@cmake --build build-sanitize -j $(JOBS)
	@cd build-sanitize && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# The multi-threaded runs under ThreadSanitizer: e2e.determinism builds the
# same inputs with -j 1, 2 and 5, bad records and --strict included.
tsan: deps
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPEJABAT_TSAN=ON >/dev/null
	@cmake --build build-tsan -j $(JOBS) --target pejabat gen-corpus
	@cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R '^e2e\.determinism$$'

# libFuzzer targets (clang, ASan, UBSan) for the text, HTML and JSON Lines
# readers and the extractor, each for FUZZ_SECONDS; see tests/fuzz/run_fuzzers.sh.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= fuzz_text fuzz_html fuzz_jsonl fuzz_extract
fuzz:
	@scripts/install-deps --fuzz
	@cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
	  -DPEJABAT_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target $(FUZZ_TARGETS)
	@tests/fuzz/run_fuzzers.sh build-fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The end-to-end table of docs/performance.md (bench/run; BENCH_ARGS=--quick for a
# short version, BENCH_ARGS="--sizes 1k,10k" for some sizes). Corpora go to /tmp.
BENCH_ARGS ?=
bench: deps
	@BUILD=$(BUILD) bench/run $(BENCH_ARGS)

clean:
	rm -rf $(BUILD) build-sanitize build-tsan build-fuzz out
