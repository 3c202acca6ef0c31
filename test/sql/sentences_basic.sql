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
SELECT length(body) AS chars, octet_length(body) AS bytes FROM article;

-- The article's sentences: the headline (no period, ends at the line break)
-- and 14 sentences of body text.
SELECT sentence, span, sentence_text FROM article, geotext_sentences(body) ORDER BY sentence;

-- Sentence spans are exact, numbered from 1 and cover every token.
SELECT count(*) AS sentences, min(sentence) AS first, max(sentence) AS last,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = sentence_text) AS spans_exact
FROM article, geotext_sentences(body);
SELECT count(*) AS tokens_outside_their_sentence
FROM article, geotext_tokens(body) t
JOIN geotext_sentences((SELECT body FROM article)) s USING (sentence)
WHERE NOT s.span @> t.span;
SELECT (SELECT max(sentence) FROM article, geotext_tokens(body)) =
       (SELECT count(*) FROM article, geotext_sentences(body)) AS same_sentence_count;

-- Abbreviations, ordinals and dates do not end sentences.
SELECT sentence, sentence_text FROM geotext_sentences(
  'Das gilt z. B. für Dr. Müller, u. a. Nr. 5 bzw. ca. 300 Leute aus St. Gallen. '
  'Er kam am 11. Januar. Am 19.6.2024 begann es. Das 3. Mal kam er. Das war 2024. '
  'Die U.S.-Regierung schwieg. Er aß Äpfel, Birnen usw. Dann ging er.');

-- A sentence ending inside a quotation ends after the closing mark.
SELECT sentence, sentence_text FROM geotext_sentences(
  'Sie sagte: „Ja.“ Dann … Er rief: »Hilfe!« Gut. Sie sagte: "Nein." '
  'Er: ‚Nie.‘ „Ja“, sagte sie. Er ging (endlich.) Dann kam sie.');

-- Line breaks end sentences; other scripts split at their full stops.
SELECT sentence, span, sentence_text FROM geotext_sentences(
  E'Titel ohne Punkt\nDer Text. Er endet.\r\n\r\nNeu\nשלום. עולם. 北京。東京。');
