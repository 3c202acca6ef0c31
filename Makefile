# geotext — PostgreSQL extension (PGXS).
#
#   make demo      install what a fresh Debian 12 lacks, build, install, show the example
#   make test      the same set-up, then every suite: C unit tests (ASan+UBSan), pg_regress, pgTAP
#   make / make install / make installcheck    the usual PGXS targets
#
# The core (src/core, plain C + ICU) is compiled once per flavour into a
# static library: the normal one (build/libgeotext_core.a, the objects of
# geotext.so and of the table builder), the sanitised one for the unit tests
# (mk/unit.mk) and the fuzzing ones (mk/fuzz.mk). Its read-only tables are
# built from data/ by tools/tables (linked against the normal core) and
# linked in as bytes (base/blob.h): they are data, compiled once for all.

EXTENSION   = geotext
EXTVERSION  = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" geotext.control)

BUILD_DIR   = build
BLOB_SRCS   = src/core/text/wordsets_blob.c src/core/lexicon/lexicon_blob.c src/core/model/ner_blob.c \
              src/core/model/pos_blob.c
CORE_SRCS   = $(sort $(filter-out $(BLOB_SRCS),$(wildcard src/core/*/*.c)))
CORE_HDRS   = $(wildcard src/core/*.h src/core/*/*.h)
PG_SRCS     = $(sort $(wildcard src/pg/*.c))
# The word lists of data/wordlists.tsv are read at build time and pinned by
# SHA-256: a missing or different one stops the build. WORDLISTS=none builds
# without them, on purpose (another analysis; geotext_build_info() says so).
WORDLISTS  ?= pinned

CORE_OBJS   = $(CORE_SRCS:.c=.o)
BLOB_OBJS   = $(BLOB_SRCS:.c=.o)
CORE_LIB    = $(BUILD_DIR)/libgeotext_core.a
TABLES_TOOL = $(BUILD_DIR)/build_tables
TABLES_SRCS = $(sort $(wildcard tools/tables/*.c))
WORDSETS_BIN = $(BUILD_DIR)/wordsets.bin
LEXICON_BIN = $(BUILD_DIR)/lexicon.bin
LEXICON_ENTRIES = $(BUILD_DIR)/lexicon-entries.tsv
LEXICON_INFO = $(BUILD_DIR)/lexicon-info.tsv
# The tagger's weights: trained by `make model` (mk/model.mk), committed gzip-compressed (the hashed
# weight tables are mostly zeros: 8 MB as 1 MB), decompressed, checked and copied at build time.
NER_MODEL_GZ = data/model/ner.model.gz
NER_MODEL   = $(BUILD_DIR)/ner.model
NER_BIN     = $(BUILD_DIR)/ner.bin
NER_INFO    = $(BUILD_DIR)/ner-info.txt
# The part-of-speech and morphology tagger's weights (UD German GSD, CC BY-SA 4.0), the same way.
POS_MODEL_GZ = data/model/pos.model.gz
POS_MODEL   = $(BUILD_DIR)/pos.model
POS_BIN     = $(BUILD_DIR)/pos.bin
POS_INFO    = $(BUILD_DIR)/pos-info.txt

MODULE_big  = $(EXTENSION)
OBJS        = $(CORE_OBJS) $(BLOB_OBJS) $(PG_SRCS:.c=.o)
# The install script of this version is built from sql/src/*.sql; the install
# scripts of earlier versions (to test upgrades from them) and every upgrade
# script (sql/geotext--A--B.sql) are committed under sql/ and installed as they are,
# with the secondary control files that keep the earlier releases untrusted
# (sql/geotext--A.control: they create a cluster-wide role).
DATA_built  = $(BUILD_DIR)/$(EXTENSION)--$(EXTVERSION).sql
DATA        = $(filter-out sql/$(EXTENSION)--$(EXTVERSION).sql,$(wildcard sql/$(EXTENSION)--*.sql)) \
              $(wildcard sql/$(EXTENSION)--*.control)
EXTRA_CLEAN = $(BUILD_DIR) test/unit/bin results regression.diffs regression.out

TESTS       = $(sort $(wildcard test/sql/*.sql))
REGRESS     = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=$(EXTENSION)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc 2>/dev/null)
# i18n: the Latin-ASCII transliterator for output in a database encoding without a character (translit.c)
ICU_LIBS   := $(shell pkg-config --libs icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)
# What the core links against: ICU and the C maths library (the tagger's confidence curve).
CORE_LINK   = $(ICU_LIBS) -lm
TABLE_FLAGS = -DGT_WORDSETS_BLOB='"$(WORDSETS_BIN)"' -DGT_LEXICON_BLOB='"$(LEXICON_BIN)"' \
              -DGT_NER_BLOB='"$(NER_BIN)"' -DGT_NER_INFO='"$(NER_INFO)"' \
              -DGT_POS_BLOB='"$(POS_BIN)"' -DGT_POS_INFO='"$(POS_INFO)"' \
              -DGEOTEXT_VERSION='"$(EXTVERSION)"'
PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS) $(TABLE_FLAGS)
PG_CFLAGS   = -Wall -Wextra -Werror -Wno-missing-field-initializers
# the link finishes the core's link-time optimisation (-O3 as its objects; two jobs, the machine's cores)
SHLIB_LINK  = $(CORE_LINK) -flto=2 -O3

# No JIT bitcode: the analysis is C called once per text, nothing to inline.
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
$(CORE_OBJS) $(BLOB_OBJS): $(CORE_HDRS)
# every object is compiled with the control file's version (GEOTEXT_VERSION)
$(OBJS): geotext.control
$(PG_SRCS:.c=.o): $(CORE_HDRS) $(wildcard src/pg/*.h)

# PostgreSQL's own headers trip -Wunused-parameter; the core keeps it.
$(PG_SRCS:.c=.o): CFLAGS += -Wno-unused-parameter

# The core's symbols stay inside geotext.so (only the SQL entry points of
# src/pg are exported): calls between core files go straight to their
# target instead of through the PLT, and with -fno-semantic-interposition
# gcc may inline a file's functions into each other, as it would in a
# program. The core is built with -O3 (PostgreSQL's own flags say -O2): 6%
# fewer instructions for geotext_entities and geotext_quotes
# (bench/callgrind.py), and with link-time optimisation, so that the small
# functions one layer asks of another (a token's text, a character class,
# a Bloom test) are inlined across files: 9% fewer again. The objects are
# fat (they also hold ordinary code), so the unit tests, the fuzzers and
# the harnesses link them without LTO. No -ffast-math and no -march: the
# floating-point code computes what it did (x86-64 has no fused
# multiply-add to contract into), so the rows are the same on every machine.
$(CORE_OBJS) $(BLOB_OBJS): CFLAGS += -fvisibility=hidden -fno-semantic-interposition -O3 -flto -ffat-lto-objects
$(PG_SRCS:.c=.o): CFLAGS += -fno-semantic-interposition

SQL_PARTS = $(sort $(wildcard sql/src/*.sql))

$(DATA_built): $(SQL_PARTS) geotext.control
	@mkdir -p $(BUILD_DIR)
	{ printf '%s\n' '-- geotext $(EXTVERSION): German news text analysis. Built from sql/src/*.sql.' \
	  '-- Every object lives in the extension schema (@extschema@); every reference is qualified.' \
	  '\echo Use "CREATE EXTENSION geotext" to load this file. \quit'; \
	  for f in $(SQL_PARTS); do echo; cat $$f; done; } > $@

# ------------------------------------------------------------ the normal core

$(CORE_LIB): $(CORE_OBJS)
	@mkdir -p $(BUILD_DIR)
	rm -f $@
	$(AR) rcs $@ $(CORE_OBJS)

# The table builder: a host program linked against the normal core.
$(TABLES_TOOL): $(TABLES_SRCS) tools/tables/tables.h $(CORE_LIB) $(CORE_HDRS)
	$(CC) -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Isrc/core $(ICU_CFLAGS) $(TABLE_FLAGS) \
	  -o $@ $(TABLES_SRCS) $(CORE_LIB) $(CORE_LINK)

$(WORDSETS_BIN): $(TABLES_TOOL) data/wordsets.tsv data/abbreviations.tsv
	$(TABLES_TOOL) wordsets data $@

src/core/text/wordsets_blob.o: $(WORDSETS_BIN)

# The lexicon: the data expanded into entries (Python: which forms), then
# built by the core's own code (C: keys, genitives, order, hashes, layout).
$(LEXICON_ENTRIES): tools/lexicon_entries.py $(wildcard data/*.tsv)
	@mkdir -p $(BUILD_DIR)
	python3 tools/lexicon_entries.py --wordlists $(WORDLISTS) --output $@ --info $(LEXICON_INFO)

$(LEXICON_BIN): $(TABLES_TOOL) $(LEXICON_ENTRIES)
	$(TABLES_TOOL) lexicon $(LEXICON_ENTRIES) $(LEXICON_INFO) $@

src/core/lexicon/lexicon_blob.o: $(LEXICON_BIN)

# The taggers' models: checked against this revision's layout and feature version.
$(NER_MODEL_GZ) $(POS_MODEL_GZ):
	@echo "$@ is missing: it is committed data (git checkout -- $@), or retrain it with 'make model'" >&2
	@exit 1

$(BUILD_DIR)/%.model: data/model/%.model.gz
	@mkdir -p $(BUILD_DIR)
	gzip -dc $< > $@.tmp && mv $@.tmp $@

# the build info names the committed file, with its SHA-256
$(NER_BIN): $(TABLES_TOOL) $(NER_MODEL) $(LEXICON_BIN) $(WORDSETS_BIN) tools/feature_tables.sh
	sh tools/feature_tables.sh check $(NER_MODEL) $(LEXICON_BIN) $(WORDSETS_BIN)
	$(TABLES_TOOL) model ner $(NER_MODEL) $$(sha256sum $(NER_MODEL_GZ) | cut -d' ' -f1) $@ $(NER_INFO) \
	  $(NER_MODEL_GZ)

$(NER_INFO): $(NER_BIN)

src/core/model/ner_blob.o: $(NER_BIN) $(NER_INFO)

$(POS_BIN): $(TABLES_TOOL) $(POS_MODEL) $(LEXICON_BIN) $(WORDSETS_BIN) tools/feature_tables.sh
	sh tools/feature_tables.sh check $(POS_MODEL) $(LEXICON_BIN) $(WORDSETS_BIN)
	$(TABLES_TOOL) model pos $(POS_MODEL) $$(sha256sum $(POS_MODEL_GZ) | cut -d' ' -f1) $@ $(POS_INFO) \
	  $(POS_MODEL_GZ)

$(POS_INFO): $(POS_BIN)

src/core/model/pos_blob.o: $(POS_BIN) $(POS_INFO)

# ---------------------------------------------------------------- workflow

# wal_level = logical: the test of gazetteer rows arriving by logical replication
VENV = pg_virtualenv -t -i '--encoding=UTF8 --locale=C.UTF-8' -o 'wal_level=logical'

.PHONY: deps demo test

# Further suites (unit tests, fuzzing, shards, …) live in mk/*.mk; each may
# add a target that `make test` runs after the database suites: TEST_EXTRA += name.
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
