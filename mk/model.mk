# The tagger's model (src/core/model), included by the Makefile. Users never
# train: the weights are committed (data/model/ner.model.gz, gzip -9 -n). Developers retrain
# after changing the features, the recogniser's passes before the tagger, or
# the lexicon:
#
#   make model     write build/model/train.tsv from ../shared/data (the data
#                  that may shape shipped weights, tools/model_data.py),
#                  cross-validate and train with build/train_ner (tools/train,
#                  linked against the normal core: the pipeline's own feature
#                  code), write data/model/ner.model.gz, and print the
#                  cross-validated figures (eval/ner_cv.py)
#
# The same data and commit give the same bytes (no clock, no threads, a fixed seed).
# Each model's header names the lexicon and word-set tables it was trained with
# (tools/feature_tables.sh); the build stops when they are not this build's, since
# the features read them: a change of data/ needs `make model` too.

SHARED_DATA ?= ../shared/data
MODEL_DIR   = $(BUILD_DIR)/model
TRAIN_TOOL  = $(BUILD_DIR)/train_ner
TRAIN_SRCS  = $(sort $(wildcard tools/train/*.c)) tools/tables/tsv.c tools/tables/util.c \
              tools/tables/blob_writer.c
TRAIN_DATA  = $(MODEL_DIR)/train.tsv

.PHONY: model

# The trainer's cross-validation runs the whole recogniser, whose genitive pass asks the committed
# part-of-speech model (pos_blob.o) whether a name's noun is plural; the tagger's features never do.
$(TRAIN_TOOL): $(TRAIN_SRCS) tools/train/train.h tools/tables/tables.h $(CORE_LIB) $(CORE_HDRS) \
               src/core/text/wordsets_blob.o src/core/lexicon/lexicon_blob.o src/core/model/pos_blob.o
	$(CC) -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Isrc/core $(ICU_CFLAGS) $(TABLE_FLAGS) \
	  -o $@ $(TRAIN_SRCS) src/core/model/pos_blob.o $(CORE_LIB) src/core/text/wordsets_blob.o \
	  src/core/lexicon/lexicon_blob.o $(CORE_LINK)

model: $(TRAIN_TOOL)
	@mkdir -p $(MODEL_DIR)
	python3 tools/model_data.py --data $(SHARED_DATA) --output $(TRAIN_DATA) \
	  --provenance $(MODEL_DIR)/provenance.txt
	sh tools/feature_tables.sh line $(LEXICON_BIN) $(WORDSETS_BIN) >> $(MODEL_DIR)/provenance.txt
	$(TRAIN_TOOL) --data $(TRAIN_DATA) --out $(NER_MODEL) --provenance $(MODEL_DIR)/provenance.txt \
	  --cv-predictions $(MODEL_DIR)/cv-predictions.tsv
	gzip -9 -n -c $(NER_MODEL) > $(NER_MODEL_GZ)
	python3 eval/ner_cv.py --data $(TRAIN_DATA) --predictions $(MODEL_DIR)/cv-predictions.tsv

# The part-of-speech and morphology tagger (src/core/model/pos*.c), trained on the UD German GSD
# treebank (CC BY-SA 4.0: the weights are CC BY-SA too) by build/train_pos (tools/train_pos).
POS_TRAIN_TOOL = $(BUILD_DIR)/train_pos
POS_TRAIN_SRCS = $(sort $(wildcard tools/train_pos/*.c)) tools/tables/util.c tools/tables/blob_writer.c
POS_TREEBANKS  = $(SHARED_DATA)/train/ud-german-gsd-dev.conllu $(SHARED_DATA)/train/ud-german-gsd-test.conllu

.PHONY: model-pos

$(POS_TRAIN_TOOL): $(POS_TRAIN_SRCS) tools/train_pos/train_pos.h tools/tables/tables.h $(CORE_LIB) \
                   $(CORE_HDRS) src/core/text/wordsets_blob.o src/core/lexicon/lexicon_blob.o
	$(CC) -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Isrc/core $(ICU_CFLAGS) $(TABLE_FLAGS) \
	  -o $@ $(POS_TRAIN_SRCS) $(CORE_LIB) src/core/text/wordsets_blob.o src/core/lexicon/lexicon_blob.o \
	  $(CORE_LINK)

model-pos: $(POS_TRAIN_TOOL)
	@mkdir -p $(MODEL_DIR)
	for f in $(POS_TREEBANKS); do \
	  printf '# read: train/%s sha256 %s (UD German GSD, CC BY-SA 4.0)\n' \
	    "$$(basename $$f)" "$$(sha256sum $$f | cut -d' ' -f1)"; \
	done > $(MODEL_DIR)/pos-provenance.txt
	sh tools/feature_tables.sh line $(LEXICON_BIN) $(WORDSETS_BIN) >> $(MODEL_DIR)/pos-provenance.txt
	$(POS_TRAIN_TOOL) $(addprefix --treebank ,$(POS_TREEBANKS)) --out $(POS_MODEL) \
	  --provenance $(MODEL_DIR)/pos-provenance.txt
	gzip -9 -n -c $(POS_MODEL) > $(POS_MODEL_GZ)

model: model-pos
