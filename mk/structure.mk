# The shape of the C code (tools/check_structure.py), included by the Makefile:
#
#   make check-structure    layers that only point down, no file cycles, no word
#                           lists or decisions on written words in C, a comment
#                           above every function; part of `make test`
.PHONY: check-structure
TEST_EXTRA += check-structure

check-structure:
	python3 tools/check_structure.py .
