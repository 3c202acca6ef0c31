-- The example article (examples/nordkorea-russland.txt, byte for byte: it
-- begins with a line break and has none at its end).
CREATE TEMP TABLE article AS SELECT $article$
USA und NATO besorgt über Russlands Besuch in Nordkorea
Seit Beginn des russischen Angriffs auf die Ukraine vor mehr als zwei Jahren hat Russland wiederholt Waffen aus Nordkorea erhalten, darunter Raketen und Artilleriemunition. Diese Waffenlieferungen wurden laut US-Verteidigungsministerium und NATO-Generalsekretär Jens Stoltenberg eingesetzt, um Russlands "militärische Spezialoperation" in der Ukraine zu unterstützen.
"Die sich vertiefende Zusammenarbeit zwischen Russland und Nordkorea ist etwas, das jeden beunruhigen sollte, der an der Aufrechterhaltung von Frieden und Stabilität auf der koreanischen Halbinsel interessiert ist, aber auch an der Unterstützung des ukrainischen Volkes, das weiterhin gegen die russische Aggression kämpft", sagte Pat Ryder, der Sprecher des US-Verteidigungsministeriums.
Auch die Sprecherin des Weißen Hauses, Karine Jean-Pierre, äußerte sich besorgt über die Auswirkungen dieser Zusammenarbeit. Sie betonte, dass die Waffenlieferungen aus Nordkorea es Russland ermöglichten, seinen "brutalen Krieg in der Ukraine" fortzuführen.
NATO-Generalsekretär Jens Stoltenberg wies ebenfalls auf die geopolitischen Konsequenzen hin, die aus dem Besuch von Putin in Nordkorea resultieren könnten. Er betonte, wie wichtig es sei, die Zusammenarbeit der NATO mit Partnern im Indopazifik-Raum zu stärken, um einer weiteren Eskalation entgegenzuwirken.
Russland und Nordkorea bestreiten offiziell jegliche Kooperation im Bereich Waffenhandel und militärische Technologien, aber Beobachter und westliche Regierungen sind besorgt über eine zunehmende strategische Allianz zwischen beiden Ländern. Diese Entwicklung könnte die internationalen Spannungen verschärfen und den Druck auf die Ukraine erhöhen, die weiterhin gegen die russische Invasion kämpft.
In einem Beitrag für die nordkoreanische Zeitung "Rodong Sinmun" lobte Putin die "standhafte Unterstützung" Nordkoreas für Russlands "militärische Spezialoperation" in der Ukraine. Dieser Besuch markiert eine weitere Annäherung zwischen autoritären Regimen, die bereit sind, gegenseitig militärische Ressourcen auszutauschen, trotz bestehender internationaler Sanktionen.
Die USA und ihre Verbündeten in der NATO werden voraussichtlich bei ihrem nächsten Gipfel in Washington im Juli Maßnahmen zur Stärkung ihrer Position im Indopazifik-Raum erörtern, um die Sicherheit und Stabilität in der Region zu gewährleisten und den wachsenden Einfluss Russlands und seiner Verbündeten einzudämmen.
Insgesamt zeigt der Besuch Putins in Nordkorea, wie eng geopolitische Entwicklungen auf der koreanischen Halbinsel mit globalen Sicherheitsinteressen verbunden sind. Die Reaktionen der USA und der NATO verdeutlichen die Ernsthaftigkeit der Situation und die Notwendigkeit einer koordinierten internationalen Antwort, um weitere Eskalationen zu verhindern und Frieden und Stabilität zu sichern.$article$::text AS body;

-- Every quote of the article: Pat Ryder's direct quote; the dass-clause and
-- the partial "brutalen Krieg in der Ukraine" to Karine Jean-Pierre (via
-- "Sie betonte"); "wie wichtig es sei …" to Jens Stoltenberg (via "Er
-- betonte"); "standhafte Unterstützung" to Putin as partial; the titles and
-- scare quotes ("Rodong Sinmun", "militärische Spezialoperation") as term
-- with no speaker.
SELECT idx, kind, left(quote, 60) AS quote, speaker, speaker_kind,
       speaker_mention, cue, cue_lemma, sentence
FROM article, geotext_quotes(body) ORDER BY idx;

-- Spans point at the text: quote, speaker_mention and cue are substrings.
SELECT count(*) AS quotes,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = quote) AS quote_spans_ok,
       bool_and(speaker_span IS NULL OR substr(body, lower(speaker_span),
                upper(speaker_span) - lower(speaker_span)) = speaker_mention) AS speaker_spans_ok,
       bool_and(cue_span IS NULL OR substr(body, lower(cue_span),
                upper(cue_span) - lower(cue_span)) = cue) AS cue_spans_ok
FROM article, geotext_quotes(body);

-- A term is never attributed to anyone.
SELECT count(*) AS terms_with_speaker
FROM article, geotext_quotes(body) WHERE kind = 'term' AND speaker IS NOT NULL;

-- Own sentences, one per pattern.
SELECT idx, kind, quote, speaker, speaker_kind, speaker_mention, cue, cue_lemma
FROM geotext_quotes($t$„Wir bauen die Brücke bis zum Herbst fertig“, sagte Anna Berger, die Sprecherin der Stadtwerke. Stadtrat Michael Becker erklärte: »Die Schule bleibt offen.« „Der Zug fährt wieder“, sagte Thomas Krüger, „aber nur stündlich.“ Die Ministerin Julia Brandt traf Stefan Krause. Sie betonte, dass die Stadt mehr Geld bekomme. Er sagte, die Pläne seien gut. Laut Polizei wurden in Köln drei Autos beschädigt. Ein Sprecher des Umweltamtes sagte, die Werte seien gesunken. In der Zeitung "Morgenblatt" lobte Karl Lindemann die "mutige Entscheidung" des Rates.$t$)
ORDER BY idx;

-- NULL and empty input.
SELECT count(*) AS null_rows FROM geotext_quotes(NULL);
SELECT count(*) AS empty_rows FROM geotext_quotes('');
