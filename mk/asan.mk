# One full pg_regress pass against an AddressSanitizer + UBSan build of the
# extension, included by the Makefile:
#
#   make installcheck-asan
#
# How, on a stock Debian server that is not ASan-built:
#  - the tree is copied to ASAN_DIR and built there with
#    -fsanitize=address,undefined (the lexicon object, data only, is reused
#    uninstrumented), so the normal build in this tree is not touched;
#  - in a private mount namespace (unshare -m, needs root) the ASan
#    geotext.so and the current SQL script are bind-mounted over the
#    installed ones: other clusters on the machine keep the normal build;
#  - a throwaway cluster is started with pg_ctl and LD_PRELOAD=libasan, and
#    `make installcheck` runs against it;
#  - the target fails if pg_regress fails or if any ASan/UBSan report
#    appears in the logs (ASAN_DIR/asan.log.*, the server log).
# Leak detection is off: a backend frees its memory contexts wholesale.
# Allocations of the core go through palloc, so ASan sees overflows of
# whole palloc blocks, of the stack and of globals (the lexicon), not
# inside a memory context; the unit tests and the fuzzer cover the core
# with malloc.
#
# Not part of `make test`: the copy, the instrumented build and the run
# take about 4 minutes on 2 cores, longer than the suite it checks.

ASAN_DIR     ?= /tmp/geotext-asan
ASAN_PORT    ?= 54329
ASAN_LIB     ?= $(shell gcc -print-file-name=libasan.so)
ASAN_UBSAN   ?= $(shell gcc -print-file-name=libubsan.so)
PG_BINDIR    := $(shell $(PG_CONFIG) --bindir 2>/dev/null)
PG_PKGLIBDIR := $(shell $(PG_CONFIG) --pkglibdir 2>/dev/null)
PG_SHAREDIR  := $(shell $(PG_CONFIG) --sharedir 2>/dev/null)
ASAN_SAN     = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: installcheck-asan asan-build

# Build the instrumented copy in ASAN_DIR.
asan-build: $(LEXICON_C) src/core/lexicon_data.o $(DATA_built)
	rm -rf $(ASAN_DIR)/src && mkdir -p $(ASAN_DIR)/src
	tar -cf - --exclude='*.o' --exclude='*.so' --exclude='*.bc' --exclude=.git \
	  --exclude=fuzz/bin --exclude=fuzz/corpus-run --exclude=test/unit/bin --exclude=results . \
	  | tar -C $(ASAN_DIR)/src -xpf -
	cp -p src/core/lexicon_data.o $(ASAN_DIR)/src/src/core/lexicon_data.o
	$(MAKE) -C $(ASAN_DIR)/src geotext.so $(DATA_built) \
	  PG_CFLAGS='-Wall -Wextra -Werror -Wno-missing-field-initializers $(ASAN_SAN)' \
	  SHLIB_LINK='$(ICU_LIBS) $(ASAN_SAN)'

# One pg_regress pass against the instrumented build in a throwaway cluster.
installcheck-asan: asan-build
	unshare -m sh test/asan/run.sh '$(ASAN_DIR)' '$(ASAN_PORT)' '$(ASAN_LIB)' \
	  '$(ASAN_UBSAN)' '$(PG_BINDIR)' '$(PG_PKGLIBDIR)' '$(PG_SHAREDIR)' '$(DATA_built)'
