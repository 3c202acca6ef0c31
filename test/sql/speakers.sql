-- Who said what: one or two sentences for each way a speaker went wrong before
-- the clause analysis (issue #14), written for the test with invented names.
-- Each row: the case, the quote's kind and start, its speaker as resolved, the
-- words that attribute it, the cue's lemma, and how the quote and the speaker
-- were found. A case without rows has no quote (non-speech).
CREATE TEMP TABLE cases (n int, pattern text, body text);
INSERT INTO cases VALUES
-- 1. a chain of reported speech keeps its speaker
 (1, 'chain', 'Die Außenministerin Anna Berger sagte am Montag, die Verhandlungen seien schwierig. Die Europäische Union habe kein Angebot vorgelegt. Der Gipfel habe noch immer kein Ergebnis gebracht.'),
 (2, 'chain', 'Der Gewerkschafter Paul Ebner erklärte, die Löhne müssten steigen. Die Unternehmen hätten genug verdient. Eine Einigung sei aber möglich.'),
-- 2. the wrong phrase as speaker: a dative addressee, a topic, an organisation before the person,
--    a sentence adverb, a possessive read as a verb
 (3, 'dative addressee', 'Der englischsprachigen Zeitung sagte Jorin Talvek: „Wir werden weiter kämpfen.“'),
 (4, 'dative addressee', 'Dem Radiosender erklärte die Bürgermeisterin Lea Sommer, die Brücke werde saniert.'),
 (5, 'topic', '„Er hat viel für den Verein getan“, sagte Bruno Kessler über seinen Vorgänger.'),
 (6, 'organisation before the person', '„Die Lage ist stabil“, sagte der Kommandeur der Armee, General Marek Olsen.'),
 (7, 'sentence adverb', 'Demnach sieht das Training neue Übungen vor.'),
 (8, 'possessive, not a verb', 'Meine Mannschaft hat gut gearbeitet, sagte Trainer Holm.'),
-- 3. named speakers resolved: an apposition, a pronoun, a definite role phrase
 (9, 'apposition', 'Wie der Direktor des Katastrophenamtes, Kiran Pallath, mitteilte, waren die Dörfer nicht gewarnt.'),
 (10, 'pronoun', 'Die Ministerin Karin Huber besuchte am Montag das Hochwassergebiet. Die Schäden sind groß. Sie forderte, dass der Bund helfen müsse.'),
 (11, 'role phrase', 'Der Verhandler der Gewerkschaft, Peter Maierhofer, traf am Montag die Arbeitgeber. Das Treffen dauerte sechs Stunden. Der Verhandler sagte, man sei sich nähergekommen.'),
 (12, 'role phrase, compound', 'Konzernsprecher Ralf Teuber bestätigte den Verkauf. Der Sprecher sagte, die Belegschaft werde informiert.'),
-- 4. content without quotation marks before the cue
 (13, 'unmarked', 'Die Politik des Verteilens ist vorbei, befand der Landesrat Erwin Stadler.'),
 (14, 'unmarked', 'Die Lage ist ernst, sagte Gudrun Aalto dem Fernsehen.'),
 (15, 'unmarked', 'Wir haben alles versucht, so Vereinschef Mario Gruber.'),
-- 5. only speech is speech
 (16, 'passive verdict', 'Die Angeklagten wurden zu drei Jahren Haft verurteilt.'),
 (17, 'threat of a recession', 'Damit droht eine erneute Rezession.'),
 (18, 'a law is no source', 'Laut Gesetz dürfen die Behörden die Daten speichern.'),
 (19, 'reflexive befinden', 'Der Verdächtige befand sich zu dieser Zeit in Haft.'),
 (20, 'impersonal man', 'Man sagt, das Wetter werde besser.'),
-- 6. whole spans
 (21, 'span', 'Die Enthüllungen hatten die Regierung unter Druck gesetzt, sagte die Sprecherin.'),
-- reported speech and hearsay
 (22, 'reported', 'Augenzeugen berichteten von Schüssen im Norden der Stadt.'),
 (23, 'intention', 'Die Partei will die Krankenversicherung umbauen.'),
 (24, 'hearsay', 'Der Kassier soll Gelder veruntreut und Belege gefälscht haben.'),
-- a cue inside the content (informiert, a passive) and the cue that names the speaker after it
 (25, 'cue in the content', 'Die Kunden werden informiert, kündigte der Sprecher Olaf Brenner an.'),
-- a bare noun after laut: a rule names nobody, a statistic is a source
 (26, 'laut with a source noun', 'Laut Statistik sind die Mieten gestiegen.'),
-- heißt es: a document named with "in" speaks; without one nobody does ("es" is no speaker)
 (27, 'heißt es in a document', 'In einer Stellungnahme der Kammer heißt es, die Reform komme zu spät.'),
 (28, 'es heißt', 'Es heißt, der Vertrag sei unterschrieben.'),
-- a reporting noun with its content clause; a purpose clause (um … zu) is no content
 (29, 'noun with content', 'Der Minister vertritt die Ansicht, dass die Reform zu spät komme.'),
 (30, 'noun with genitive', 'Am Morgen kam die Forderung der Gewerkschaft, dass die Löhne steigen müssten.'),
 (31, 'purpose clause', 'Der Minister forderte mehr Polizisten, um die Unruhen zu beenden.'),
 (32, 'purpose after a noun', 'Die Lage verlangt eine gemeinsame Antwort, um weitere Eskalationen zu verhindern.'),
-- a cue in a bracketed aside points to earlier reports and attributes nothing
 (33, 'aside', 'Seit dem Streit im Mai (die Lokalzeitung berichtete) ist die Brücke gesperrt.'),
-- a cue verb as a zu-infinitive (zu zweifeln) is part of the content; the finite cue attributes it
 (34, 'infinitive cue', 'Die Ministerin Anna Berger sah keinen Grund, an der Regierung zu zweifeln, wie sie dem Parlament mitteilte.'),
-- an Austrian sentence adverb (weiters) is no speaker; the role noun after the verb is
 (35, 'sentence adverb (Austrian)', 'Weiters verweisen Verfassungsrechtler darauf, dass Österreich wenig ausrichten kann.'),
-- the name set off after a role phrase and its prepositional attribute names the speaker
 (36, 'apposition after attributes', 'Betrug könne man ausschließen, sagt der Leiter der Abteilung im Amt der Landesregierung, Harald Dreher.');

SELECT c.n, c.pattern, q.kind, left(q.quote, 32) AS quote, q.speaker, q.speaker_kind,
       q.speaker_mention, q.cue_lemma, q.evidence, q.speaker_evidence
FROM cases c LEFT JOIN LATERAL geotext_quotes(c.body) q ON q.kind <> 'term'
ORDER BY c.n, q.idx;

-- every speaker's words are the text at its span, and every quote's too
SELECT count(*) AS quotes,
       bool_and(substr(c.body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote) AS quote_spans_exact,
       bool_and(q.speaker_span IS NULL OR substr(c.body, lower(q.speaker_span),
                upper(q.speaker_span) - lower(q.speaker_span)) = q.speaker_mention) AS speaker_spans_exact,
       bool_and(q.confidence > 0 AND q.confidence <= 1) AS confidence_in_range
FROM cases c, LATERAL geotext_quotes(c.body) q;
