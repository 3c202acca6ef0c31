/*
 * pg_quotes.c — geotext_quotes(): who said what, one row per quote
 * (materialize mode), with speaker, cue, spans, how the speaker was found
 * and a confidence. The row shape of geotext 0.2.0 (without the last two
 * columns) is filled too, for geotext_quotes_v02 and the views over it.
 */
#include "pg_glue.h"
#include "pg_gazetteer.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(geotext_quotes);

#define QUOTE_COLUMNS_V02 13
#define QUOTE_COLUMNS 15

/* A text datum for a span of the input, or NULL when absent. */
static Datum
span_text_or_null(gt_pg_call *call, const gt_doc *doc, bool present,
				  const gt_span *span, bool *isnull)
{
	*isnull = !present;
	if (!present)
		return (Datum) 0;
	return gt_pg_text_datum(call, doc->text + span->byte_start,
							span->byte_end - span->byte_start);
}

/* An int4range datum for a span, or NULL when absent. */
static Datum
span_range_or_null(gt_pg_call *call, bool present, const gt_span *span,
				   bool *isnull)
{
	*isnull = !present;
	if (!present)
		return (Datum) 0;
	return gt_pg_span_datum(call, span->char_start, span->char_end);
}

/* Fill the columns of one quote row. */
static void
quote_values(gt_pg_call *call, const gt_doc *doc, const gt_quote *q,
			 size_t idx, Datum *values, bool *nulls)
{
	bool		speaker = q->has_speaker && q->speaker;
	bool		cue = q->has_cue;

	values[0] = Int32GetDatum((int32) idx + 1);
	values[1] = gt_pg_text_datum(call, doc->text + q->span.byte_start,
								 q->span.byte_end - q->span.byte_start);
	values[2] = CStringGetTextDatum(gt_quote_kind_name(q->kind));
	nulls[3] = !speaker;
	values[3] = speaker ? gt_pg_cstring_datum(call, q->speaker) : (Datum) 0;
	nulls[4] = !speaker;
	values[4] = speaker ? CStringGetTextDatum(q->speaker_kind == GT_KIND_NONE
											  ? "none"
											  : gt_kind_name(q->speaker_kind))
		: (Datum) 0;
	values[5] = span_text_or_null(call, doc, speaker, &q->speaker_span, &nulls[5]);
	values[6] = span_text_or_null(call, doc, cue, &q->cue_span, &nulls[6]);
	nulls[7] = !(cue && q->cue_lemma);
	values[7] = nulls[7] ? (Datum) 0 : gt_pg_cstring_datum(call, q->cue_lemma);
	values[8] = Int32GetDatum((int32) q->sentence + 1);
	values[9] = gt_pg_span_datum(call, q->span.char_start, q->span.char_end);
	values[10] = span_range_or_null(call, speaker, &q->speaker_span, &nulls[10]);
	values[11] = span_range_or_null(call, cue, &q->cue_span, &nulls[11]);
	values[12] = CStringGetTextDatum(gt_evidence_name(q->evidence));
	nulls[13] = !speaker || !gt_speaker_evidence_name(q->speaker_evidence);
	values[13] = nulls[13] ? (Datum) 0 :
		CStringGetTextDatum(gt_speaker_evidence_name(q->speaker_evidence));
	values[14] = Float4GetDatum(q->confidence);
}

/* Emit one row per quote, in the row shape of the calling function (its first natts columns). */
static void
put_quotes(ReturnSetInfo *rsinfo, gt_pg_call *call, const gt_doc *doc,
		   const gt_quotes *quotes)
{
	for (size_t i = 0; i < quotes->n; i++)
	{
		Datum		values[QUOTE_COLUMNS];
		bool		nulls[QUOTE_COLUMNS] = {false};
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		old = gt_pg_row_begin(call);
		quote_values(call, doc, &quotes->items[i], i, values, nulls);
		gt_pg_row_end(rsinfo, call, old, values, nulls);
	}
}

/* geotext_quotes(body text): quotes with speaker, cue and kind. */
Datum
geotext_quotes(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gt_pg_call	call;
	gt_doc		doc;
	gt_entities ents;
	gt_quotes	quotes;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (rsinfo->setDesc->natts != QUOTE_COLUMNS && rsinfo->setDesc->natts != QUOTE_COLUMNS_V02)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("geotext_quotes is declared with %d result columns, the library fills %d or %d",
						rsinfo->setDesc->natts, QUOTE_COLUMNS, QUOTE_COLUMNS_V02),
				 errhint("Run ALTER EXTENSION geotext UPDATE so that the SQL definitions match the installed library.")));
	gt_pg_call_begin(&call, PG_GETARG_TEXT_PP(0));
	gt_pg_extract(&call, &doc, &ents, &quotes, true);
	put_quotes(rsinfo, &call, &doc, &quotes);
	gt_pg_call_end(&call);
	return (Datum) 0;
}
