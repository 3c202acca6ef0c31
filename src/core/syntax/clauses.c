/*
 * clauses.c — clauses and their subjects. A sentence is cut into segments
 * at commas, colons, semicolons, quotation marks and brackets; a segment
 * that starts with a subordinator, a relative or an interrogative opens an
 * embedded clause, a segment without a finite verb belongs to the clause
 * before it (an apposition: "Wie der Direktor, Smith Dharmmasaroj,
 * mitteilte"), a main clause interrupted by an embedded one goes on after
 * it ("Der Minister, der gestern kam, sagte"). The finite verb of a main
 * clause is its first, of an embedded one its last. The subject is the
 * noun phrase of the clause that can be nominative and agrees with the
 * verb, the one next to the verb first.
 */
#include "syntax/syntax.h"

/* Points of the subject's score (the best candidate wins; see pick_subject). */
#define SCORE_NOMINATIVE 4		/* the tagger reads it as nominative */
#define SCORE_CASE_UNKNOWN 1	/* no case read: possible */
#define SCORE_AGREES 2			/* its number is the verb's */
#define SCORE_DISAGREES (-4)	/* a plural phrase with a singular verb, or the reverse */
#define SCORE_NEXT_TO_VERB 2	/* right before or after the finite verb (adverbs between) */
#define SCORE_AFTER_INTRODUCER 2	/* right after the subordinator: wie der Minister sagte */
#define SCORE_PRONOUN 1			/* a pronoun: subjects are often er, sie, man */
/* The lowest score of a subject: a phrase read as nominative, or one that agrees. */
#define SCORE_MIN 3
#define SCORE_PLURAL_ACCUSATIVE 0	/* a plural read as accusative: the nominative has the same form */
/* Adverbs, particles and negations that may stand between the verb and its subject. */
#define MAX_GAP 3

/* Is token k a boundary between segments? */
static bool
boundary(const gt_syntax *syn, uint32_t k)
{
	uint8_t		t = syn->tags[k];

	return t == GT_POS_COMMA || t == GT_POS_END || t == GT_POS_PUNCT;
}

/* What a segment from a opens: an embedded clause's type, or GT_CL_MAIN. */
static uint8_t
opens(const gt_syntax *syn, uint32_t a, uint32_t b)
{
	const uint8_t *t = syn->tags;
	uint32_t	k = a;

	if (k + 1 < b && t[k] == GT_POS_KON && (t[k + 1] == GT_POS_KOUS || t[k + 1] == GT_POS_PW))
		k++;					/* und dass …, aber ob … */
	if (t[k] == GT_POS_KOUS)
		return GT_CL_SUBORDINATE;
	if (t[k] == GT_POS_PREL || (k + 1 < b && t[k] == GT_POS_APPR && t[k + 1] == GT_POS_PREL))
		return GT_CL_RELATIVE;
	if (t[k] == GT_POS_PW && k > a)
		return GT_CL_INTERROGATIVE;
	if (t[k] == GT_POS_PW && k + 1 < b && !gt_pos_finite_verb(t[k + 1]))
		return GT_CL_INTERROGATIVE;	/* …, wer das sei (not a question: Wer sagt das?) */
	return GT_CL_MAIN;
}

/* The first (main clause) or last (embedded) finite verb of [a, b), or GT_SYN_NONE. */
static uint32_t
finite_verb(const gt_syntax *syn, uint32_t a, uint32_t b, bool last)
{
	uint32_t	v = GT_SYN_NONE;

	for (uint32_t k = a; k < b; k++)
		if (gt_pos_finite_verb(syn->tags[k]))
		{
			v = k;
			if (!last)
				break;
		}
	return v;
}

/* Does [a, b) hold a zu-infinitive (zu sagen, anzukündigen)? */
static bool
has_zu_infinitive(const gt_syntax *syn, uint32_t a, uint32_t b)
{
	for (uint32_t k = a; k < b; k++)
		if (syn->tags[k] == GT_POS_PTKZU || (syn->tags[k] == GT_POS_VINF && k > a &&
											  syn->tags[k - 1] == GT_POS_PTKZU))
			return true;
	return false;
}

/* Append a clause; its index, or GT_SYN_NONE on ENOMEM. */
static uint32_t
new_clause(gt_syntax *syn, uint32_t s, uint32_t a, uint8_t type, uint32_t parent)
{
	gt_clause  *c;

	if (syn->nclauses == syn->clause_cap &&
		!(syn->clauses = gt_grow(syn->env, syn->clauses, &syn->clause_cap, sizeof(gt_clause),
								 syn->nclauses + 1)))
	{
		syn->status = GT_ENOMEM;
		return GT_SYN_NONE;
	}
	c = &syn->clauses[syn->nclauses];
	c->first = a;
	c->end = a;
	c->sentence = s;
	c->introducer = type == GT_CL_MAIN ? GT_SYN_NONE : a;
	c->verb = GT_SYN_NONE;
	c->subject = GT_SYN_NONE;
	c->parent = parent;
	c->type = type;
	c->verb_position = GT_VP_NONE;
	c->passive = false;
	return (uint32_t) syn->nclauses++;
}

/* Give segment [a, b) to clause ci, and its finite verb if the clause has none yet. */
static void
extend(gt_syntax *syn, uint32_t ci, uint32_t a, uint32_t b)
{
	gt_clause  *c = &syn->clauses[ci];

	for (uint32_t k = a; k < b; k++)
		syn->clause_at[k] = (int32_t) ci;
	if (c->end < b)
		c->end = b;
	if (c->verb == GT_SYN_NONE)
		c->verb = finite_verb(syn, a, b, c->type != GT_CL_MAIN);
}

/* Is the clause passive: a form of werden and a past participle among its tokens? */
static bool
passive(const gt_syntax *syn, uint32_t ci)
{
	const gt_clause *c = &syn->clauses[ci];
	bool		aux = false,
				participle = false;

	for (uint32_t k = c->first; k < c->end; k++)
	{
		if (syn->clause_at[k] != (int32_t) ci)
			continue;
		aux = aux || (gt_tok_in(syn->doc, k, GT_WS_PASSIVE_AUXILIARY) &&
					  syn->tags[k] != GT_POS_VINF);
		participle = participle || syn->tags[k] == GT_POS_VPP;
	}
	return aux && participle;
}

/* Where the finite verb of a clause stands. */
static uint8_t
verb_position(const gt_syntax *syn, const gt_clause *c)
{
	uint32_t	k = c->first;

	if (c->verb == GT_SYN_NONE)
		return GT_VP_NONE;
	if (c->type != GT_CL_MAIN && c->type != GT_CL_INFINITIVE)
		return GT_VP_LAST;
	while (k < c->verb && syn->tags[k] == GT_POS_KON)
		k++;
	return k == c->verb ? GT_VP_FIRST : GT_VP_SECOND;
}

/* Does the clause's finite verb agree in number with the chunk? */
bool
gt_clause_agrees(const gt_syntax *syn, const gt_clause *c, const gt_chunk *ch)
{
	uint8_t		vm = c->verb != GT_SYN_NONE ? syn->morph[c->verb] : GT_MORPH_NONE;
	bool		plural = (ch->flags & GT_CH_PLURAL) != 0;

	/* "X und Y sagten": a phrase joined to another is plural */
	if (ch->end < c->end && syn->tags[ch->end] == GT_POS_KON && syn->chunk_at[ch->end + 1] >= 0)
		plural = true;
	if (vm == GT_MORPH_VERB_SG)
		return !plural;
	if (vm == GT_MORPH_VERB_PL)
		return plural;
	return true;
}

/* Is the chunk next to the verb v, with at most a few adverbs or particles between? */
static bool
next_to(const gt_syntax *syn, const gt_chunk *ch, uint32_t v)
{
	uint32_t	a,
				b;

	if (ch->end <= v)
	{
		a = ch->end;
		b = v;
	}
	else
	{
		a = v + 1;
		b = ch->first;
	}
	if (b < a || b - a > MAX_GAP)
		return false;
	for (uint32_t k = a; k < b; k++)
		if (syn->tags[k] != GT_POS_ADV && syn->tags[k] != GT_POS_PTKNEG &&
			syn->tags[k] != GT_POS_PTK && syn->tags[k] != GT_POS_ADJD)
			return false;
	return true;
}

/*
 * Is the chunk a plural the tagger reads as accusative, not governed by a
 * preposition? Plural nominative and accusative have the same forms
 * ("chinesische Medien", "die Bauern"), so it may be the subject after all.
 */
static bool
plural_accusative(const gt_syntax *syn, const gt_chunk *ch)
{
	return ch->gcase == GT_CASE_ACC && (ch->flags & GT_CH_PLURAL) && !(ch->flags & GT_CH_OBLIQUE) &&
		!gt_tok_in(syn->doc, ch->first, GT_WS_OBLIQUE_DETERMINER);
}

/* The score of chunk i as the subject of clause c. */
static int
subject_score(const gt_syntax *syn, const gt_clause *c, const gt_chunk *ch)
{
	int			score = 0;

	if (gt_chunk_may_be_subject(syn, ch))
		score += ch->gcase == GT_CASE_NOM ? SCORE_NOMINATIVE : SCORE_CASE_UNKNOWN;
	else if (plural_accusative(syn, ch))
		score += SCORE_PLURAL_ACCUSATIVE;
	else
		return INT32_MIN;
	score += gt_clause_agrees(syn, c, ch) ? SCORE_AGREES : SCORE_DISAGREES;
	if (next_to(syn, ch, c->verb))
		score += SCORE_NEXT_TO_VERB;
	if (c->introducer != GT_SYN_NONE && ch->first == c->introducer + 1)
		score += SCORE_AFTER_INTRODUCER;
	if (ch->flags & GT_CH_PRONOUN)
		score += SCORE_PRONOUN;
	return score;
}

/*
 * The chunks of the clause's own tokens that may be its subject, best
 * first (at most max into out; ties keep text order); returns how many.
 */
size_t
gt_clause_subjects(const gt_syntax *syn, const gt_clause *c, uint32_t *out, size_t max)
{
	int			scores[GT_MAX_SUBJECTS] = {0};	/* set before read; zeroed for the compiler's flow analysis */
	size_t		n = 0;
	int32_t		last = -1;
	int32_t		ci = (int32_t) (c - syn->clauses);

	if (c->verb == GT_SYN_NONE || max == 0)
		return 0;
	if (max > GT_MAX_SUBJECTS)
		max = GT_MAX_SUBJECTS;
	for (uint32_t k = c->first; k < c->end; k++)
	{
		int32_t		i = syn->chunk_at[k];
		int			score;
		size_t		at;

		if (i < 0 || i == last || syn->clause_at[syn->chunks[i].head] != ci)
			continue;
		last = i;
		/* the word that opens the clause (wie, was) is no subject of it */
		if (c->introducer != GT_SYN_NONE && syn->chunks[i].first == c->introducer &&
			syn->tags[c->introducer] != GT_POS_PREL)
			continue;
		score = subject_score(syn, c, &syn->chunks[i]);
		if (score < SCORE_MIN)
			continue;
		/* insertion into the list sorted by score, the earlier first on a tie */
		for (at = n; at > 0 && scores[at - 1] < score; at--)
			;
		if (at >= max)
			continue;
		for (size_t j = (n < max ? n : max - 1); j > at; j--)
		{
			out[j] = out[j - 1];
			scores[j] = scores[j - 1];
		}
		out[at] = (uint32_t) i;
		scores[at] = score;
		if (n < max)
			n++;
	}
	return n;
}

/* Cut [first, end) of sentence s into clauses with their verbs and subjects. */
void
gt_clause_sentence(gt_syntax *syn, uint32_t s, uint32_t first, uint32_t end)
{
	uint32_t	cur = GT_SYN_NONE;
	size_t		from = syn->nclauses;
	uint32_t	a = first;

	while (a < end && syn->status == GT_OK)
	{
		uint32_t	b = a;
		uint8_t		type;
		bool		has_verb;

		gt_tick(syn->env, ++syn->ticks);
		if (boundary(syn, a))
		{
			a++;
			continue;
		}
		while (b < end && !boundary(syn, b))
			b++;
		type = opens(syn, a, b);
		has_verb = finite_verb(syn, a, b, false) != GT_SYN_NONE;
		if (type != GT_CL_MAIN)
			cur = new_clause(syn, s, a, type, cur);
		else if (cur != GT_SYN_NONE && (syn->clauses[cur].verb == GT_SYN_NONE ||
										(!has_verb && !has_zu_infinitive(syn, a, b))))
		{
			/* the verb comes later, or an apposition or list without a verb */
		}
		else if (cur != GT_SYN_NONE && syn->clauses[cur].type != GT_CL_MAIN &&
				 syn->clauses[cur].parent != GT_SYN_NONE &&
				 syn->clauses[syn->clauses[cur].parent].verb == GT_SYN_NONE)
			cur = syn->clauses[cur].parent; /* back to the clause it interrupted */
		else
			cur = new_clause(syn, s, a, !has_verb && has_zu_infinitive(syn, a, b) ? GT_CL_INFINITIVE :
							 GT_CL_MAIN, GT_SYN_NONE);
		if (cur == GT_SYN_NONE)
			return;
		extend(syn, cur, a, b);
		a = b;
	}
	for (size_t ci = from; ci < syn->nclauses; ci++)
	{
		gt_clause  *c = &syn->clauses[ci];
		uint32_t	best;

		c->verb_position = verb_position(syn, c);
		c->passive = passive(syn, (uint32_t) ci);
		c->subject = gt_clause_subjects(syn, c, &best, 1) ? best : GT_SYN_NONE;
	}
}
