# geotext — PostgreSQL extension (PGXS).
#
#   make demo      install what a fresh Debian 12 lacks, build, install, show the example
#   make test      the same set-up, then every suite: C unit tests (ASan+UBSan), pg_regress, pgTAP
#   make / make install / make installcheck    the usual PGXS targets

EXTENSION   = geotext
EXTVERSION  = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" geotext.control)

CORE_SRCS   = $(sort $(filter-out src/core/lexicon_data.c,$(wildcard src/core/*.c)))
PG_SRCS     = $(sort $(wildcard src/pg/*.c))
LEXICON_C   = src/core/lexicon_data.c
LEXICON_SRC = $(wildcard data/*.tsv) tools/compile_lexicon.py
WORDLIST   ?= /usr/share/dict/ngerman,/usr/share/hunspell/de_DE.dic,/usr/share/dict/american-english

MODULE_big  = $(EXTENSION)
OBJS        = $(CORE_SRCS:.c=.o) $(LEXICON_C:.c=.o) $(PG_SRCS:.c=.o)
DATA_built  = sql/$(EXTENSION)--$(EXTVERSION).sql
EXTRA_CLEAN = $(LEXICON_C) test/unit/bin results regression.diffs regression.out

TESTS       = $(sort $(wildcard test/sql/*.sql))
REGRESS     = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=$(EXTENSION)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc 2>/dev/null)
ICU_LIBS   := $(shell pkg-config --libs icu-uc 2>/dev/null || echo -licuuc)
PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS)
PG_CFLAGS   = -Wall -Wextra -Werror -Wno-missing-field-initializers
SHLIB_LINK  = $(ICU_LIBS)

# JIT bitcode for a 60 MB generated lexicon costs minutes and buys nothing.
override with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
all install installcheck:
	@echo "pg_config not found: run 'make demo' or 'make deps' first (or set PG_CONFIG)" >&2
	@exit 1
endif

# Objects depend on every header of their layer (PGXS tracks none by itself).
$(CORE_SRCS:.c=.o): $(wildcard src/core/*.h)
$(PG_SRCS:.c=.o): $(wildcard src/core/*.h src/pg/*.h)

# PostgreSQL's own headers trip -Wunused-parameter; the core keeps it.
$(PG_SRCS:.c=.o): CFLAGS += -Wno-unused-parameter

SQL_PARTS = $(sort $(wildcard sql/src/*.sql))

sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) geotext.control
	{ printf '%s\n' '-- geotext $(EXTVERSION): German news text analysis. Built from sql/src/*.sql.' \
	  '-- Every object lives in the extension schema (@extschema@); every reference is qualified.' \
	  '\echo Use "CREATE EXTENSION geotext" to load this file. \quit'; \
	  for f in $(SQL_PARTS); do echo; cat $$f; done; } > $@

$(LEXICON_C): $(LEXICON_SRC) src/core/lexicon_table.h
	python3 tools/compile_lexicon.py --wordlist '$(WORDLIST)' --output $@

src/core/lexicon_data.o: $(LEXICON_C)
	$(CC) $(CPPFLAGS) $(PG_CPPFLAGS) $(CFLAGS) -O1 -c -o $@ $<

# ---------------------------------------------------------------- workflow

VENV = pg_virtualenv -t -i '--encoding=UTF8 --locale=C.UTF-8'

.PHONY: deps demo test unit prove

# Further suites (fuzzing, shards, …) live in mk/*.mk; each may add a target
# that `make test` runs after the database suites: TEST_EXTRA += name.
TEST_EXTRA =
-include $(sort $(wildcard mk/*.mk))

deps:
	sh tools/install-deps.sh

demo: deps
	$(MAKE) install
	$(VENV) sh examples/demo.sh

test: deps
	$(MAKE) unit
	$(MAKE) install
	$(VENV) sh tools/run-db-tests.sh
	@for t in $(TEST_EXTRA); do $(MAKE) $$t || exit 1; done

# C unit tests of the core, without a server, under ASan and UBSan.
UNIT_CC     = gcc
UNIT_FLAGS  = -std=c11 -D_GNU_SOURCE -g -O1 -Wall -Wextra -Werror \
              -fsanitize=address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer -Isrc/core $(ICU_CFLAGS)
UNIT_TESTS  = $(patsubst test/unit/%.c,test/unit/bin/%,$(filter-out test/unit/unit.c,$(wildcard test/unit/test_*.c)))

test/unit/bin/lexicon_data.o: $(LEXICON_C)
	@mkdir -p test/unit/bin
	$(UNIT_CC) -std=c11 -O0 -Isrc/core -c -o $@ $<

test/unit/bin/%: test/unit/%.c test/unit/unit.h $(CORE_SRCS) src/core/*.h test/unit/bin/lexicon_data.o
	@mkdir -p test/unit/bin
	$(UNIT_CC) $(UNIT_FLAGS) -o $@ $< $(CORE_SRCS) test/unit/bin/lexicon_data.o $(ICU_LIBS)

# Every test program runs; the target fails if any of them failed.
unit: $(UNIT_TESTS)
	@status=0; for t in $(UNIT_TESTS); do echo "== $$t"; \
	  ASAN_OPTIONS=detect_leaks=1 $$t || { echo "FAILED: $$t"; status=1; }; \
	done; exit $$status

# pgTAP tests (needs a running server with pgtap available).
prove:
	pg_prove --ext .sql -v test/pgtap/
