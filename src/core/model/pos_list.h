/*
 * pos_list.h — the word classes of the part-of-speech tagger, one line each:
 *
 *   GT_POS_TAG(ID, "STTS tags it stands for", "what it is")
 *
 * A reduced STTS (the Stuttgart-Tübingen tagset of German treebanks): the
 * distinctions the clause analysis needs (finite or not, auxiliary, modal
 * or full verb; attributive or substituting pronoun; subordinating or
 * coordinating conjunction) and no more. The trainer (tools/train_pos) maps
 * the treebank's STTS tags to these by the second column; this list is the
 * one source of truth for the tags and their order (part of a model).
 *
 * The first GT_POS_SCORED tags are the tagger's to choose; the punctuation
 * tags after them follow from the token alone (the tokenizer knows them).
 */

/* scored by the tagger */
GT_POS_TAG(NN, "NN", "common noun (Regierung, Sprecher)")
GT_POS_TAG(NE, "NE", "proper name (Merkel, Wien)")
GT_POS_TAG(ART, "ART", "article (der, eine)")
GT_POS_TAG(APPR, "APPR", "preposition (in, nach, laut)")
GT_POS_TAG(APPRART, "APPRART", "preposition fused with an article (im, zum, beim)")
GT_POS_TAG(APPO, "APPO APZR", "postposition or circumposition's end (zufolge, willen)")
GT_POS_TAG(ADV, "ADV", "adverb (demnach, bereits)")
GT_POS_TAG(ADJA, "ADJA", "attributive adjective (neue, deutschen)")
GT_POS_TAG(ADJD, "ADJD", "predicative or adverbial adjective (gut, schnell)")
GT_POS_TAG(CARD, "CARD", "cardinal number (drei, 2014)")
GT_POS_TAG(KON, "KON", "coordinating conjunction (und, aber)")
GT_POS_TAG(KOUS, "KOUS KOUI", "subordinating conjunction (dass, weil, um)")
GT_POS_TAG(KOKOM, "KOKOM", "comparative particle (wie, als)")
GT_POS_TAG(PPER, "PPER", "personal pronoun (er, sie, ihm)")
GT_POS_TAG(PRF, "PRF", "reflexive pronoun (sich)")
GT_POS_TAG(PPOSAT, "PPOSAT", "attributive possessive (meine, seinen)")
GT_POS_TAG(PS, "PDS PIS PPOSS", "substituting pronoun (dieser, man, alle)")
GT_POS_TAG(PAT, "PDAT PIAT PIDAT", "attributive determiner (diese, alle, keine)")
GT_POS_TAG(PREL, "PRELS PRELAT", "relative pronoun (der, dessen)")
GT_POS_TAG(PW, "PWS PWAT PWAV", "interrogative (wer, welche, wie)")
GT_POS_TAG(PAV, "PAV PROAV PAVREL", "pronominal adverb (darauf, dabei)")
GT_POS_TAG(PTKZU, "PTKZU", "zu before an infinitive")
GT_POS_TAG(PTKNEG, "PTKNEG", "negation (nicht)")
GT_POS_TAG(PTKVZ, "PTKVZ", "separated verb particle (an, mit, zurück)")
GT_POS_TAG(PTK, "PTKA PTKANT ITJ", "other particle or interjection (am, ja, ach)")
GT_POS_TAG(VVFIN, "VVFIN VVIMP", "finite full verb (sagte, erklärt)")
GT_POS_TAG(VAFIN, "VAFIN VAIMP", "finite auxiliary (hat, sei, wurde)")
GT_POS_TAG(VMFIN, "VMFIN", "finite modal (soll, müsse)")
GT_POS_TAG(VINF, "VVINF VAINF VMINF VVIZU", "infinitive (sagen, abzuwarten)")
GT_POS_TAG(VPP, "VVPP VAPP VMPP", "past participle (gesagt, erklärt)")
GT_POS_TAG(TRUNC, "TRUNC", "truncated word (Kinder- und)")
GT_POS_TAG(FM, "FM XY", "foreign word or non-word (of the, X-1)")
/* given by the token */
GT_POS_TAG(COMMA, "$,", "comma")
GT_POS_TAG(END, "$.", "sentence punctuation (. ? ! : ;)")
GT_POS_TAG(PUNCT, "$(", "other punctuation and quotation marks")
