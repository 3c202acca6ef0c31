# Checks of the build and the code's shape, included by the Makefile:
#
#   make check-structure    layers that only point down, no file cycles, no word
#                           lists or decisions on written words in C, a comment
#                           above every function; part of `make test`
.PHONY: check-structure
TEST_EXTRA += check-structure

check-structure:
	python3 tools/check_structure.py .

# The same commit gives byte-identical tables, or the build stops with a
# message (test/build/reproducible.sh); part of `make test`.
.PHONY: check-reproducible
TEST_EXTRA += check-reproducible

check-reproducible: $(LEXICON_BIN) $(WORDSETS_BIN) $(NER_BIN) $(POS_BIN)
	sh test/build/reproducible.sh

# A tagger model trained with other lexicon or word-set tables stops the build
# (tools/feature_tables.sh); this checks that it passes now and fails on a
# changed table (test/build/stale_model.sh); part of `make test`.
.PHONY: check-stale-model
TEST_EXTRA += check-stale-model

check-stale-model: $(LEXICON_BIN) $(WORDSETS_BIN) $(NER_MODEL) $(POS_MODEL)
	sh test/build/stale_model.sh
