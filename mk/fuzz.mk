# Fuzzing the core with libFuzzer (clang), included by the Makefile.
#
#   make fuzz-build   build fuzz/bin/fuzz_pipeline (ASan + UBSan + libFuzzer)
#   make fuzz         run it for FUZZ_SECONDS (default 60) on FUZZ_JOBS workers
#   make fuzz FUZZ_FAST=1
#                     the same with fuzz/bin/fuzz_pipeline_fast (UBSan + libFuzzer,
#                     no ASan; about 4x the executions per second, for long runs)
#   make fuzz-replay  run every input of fuzz/corpus-run once through the ASan
#                     build, so what a fast run found is also checked by ASan
#   make fuzz-smoke   a 20-second run; part of `make test` (TEST_EXTRA)
#   make fuzz-seeds   (re)generate extra seeds from ../shared/data into fuzz/corpus-run
#
# The corpus that grows during runs lives in fuzz/corpus-run/ (not committed);
# the committed seeds in fuzz/seeds/ are read only. A crash leaves
# fuzz/bin/crash-* (reproduce: fuzz/bin/fuzz_pipeline fuzz/bin/crash-…);
# every crash found becomes a test in test/unit/test_hostile.c.

FUZZ_CC       ?= clang
FUZZ_SECONDS  ?= 60
FUZZ_JOBS     ?= 2
FUZZ_RSS_MB   ?= 2048
FUZZ_MAX_LEN  ?= 65536
FUZZ_TIMEOUT  ?= 10
FUZZ_BIN       = fuzz/bin/fuzz_pipeline
FUZZ_CORPUS    = fuzz/corpus-run
FUZZ_SHARED   ?= ../shared/data
FUZZ_BASE      = -std=c11 -D_GNU_SOURCE -g -O2 -Wall -Wextra -Werror \
                 -fno-sanitize-recover=undefined -fno-sanitize-coverage=trace-cmp \
                 -fno-omit-frame-pointer -Isrc/core $(ICU_CFLAGS) $(TABLE_FLAGS)
FUZZ_FLAGS     = $(FUZZ_BASE) -fsanitize=fuzzer,address,undefined
FUZZ_FAST_FLAGS = $(FUZZ_BASE) -fsanitize=fuzzer,undefined
FUZZ_FAST_BIN  = fuzz/bin/fuzz_pipeline_fast
FUZZ_RUN_BIN   = $(if $(FUZZ_FAST),fuzz_pipeline_fast,fuzz_pipeline)
FUZZ_ARGS      = -max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=$(FUZZ_RSS_MB) \
                 -timeout=$(FUZZ_TIMEOUT) -dict=fuzz/german.dict -artifact_prefix=fuzz/bin/ -print_final_stats=1

.PHONY: fuzz fuzz-build fuzz-smoke fuzz-seeds fuzz-replay

TEST_EXTRA += fuzz-smoke

# The core, compiled once per fuzzing flavour into a static library: with
# coverage, ASan and UBSan for the target, with coverage and UBSan only for
# the fast one. The tables are data: the normal build's objects serve both.
FUZZ_LIB       = $(BUILD_DIR)/fuzz/libgeotext_core.a
FUZZ_FAST_LIB  = $(BUILD_DIR)/fuzz-fast/libgeotext_core.a
FUZZ_OBJS      = $(patsubst src/core/%.c,$(BUILD_DIR)/fuzz/%.o,$(CORE_SRCS))
FUZZ_FAST_OBJS = $(patsubst src/core/%.c,$(BUILD_DIR)/fuzz-fast/%.o,$(CORE_SRCS))

$(BUILD_DIR)/fuzz/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_BASE) -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

$(BUILD_DIR)/fuzz-fast/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_BASE) -fsanitize=fuzzer-no-link,undefined -c -o $@ $<

$(FUZZ_LIB): $(FUZZ_OBJS)
	rm -f $@
	$(AR) rcs $@ $(FUZZ_OBJS)

$(FUZZ_FAST_LIB): $(FUZZ_FAST_OBJS)
	rm -f $@
	$(AR) rcs $@ $(FUZZ_FAST_OBJS)

$(FUZZ_BIN): fuzz/fuzz_pipeline.c $(BLOB_OBJS) $(FUZZ_LIB)
	@mkdir -p fuzz/bin
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ fuzz/fuzz_pipeline.c $(BLOB_OBJS) $(FUZZ_LIB) $(CORE_LINK)

$(FUZZ_FAST_BIN): fuzz/fuzz_pipeline.c $(BLOB_OBJS) $(FUZZ_FAST_LIB)
	@mkdir -p fuzz/bin
	$(FUZZ_CC) $(FUZZ_FAST_FLAGS) -o $@ fuzz/fuzz_pipeline.c $(BLOB_OBJS) $(FUZZ_FAST_LIB) $(CORE_LINK)

fuzz-build: $(FUZZ_BIN) $(if $(FUZZ_FAST),$(FUZZ_FAST_BIN))

# Seeds from the shared NER and quote data, written at run time (never committed).
fuzz-seeds:
	@mkdir -p $(FUZZ_CORPUS)
	@python3 fuzz/make_seeds.py $(FUZZ_SHARED) $(FUZZ_CORPUS)

# A bounded run on FUZZ_JOBS workers (their logs: fuzz/bin/fuzz-N.log);
# prints the executions of all workers; fails if a finding was written.
fuzz: fuzz-build fuzz-seeds
	rm -f fuzz/bin/fuzz-*.log
	cd fuzz/bin && ./$(FUZZ_RUN_BIN) -max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=$(FUZZ_RSS_MB) \
	  -timeout=$(FUZZ_TIMEOUT) -dict=../german.dict -artifact_prefix=./ -print_final_stats=1 \
	  -max_total_time=$(FUZZ_SECONDS) -jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) \
	  ../../$(FUZZ_CORPUS) ../seeds || true
	@grep -h 'stat::number_of_executed_units' fuzz/bin/fuzz-*.log | \
	  awk '{ s += $$2 } END { printf "fuzz: %d executions in %d workers\n", s, NR }'
	@for f in fuzz/bin/crash-* fuzz/bin/leak-* fuzz/bin/timeout-* fuzz/bin/oom-*; do \
	  if [ -e "$$f" ]; then echo "fuzz: finding $$f" >&2; exit 1; fi; done

# Every input of the run corpus once through the ASan + UBSan build
# (libFuzzer runs each file given on the command line, then stops).
fuzz-replay: $(FUZZ_BIN)
	find $(FUZZ_CORPUS) -type f -print0 | \
	  xargs -0 -n 2000 $(FUZZ_BIN) -rss_limit_mb=$(FUZZ_RSS_MB) -timeout=$(FUZZ_TIMEOUT) \
	    -artifact_prefix=fuzz/bin/ 2>&1 | grep -c '^Running:' | \
	  awk '{ printf "fuzz-replay: %d inputs ran under ASan + UBSan\n", $$1 }'
	@for f in fuzz/bin/crash-* fuzz/bin/leak-* fuzz/bin/timeout-* fuzz/bin/oom-*; do \
	  if [ -e "$$f" ]; then echo "fuzz: finding $$f" >&2; exit 1; fi; done

# A short run from the committed seeds only (for `make test`).
fuzz-smoke: $(FUZZ_BIN)
	@mkdir -p fuzz/bin/smoke-corpus
	$(FUZZ_BIN) $(FUZZ_ARGS) -max_total_time=20 fuzz/bin/smoke-corpus fuzz/seeds
