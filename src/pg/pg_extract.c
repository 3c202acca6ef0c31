/*
 * pg_extract.c — geotext_extract(): the entities and quotes of a text as one
 * jsonb document, from one analysis pass, to store next to the article.
 *
 *   {"entities": [{...}, ...], "quotes": [{...}, ...], "geotext": "0.2.0"}
 *
 * Every item has every column of geotext_entities / geotext_quotes, SQL NULL
 * as JSON null; spans are strings in int4range's text form ("[22,38)",
 * 1-based, half-open), so that jsonb_to_recordset(... span int4range ...)
 * gives back exactly the rows of the set-returning functions.
 *
 * The document is built as a JsonbValue stream (pushJsonbValue) and
 * serialised once. KEYS_IN_JSONB_ORDER: every object's keys are pushed in
 * the order jsonb stores them (shorter first, then by bytes), which is
 * what users see whatever the order of pushing; pushJsonbValue sorts the
 * keys of every finished object, and sorted keys cost it one pass instead
 * of a sort (the sorts were 5% of geotext_extract's time). Strings that
 * are slices of the input are referenced, not copied, until serialisation.
 * (Printing JSON text into a StringInfo and parsing it with jsonb_in was
 * slower: 2.88 s against 2.76 s for the 1,028 articles of the 10kGNAD test
 * set, the analysis itself included.)
 */
#include "pg_glue.h"

#include <math.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(geotext_extract);

/* How far from a multiple of 1/GT_CONFIDENCE_STEPS (geotext.h), in steps, a float confidence may be and still be one. */
#define CONFIDENCE_ON_STEP 1e-3

/* Where the document is being built, and what it is built from. */
typedef struct extract_state
{
	gt_pg_call *call;
	const gt_doc *doc;
	JsonbParseState *parse;
	Numeric		small[64];		/* cached numbers 0..63 (idx, sentence) */
	Numeric		thousandths[GT_CONFIDENCE_STEPS + 1];	/* cached confidences 0.000..1.000 */
} extract_state;

/* Push an object key (a C string literal). */
static void
push_key(extract_state *st, const char *key)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) key;
	v.val.string.len = (int) strlen(key);
	pushJsonbValue(&st->parse, WJB_KEY, &v);
}

/* Push a JSON null as the value of the last key. */
static void
push_null(extract_state *st)
{
	JsonbValue	v;

	v.type = jbvNull;
	pushJsonbValue(&st->parse, WJB_VALUE, &v);
}

/* Push UTF-8 bytes as a string value (converted to the server encoding). */
static void
push_utf8(extract_state *st, const char *utf8, size_t len)
{
	JsonbValue	v;

	v.type = jbvString;
	if (st->call->input.converted)
		v.val.string.val = gt_pg_to_server(st->call, utf8, len, &v.val.string.len);
	else
	{
		v.val.string.val = (char *) utf8;
		v.val.string.len = (int) len;
	}
	pushJsonbValue(&st->parse, WJB_VALUE, &v);
}

/* Push a NUL-terminated UTF-8 string, or null when it is NULL or empty. */
static void
push_cstring_or_null(extract_state *st, const char *utf8)
{
	if (utf8 == NULL || utf8[0] == '\0')
		push_null(st);
	else
		push_utf8(st, utf8, strlen(utf8));
}

/* Push the text of a span of the input. */
static void
push_span_text(extract_state *st, const gt_span *span)
{
	push_utf8(st, st->doc->text + span->byte_start,
			  span->byte_end - span->byte_start);
}

/* Push a 0-based character span as its int4range text, "[start+1,end+1)". */
static void
push_span_range(extract_state *st, const gt_span *span)
{
	JsonbValue	v;
	char	   *buf = palloc(24);

	v.type = jbvString;
	v.val.string.len = snprintf(buf, 24, "[%u,%u)",
								span->char_start + 1, span->char_end + 1);
	v.val.string.val = buf;
	pushJsonbValue(&st->parse, WJB_VALUE, &v);
}

/* How a span is pushed: as the text it covers (push_span_text) or as a range (push_span_range). */
typedef void (*span_push) (extract_state *st, const gt_span *span);

/* Push a span the way `push` does, or null when there is none (has is false). */
static void
push_span_or_null(extract_state *st, bool has, span_push push, const gt_span *span)
{
	if (has)
		push(st, span);
	else
		push_null(st);
}

/* Push an integer value (small ones shared from a cache). */
static void
push_int(extract_state *st, int64 i)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	if (i >= 0 && i < (int64) lengthof(st->small))
	{
		if (st->small[i] == NULL)
			st->small[i] = int64_to_numeric(i);
		v.val.numeric = st->small[i];
	}
	else
		v.val.numeric = int64_to_numeric(i);
	pushJsonbValue(&st->parse, WJB_VALUE, &v);
}

/* A confidence as the number its three decimals print (numeric_in of "%.3f"). */
static Numeric
confidence_numeric(float confidence)
{
	char		buf[16];

	snprintf(buf, sizeof(buf), "%.3f", (double) confidence);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
}

/*
 * Push a confidence (thousandths, as the core rounds it) as a number. A
 * value on a thousandth prints as exactly that thousandth, so each of the
 * 1,001 is made once per call and shared (printing and parsing a number for
 * every row cost more than the jsonb of the row).
 */
static void
push_confidence(extract_state *st, float confidence)
{
	JsonbValue	v;
	double		steps = (double) confidence * GT_CONFIDENCE_STEPS;
	long		k = lround(steps);

	v.type = jbvNumeric;
	if (k >= 0 && k <= GT_CONFIDENCE_STEPS && fabs(steps - (double) k) < CONFIDENCE_ON_STEP)
	{
		if (st->thousandths[k] == NULL)
			st->thousandths[k] = confidence_numeric(confidence);
		v.val.numeric = st->thousandths[k];
	}
	else
		v.val.numeric = confidence_numeric(confidence);
	pushJsonbValue(&st->parse, WJB_VALUE, &v);
}

/* Push one entity mention as an object with geotext_entities' columns. */
static void
push_mention(extract_state *st, const gt_mention *m, size_t idx)
{
	char		evidence[GT_EVIDENCE_LABEL_MAX];

	pushJsonbValue(&st->parse, WJB_BEGIN_OBJECT, NULL);
	/* keys in jsonb's order (KEYS_IN_JSONB_ORDER) */
	push_key(st, "idx");
	push_int(st, (int64) idx + 1);
	push_key(st, "form");
	push_cstring_or_null(st, gt_form_name(m->form));
	push_key(st, "kind");
	push_cstring_or_null(st, gt_kind_name(m->kind));
	push_key(st, "role");
	push_cstring_or_null(st, m->role);
	push_key(st, "span");
	push_span_range(st, &m->span);
	push_key(st, "country");
	push_cstring_or_null(st, m->country);
	push_key(st, "mention");
	push_span_text(st, &m->span);
	push_key(st, "evidence");
	/* the label is built on the stack: the jsonb keeps a pointer until it is finished, so copy it */
	push_cstring_or_null(st, pstrdup(gt_mention_evidence(m, evidence)));
	push_key(st, "sentence");
	push_int(st, (int64) m->sentence + 1);
	push_key(st, "canonical");
	push_cstring_or_null(st, m->canonical);
	push_key(st, "confidence");
	push_confidence(st, m->confidence);
	pushJsonbValue(&st->parse, WJB_END_OBJECT, NULL);
}

/* Push one quote as an object with geotext_quotes' columns. */
static void
push_quote(extract_state *st, const gt_quote *q, size_t idx)
{
	bool		speaker = q->has_speaker && q->speaker;
	bool		cue = q->has_cue;

	pushJsonbValue(&st->parse, WJB_BEGIN_OBJECT, NULL);
	/* keys in jsonb's order (KEYS_IN_JSONB_ORDER) */
	push_key(st, "cue");
	push_span_or_null(st, cue, push_span_text, &q->cue_span);
	push_key(st, "idx");
	push_int(st, (int64) idx + 1);
	push_key(st, "kind");
	push_cstring_or_null(st, gt_quote_kind_name(q->kind));
	push_key(st, "span");
	push_span_range(st, &q->span);
	push_key(st, "quote");
	push_span_text(st, &q->span);
	push_key(st, "speaker");
	if (speaker)
		push_utf8(st, q->speaker, strlen(q->speaker));
	else
		push_null(st);
	push_key(st, "cue_span");
	push_span_or_null(st, cue, push_span_range, &q->cue_span);
	push_key(st, "evidence");
	push_cstring_or_null(st, gt_evidence_name(q->evidence));
	push_key(st, "sentence");
	push_int(st, (int64) q->sentence + 1);
	push_key(st, "cue_lemma");
	if (cue && q->cue_lemma)
		push_utf8(st, q->cue_lemma, strlen(q->cue_lemma));
	else
		push_null(st);
	push_key(st, "confidence");
	push_confidence(st, q->confidence);
	push_key(st, "speaker_kind");
	push_cstring_or_null(st, !speaker ? NULL
						 : q->speaker_kind == GT_KIND_NONE ? "none"
						 : gt_kind_name(q->speaker_kind));
	push_key(st, "speaker_span");
	push_span_or_null(st, speaker, push_span_range, &q->speaker_span);
	push_key(st, "speaker_mention");
	push_span_or_null(st, speaker, push_span_text, &q->speaker_span);
	push_key(st, "speaker_evidence");
	push_cstring_or_null(st, speaker ? gt_speaker_evidence_name(q->speaker_evidence) : NULL);
	pushJsonbValue(&st->parse, WJB_END_OBJECT, NULL);
}

/* Build the whole document; returns the finished top-level JsonbValue. */
static JsonbValue *
build_document(extract_state *st, const gt_entities *ents,
			   const gt_quotes *quotes)
{
	JsonbValue	v;

	pushJsonbValue(&st->parse, WJB_BEGIN_OBJECT, NULL);
	/* keys in jsonb's order (KEYS_IN_JSONB_ORDER) */
	push_key(st, "quotes");
	pushJsonbValue(&st->parse, WJB_BEGIN_ARRAY, NULL);
	for (size_t i = 0; i < quotes->n; i++)
	{
		if ((i & 255) == 255)
			CHECK_FOR_INTERRUPTS();
		push_quote(st, &quotes->items[i], i);
	}
	pushJsonbValue(&st->parse, WJB_END_ARRAY, NULL);
	push_key(st, "geotext");
	v.type = jbvString;
	v.val.string.val = (char *) GEOTEXT_VERSION;
	v.val.string.len = (int) strlen(GEOTEXT_VERSION);
	pushJsonbValue(&st->parse, WJB_VALUE, &v);
	push_key(st, "entities");
	pushJsonbValue(&st->parse, WJB_BEGIN_ARRAY, NULL);
	for (size_t i = 0; i < ents->nmentions; i++)
	{
		if ((i & 255) == 255)
			CHECK_FOR_INTERRUPTS();
		push_mention(st, &ents->mentions[i], i);
	}
	pushJsonbValue(&st->parse, WJB_END_ARRAY, NULL);
	return pushJsonbValue(&st->parse, WJB_END_OBJECT, NULL);
}

/*
 * The jsonb layout an upper bound of the result's size is made of (PostgreSQL's
 * jsonb format: a container is a 4-byte header and a 4-byte JEntry per array
 * element or per key and per value, keys and strings are their bytes, a
 * number is an int-aligned numeric, a nested container int-aligned too).
 */
#define JB_HEADER 4				/* a container's header */
#define JB_ENTRY 4				/* one JEntry */
#define JB_ALIGN_PAD 3			/* padding before an int-aligned value */
#define JB_NUMERIC_HEAD 6		/* a numeric's varlena and short header */
#define JB_NUMERIC_GROUP_DIGITS 4	/* decimal digits per base-10000 digit of a numeric (2 bytes each) */
#define JB_CONFIDENCE (JB_ALIGN_PAD + JB_NUMERIC_HEAD + 2 * 2)	/* "0.873": at most two digit groups */
/* the keys of a mention object and of a quote object, as push_mention and push_quote write them */
#define MENTION_KEYS "idx" "mention" "canonical" "kind" "form" "country" "role" "sentence" "span" \
	"evidence" "confidence"
#define MENTION_PAIRS 11
#define QUOTE_KEYS "idx" "quote" "kind" "speaker" "speaker_kind" "speaker_mention" "cue" "cue_lemma" \
	"sentence" "span" "speaker_span" "cue_span" "evidence" "speaker_evidence" "confidence"
#define QUOTE_PAIRS 15
/* the top-level object: its three keys and values, the version, the two arrays' headers */
#define TOP_BYTES (JB_HEADER + 6 * JB_ENTRY + sizeof("entities" "quotes" "geotext") + \
				   sizeof(GEOTEXT_VERSION) + 2 * (JB_ALIGN_PAD + JB_HEADER))
/*
 * How much a UTF-8 string may grow in the server encoding: a character of 2
 * to 4 bytes takes at most 4 (MAX_CONVERSION_GROWTH per byte is PostgreSQL's
 * own bound); a lexicon name's character may also become its ASCII form.
 */
#define GROWTH_INPUT 2
#define GROWTH_LEXICON (GT_ASCII_FORM_MAX / 2)

/* Decimal digits of a non-negative number (0 for 0, as a numeric stores it). */
static uint64
decimal_digits(uint64 v)
{
	uint64		n = 0;

	for (; v > 0; v /= 10)
		n++;
	return n;
}

/* The most bytes an integer takes as a jsonb number, its padding included. */
static uint64
number_bytes(uint64 v)
{
	return JB_ALIGN_PAD + JB_NUMERIC_HEAD +
		2 * ((decimal_digits(v) + JB_NUMERIC_GROUP_DIGITS - 1) / JB_NUMERIC_GROUP_DIGITS);
}

/* The bytes of a span as int4range text, "[a,b)" 1-based. */
static uint64
span_text_bytes(const gt_span *span)
{
	return 3 + decimal_digits((uint64) span->char_start + 1) + decimal_digits((uint64) span->char_end + 1);
}

/* Bytes of a C string or 0 for NULL. */
static size_t
len_or_zero(const char *s)
{
	return s ? strlen(s) : 0;
}

/* An upper bound of the jsonb bytes of the mention objects (each an array element). */
static uint64
mentions_bound(const gt_entities *ents, uint64 input_growth, uint64 lexicon_growth)
{
	const uint64 fixed = JB_ENTRY + JB_ALIGN_PAD + JB_HEADER + 2 * MENTION_PAIRS * JB_ENTRY +
		(sizeof(MENTION_KEYS) - 1) + JB_CONFIDENCE;
	uint64		total = 0;

	for (size_t i = 0; i < ents->nmentions; i++)
	{
		const gt_mention *m = &ents->mentions[i];
		char		evidence[GT_EVIDENCE_LABEL_MAX];

		total += fixed + number_bytes(i + 1) + number_bytes((uint64) m->sentence + 1) +
			span_text_bytes(&m->span) + strlen(gt_mention_evidence(m, evidence)) +
			strlen(gt_kind_name(m->kind)) + strlen(gt_form_name(m->form)) + strlen(m->country) +
			input_growth * (m->span.byte_end - m->span.byte_start) +
			lexicon_growth * (len_or_zero(m->canonical) + len_or_zero(m->role));
	}
	return total;
}

/* An upper bound of the jsonb bytes of the quote objects (each an array element). */
static uint64
quotes_bound(const gt_quotes *quotes, uint64 input_growth, uint64 lexicon_growth)
{
	const uint64 fixed = JB_ENTRY + JB_ALIGN_PAD + JB_HEADER + 2 * QUOTE_PAIRS * JB_ENTRY +
		(sizeof(QUOTE_KEYS) - 1) + JB_CONFIDENCE;
	uint64		total = 0;

	for (size_t i = 0; i < quotes->n; i++)
	{
		const gt_quote *q = &quotes->items[i];

		total += fixed + number_bytes(i + 1) + number_bytes((uint64) q->sentence + 1) +
			span_text_bytes(&q->span) + span_text_bytes(&q->speaker_span) + span_text_bytes(&q->cue_span) +
			strlen(gt_quote_kind_name(q->kind)) + strlen(gt_kind_name(q->speaker_kind)) + sizeof("none") +
			input_growth * ((q->span.byte_end - q->span.byte_start) +
							(q->speaker_span.byte_end - q->speaker_span.byte_start) +
							(q->cue_span.byte_end - q->cue_span.byte_start)) +
			lexicon_growth * (len_or_zero(q->speaker) + len_or_zero(q->cue_lemma)) +
			len_or_zero(gt_evidence_name(q->evidence)) +
			len_or_zero(gt_speaker_evidence_name(q->speaker_evidence));
	}
	return total;
}

/*
 * Fail early unless the result surely fits a jsonb: an upper bound of its
 * bytes (every string at its longest in the server encoding, every number
 * at its widest, every padding taken) against the most a jsonb container
 * holds. Computed before the value tree is built, so that a text whose
 * result may not fit fails at once with this error, never after gigabytes
 * and seconds with PostgreSQL's; a result just under the limit may be
 * refused too (the bound exceeds the true size by the paddings, at most 9
 * bytes an object in a UTF8 database).
 */
static void
check_result_size(const gt_pg_call *call, const gt_entities *ents, const gt_quotes *quotes)
{
	uint64		input_growth = call->input.converted ? GROWTH_INPUT : 1;
	uint64		lexicon_growth = call->input.converted ? GROWTH_LEXICON : 1;
	uint64		bound = TOP_BYTES + mentions_bound(ents, input_growth, lexicon_growth) +
		quotes_bound(quotes, input_growth, lexicon_growth);

	ereport(DEBUG1,
			(errmsg_internal("geotext_extract: result at most " UINT64_FORMAT " bytes", bound)));
	if (bound > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("geotext_extract result would exceed the size of a jsonb object"),
				 errdetail("The entities and quotes may take up to " UINT64_FORMAT " bytes; a jsonb object holds at most %d.",
						   bound, JENTRY_OFFLENMASK),
				 errhint("Use geotext_entities and geotext_quotes for this text, or split it.")));
}

/* geotext_extract(body text): entities and quotes as one jsonb document. */
Datum
geotext_extract(PG_FUNCTION_ARGS)
{
	MemoryContext old;
	gt_pg_call	call;
	gt_doc		doc;
	gt_entities ents;
	gt_quotes	quotes;
	extract_state st = {0};
	JsonbValue *root;
	Jsonb	   *result;

	gt_pg_call_begin(&call, PG_GETARG_TEXT_PP(0));
	gt_pg_extract(&call, &doc, &ents, &quotes, true);
	check_result_size(&call, &ents, &quotes);

	/* The value tree lives in the work context; only the result outlives it. */
	old = MemoryContextSwitchTo(call.work);
	st.call = &call;
	st.doc = &doc;
	root = build_document(&st, &ents, &quotes);
	MemoryContextSwitchTo(old);
	/* the last chance to stop: the conversion is PostgreSQL's, uninterrupted */
	CHECK_FOR_INTERRUPTS();
	result = JsonbValueToJsonb(root);

	gt_pg_call_end(&call);
	PG_RETURN_JSONB_P(result);
}
