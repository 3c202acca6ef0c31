# C unit tests of the core, without a server, under ASan and UBSan; included
# by the Makefile:
#
#   make unit      build the sanitised core once (build/asan/libgeotext_core.a),
#                  link every test/unit/test_*.c against it, run them all
#   make prove     the pgTAP tests (needs a running server with pgtap)

UNIT_CC     = gcc
UNIT_SAN    = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_FLAGS  = -std=c11 -D_GNU_SOURCE -g -O1 -Wall -Wextra -Werror $(UNIT_SAN) \
              -Isrc/core $(ICU_CFLAGS) $(TABLE_FLAGS)
UNIT_DIR    = $(BUILD_DIR)/asan
UNIT_OBJS   = $(patsubst src/core/%.c,$(UNIT_DIR)/%.o,$(CORE_SRCS))
UNIT_LIB    = $(UNIT_DIR)/libgeotext_core.a
UNIT_TESTS  = $(patsubst test/unit/%.c,test/unit/bin/%,$(wildcard test/unit/test_*.c))

.PHONY: unit prove

$(UNIT_DIR)/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(UNIT_CC) $(UNIT_FLAGS) -c -o $@ $<

$(UNIT_LIB): $(UNIT_OBJS)
	rm -f $@
	$(AR) rcs $@ $(UNIT_OBJS)

# The tables are data: the normal build's objects serve every flavour.
test/unit/bin/%: test/unit/%.c test/unit/unit.h $(UNIT_LIB) $(BLOB_OBJS)
	@mkdir -p test/unit/bin
	$(UNIT_CC) $(UNIT_FLAGS) -o $@ $< $(BLOB_OBJS) $(UNIT_LIB) $(CORE_LINK)

# Every test program runs; the target fails if any of them failed.
unit: $(UNIT_TESTS)
	@status=0; for t in $(UNIT_TESTS); do echo "== $$t"; \
	  ASAN_OPTIONS=detect_leaks=1 $$t || { echo "FAILED: $$t"; status=1; }; \
	done; exit $$status

# pgTAP tests (needs a running server with pgtap available).
prove:
	pg_prove --ext .sql -v test/pgtap/
