# One full pg_regress pass against an AddressSanitizer + UBSan build of the
# extension, included by the Makefile:
#
#   make installcheck-asan
#
# How, on a stock Debian server that is not ASan-built:
#  - the tree is copied to ASAN_DIR and built there with
#    -fsanitize=address,undefined (the table objects, data only, are reused
#    uninstrumented), so the normal build in this tree is not touched;
#  - in a private mount namespace (unshare -m, needs root) the ASan
#    geotext.so and the current SQL script are bind-mounted over the
#    installed ones: other clusters on the machine keep the normal build;
#  - a throwaway cluster is started with LD_PRELOAD=libasan (plus libubsan
#    and ASAN_DIR/asan_initfirst.so, see below), and `make installcheck` runs
#    against it from the copy (results and regression.diffs stay in
#    ASAN_DIR/src, not in this tree); the cluster is stopped and removed;
#  - the target fails if pg_regress fails or if any ASan/UBSan report
#    appears in the logs (ASAN_DIR/asan.log.*, the server log).
# asan_initfirst.so (test/asan/initfirst.c, linked -z initfirst) calls
# __asan_init() before any other library's constructor. Without it the
# server hangs at start-up: libgpg-error's constructor runs first, mallocs
# inside bindtextdomain() under glibc's gettext lock, that malloc
# initialises ASan lazily, and ASan's init calls dlerror() -> gettext on the
# same lock, leaving it corrupted; postgres' own bindtextdomain() in main()
# then waits forever. No ASAN_OPTIONS setting avoids that path.
# Leak detection is off: a backend frees its memory contexts wholesale.
# Allocations of the core go through palloc, so ASan sees overflows of
# whole palloc blocks, of the stack and of globals (the lexicon), not
# inside a memory context; the unit tests and the fuzzer cover the core
# with malloc.
#
# Not part of `make test`: the copy, the instrumented build and the run
# take about 2 to 3 minutes on 2 cores (most of it the instrumented build).

ASAN_DIR     ?= /tmp/geotext-asan
ASAN_PORT    ?= 54329
ASAN_LIB     ?= $(shell gcc -print-file-name=libasan.so)
ASAN_UBSAN   ?= $(shell gcc -print-file-name=libubsan.so)
PG_BINDIR    := $(shell $(PG_CONFIG) --bindir 2>/dev/null)
PG_PKGLIBDIR := $(shell $(PG_CONFIG) --pkglibdir 2>/dev/null)
PG_SHAREDIR  := $(shell $(PG_CONFIG) --sharedir 2>/dev/null)
ASAN_SAN     = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: installcheck-asan asan-build load-asan

# Build the instrumented copy in ASAN_DIR.
asan-build: $(BLOB_OBJS) $(DATA_built)
	rm -rf $(ASAN_DIR)/src && mkdir -p $(ASAN_DIR)/src
	tar -cf - --exclude='*.o' --exclude='*.so' --exclude='*.bc' --exclude=.git \
	  --exclude=fuzz/bin --exclude=fuzz/corpus-run --exclude=test/unit/bin --exclude=results \
	  --exclude=build/asan --exclude=build/fuzz --exclude=build/fuzz-fast . \
	  | tar -C $(ASAN_DIR)/src -xpf -
	for o in $(BLOB_OBJS); do cp -p $$o $(ASAN_DIR)/src/$$o; done
	$(MAKE) -C $(ASAN_DIR)/src geotext.so $(DATA_built) \
	  PG_CFLAGS='-Wall -Wextra -Werror -Wno-missing-field-initializers $(ASAN_SAN)' \
	  SHLIB_LINK='$(CORE_LINK) $(ASAN_SAN)'
	gcc -shared -fPIC -O1 -Wall -Wextra -Werror -Wl,-z,initfirst \
	  -o $(ASAN_DIR)/asan_initfirst.so test/asan/initfirst.c $(ASAN_LIB)

# One pg_regress pass against the instrumented build in a throwaway cluster.
installcheck-asan: asan-build
	unshare -m sh test/asan/run.sh '$(ASAN_DIR)' '$(ASAN_PORT)' '$(ASAN_LIB)' \
	  '$(ASAN_UBSAN)' '$(PG_BINDIR)' '$(PG_PKGLIBDIR)' '$(PG_SHAREDIR)' '$(DATA_built)'

# The load benchmark (bench/load.sh: 8 clients, a gazetteer writer) against
# the instrumented build instead of pg_regress: a use after free that needs
# a cache change in the middle of the load shows up here, with its stack.
# LOAD_ASAN_ARGS passes options to load.sh (the faults part restarts the
# server without ASan, so it is left out).
LOAD_ASAN_ARGS ?= --seconds 300
load-asan: asan-build
	ASAN_COMMAND='psql -X -q -c "CREATE EXTENSION geotext" && bash bench/load.sh --skip-faults $(LOAD_ASAN_ARGS)' \
	  unshare -m sh test/asan/run.sh '$(ASAN_DIR)' '$(ASAN_PORT)' '$(ASAN_LIB)' \
	  '$(ASAN_UBSAN)' '$(PG_BINDIR)' '$(PG_PKGLIBDIR)' '$(PG_SHAREDIR)' '$(DATA_built)'
