# Packaging, included by the Makefile:
#
#   make dist         build/geotext-<version>.tar.gz: the committed tree at HEAD
#                     (git archive), with META.json, for PGXN and packagers
#   make check-meta   META.json against the PGXN meta spec, and the version named
#                     once (geotext.control) everywhere else; part of `make test`
.PHONY: dist check-meta
TEST_EXTRA += check-meta

DIST_NAME = $(EXTENSION)-$(EXTVERSION)

dist: check-meta
	@mkdir -p $(BUILD_DIR)
	git archive --format=tar.gz --prefix=$(DIST_NAME)/ -o $(BUILD_DIR)/$(DIST_NAME).tar.gz HEAD
	@echo "dist: $(BUILD_DIR)/$(DIST_NAME).tar.gz (HEAD $$(git rev-parse --short HEAD))"

check-meta:
	python3 tools/check_meta.py
