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

-- Every token of the article, one row per sentence: plain words as they are,
-- anything else as token/kind.
SELECT t.sentence,
       string_agg(CASE WHEN t.kind = 'word' THEN t.token ELSE t.token || '/' || t.kind END,
                  ' ' ORDER BY t.idx) AS tokens
FROM article, geotext_tokens(body) t
GROUP BY t.sentence ORDER BY t.sentence;

-- Token kinds of the article.
SELECT kind, count(*) FROM article, geotext_tokens(body) GROUP BY kind ORDER BY kind;

-- idx counts from 1 without gaps; spans are exact, ordered and do not overlap.
SELECT count(*) AS tokens, min(idx) AS first_idx, max(idx) AS last_idx,
       count(DISTINCT idx) AS distinct_idx,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = token) AS spans_exact,
       bool_and(length(token) = upper(span) - lower(span)) AS lengths_match
FROM article, geotext_tokens(body);
SELECT count(*) AS overlaps
FROM (SELECT span, lag(span) OVER (ORDER BY idx) AS prev FROM article, geotext_tokens(body)) s
WHERE prev IS NOT NULL AND (lower(span) < upper(prev) OR prev && span);

-- The compounds and quotation marks of the article, with their spans.
SELECT idx, sentence, token, kind, span
FROM article, geotext_tokens(body)
WHERE token LIKE '%-%' OR kind LIKE 'quote%'
ORDER BY idx;

-- German cases: compounds and apostrophes.
SELECT idx, token, kind, span FROM geotext_tokens(
  'US-Verteidigungsministerium, NATO-Generalsekretär, Indopazifik-Raum, Jean-Pierre; '
  'geht''s, geht’s, die Putin''sche und Putin’sche Politik, Hans'' Frau, Ein- und Ausfuhr, '
  'die U.S.-Regierung, Dipl.-Ing. Meier');

-- Ordinals, dates, numbers and abbreviations keep their period.
SELECT idx, token, kind, span FROM geotext_tokens(
  'Am 11. Januar, am 19.6.2024 um 10:30 Uhr: 3,5 Prozent. Der 3. Versuch z. B. mit Dr. Müller, '
  'u. a. Nr. 5, bzw. ca. 300 in St. Gallen, z.B. so. Es war 2024.');

-- Every quotation mark is a quote token; open or close where the context tells.
SELECT idx, token, kind FROM geotext_tokens(
  '„a“ ‚b‘ »c« «d» "e" ''f'' ”g” ’h’ x " y');

-- URLs and e-mail addresses.
SELECT idx, token, kind, span FROM geotext_tokens(
  'Siehe https://www.tagesschau.de/ausland/nordkorea-101.html. Oder www.nato.int, '
  'Mail an presse@bundesregierung.de!');
