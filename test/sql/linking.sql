-- Linking (issue #13): which entity a name is, and which country, decided by
-- the document. Sentences written for this test from general knowledge of
-- German, Austrian and Swiss news; the names of private persons are invented.
-- Each case names one word or name of its sentence and the row it must give
-- (canonical, kind, country), or "no row" when it is no mention of that kind:
-- ambiguity as data (parties and institutions of several countries), a
-- person's country from an apposition or an office (never from a compound's
-- party or city), names before words, common words and longest names.
CREATE TEMP TABLE cases (id int PRIMARY KEY, body text, mention text, pattern text);
INSERT INTO cases VALUES
-- parties and institutions that several countries have: the document decides
  (1, 'Die Grünen kritisierten die ÖVP im Nationalrat in Wien.', 'Die Grünen', 'party, Austrian context'),
  (2, 'Die Grünen kritisierten die ÖVP im Nationalrat in Wien.', 'Nationalrat', 'institution, Austrian context'),
  (3, 'In Berlin warfen die Grünen der CDU Versagen vor.', 'Grünen', 'party, German context'),
  (4, 'Die Grünen verloren in Zürich und Bern Stimmen an die SVP.', 'Die Grünen', 'party, Swiss context'),
  (5, 'Die Grünen verloren in Zürich und Bern Stimmen an die SVP.', 'SVP', 'party, Swiss context'),
  (6, 'Die Grünen wollen mehr Klimaschutz.', 'Die Grünen', 'party, no context: generic'),
  (7, 'Die österreichischen Grünen trafen die deutschen Kollegen.', 'Grünen', 'party, explicit country'),
  (8, 'Luis Durnwalder (SVP) regierte Südtirol von Bozen aus.', 'SVP', 'party, South Tyrol'),
  (9, 'Luis Durnwalder (SVP) regierte Südtirol von Bozen aus.', 'Luis Durnwalder', 'person, party in parentheses'),
  (10, 'Die SVP gewann die Wahl in der Schweiz, in Bern jubelte man.', 'SVP', 'party, Swiss context'),
  (11, 'Die Bundesregierung beschloss in Wien ein Sparpaket für Österreich.', 'Bundesregierung', 'institution, Austrian context'),
  (12, 'Die Bundesregierung in Berlin will die Steuern in Deutschland senken.', 'Bundesregierung', 'institution, German context'),
  (13, 'Die Bundesregierung will sparen.', 'Bundesregierung', 'institution, no context: generic'),
  (14, 'Das Kanzleramt in Wien dementierte, Österreich sei nicht betroffen.', 'Kanzleramt', 'institution, Austrian context'),
  (15, 'Der Kongress in Washington lehnte das Gesetz der US-Regierung ab.', 'Kongress', 'institution, US context'),
  (16, 'Der Kongress in Mexiko-Stadt hob die Immunität auf, Mexiko ist empört.', 'Kongress', 'institution, another country: generic'),
  (17, 'Der Nationalrat in Bern tagte, die ganze Schweiz debattierte.', 'Nationalrat', 'institution, Swiss context'),
  (18, 'Der Bundesrat in Bern beschloss für die Schweiz neue Regeln.', 'Bundesrat', 'institution, Swiss context'),
  (19, 'Der Bundesrat in Berlin stimmte dem Gesetz für Deutschland zu.', 'Bundesrat', 'institution, German context'),
  (20, 'Das Verfassungsgericht in Wien hob das Gesetz auf, Österreich muss nachbessern.', 'Verfassungsgericht', 'institution, Austrian context'),
  (21, 'Die Linke in Berlin kritisierte die Regierung in Deutschland.', 'Die Linke', 'party word, German context'),
  (22, 'Die Linke in Wien protestierte, ganz Österreich staunte.', 'Die Linke', 'party word, no German context: no party'),
  (23, 'Wir grillen am Wochenende im Grünen bei Wien.', 'Grünen', 'a word after a fused preposition'),
  (24, 'Er stand zur Linken des Präsidenten.', 'Linken', 'a word after a fused preposition'),
  (25, 'Das Projekt bekam gestern grünes Licht.', 'grünes', 'a word in lower case'),
  (26, 'Die FPÖ und die Grünen stritten im Wiener Landtag.', 'Grünen', 'party, Austrian context'),
  (27, 'Grünen-Chefin Eva Glawischnig kritisierte die Regierung in Wien.', 'Grünen', 'a party as a compound''s first part'),
-- persons: their country from the lexicon, an apposition or an office, never from a compound's party or city
  (28, 'Bundeskanzler Werner Faymann sprach in Wien.', 'Werner Faymann', 'person in the lexicon'),
  (29, 'Bundeskanzlerin Brigitte Moser sagte in Wien, Österreich werde helfen.', 'Brigitte Moser', 'office, Austrian context'),
  (30, 'Bundeskanzlerin Brigitte Moser sagte in Berlin, Deutschland werde helfen.', 'Brigitte Moser', 'office, German context'),
  (31, 'Landeshauptmann Josef Ebner besuchte Innsbruck und Tirol.', 'Josef Ebner', 'office of Austria and South Tyrol, Austrian context'),
  (32, 'Der Österreicher Markus Brandl gewann das Rennen in Kitzbühel.', 'Markus Brandl', 'demonym before'),
  (33, 'Es siegte Markus Brandl, der Österreicher, vor zwei Italienern.', 'Markus Brandl', 'demonym after'),
  (34, 'Innenminister Klaus Huber lobte in Salzburg die Polizei Österreichs.', 'Klaus Huber', 'a minister, Austrian context'),
  (35, 'Köln-Trainer Peter Stöger lobte seine Mannschaft.', 'Peter Stöger', 'person in the lexicon, not the city''s country'),
  (36, 'Grünen-Abgeordneter Franz Grasl kritisierte die Regierung.', 'Franz Grasl', 'no country from a party in a compound'),
  (37, 'Köln-Trainer Hans Albrecht lobte sein Team.', 'Hans Albrecht', 'no country from a city in a compound'),
  (38, 'Hans Gruber (SPÖ) forderte Reformen.', 'Hans Gruber', 'party in parentheses'),
  (39, 'US-Außenminister John Kerry reiste nach Wien.', 'John Kerry', 'a country in the role'),
  (40, 'Der serbische Tennisspieler Milan Jovanović siegte klar.', 'Milan Jovanović', 'a country adjective before the role'),
  (41, 'Österreichs Finanzminister Karl Berger legte das Budget vor.', 'Karl Berger', 'a country''s genitive before the role'),
  (42, 'Anna Leitner sagte nichts dazu.', 'Anna Leitner', 'no evidence: no country'),
  (43, 'Der deutsche Außenminister Frank-Walter Steinmeier besuchte Wien.', 'Frank-Walter Steinmeier', 'person in the lexicon'),
  (44, 'Bundespräsidentin Maria Huber empfing in Berlin Gäste aus ganz Deutschland.', 'Maria Huber', 'office, German context'),
  (45, 'In Niederösterreich regiert Landeshauptmann Erwin Pröll seit Jahren.', 'Erwin Pröll', 'person in the lexicon'),
  (46, 'Grünen-Chefin Eva Glawischnig kritisierte die Regierung in Wien.', 'Eva Glawischnig', 'person in the lexicon'),
-- names before words: a first name and a place, country, party or ordinary word make a person
  (47, 'Oskar Deutsch, Präsident der Kultusgemeinde, sprach zuerst.', 'Oskar Deutsch', 'first name and a country''s word'),
  (48, 'Tilo Berlin war früher Chef der Bank.', 'Tilo Berlin', 'first name and a city'),
  (49, 'Tilo Berlin war früher Chef der Bank. Berlin trat dann zurück.', 'Berlin', 'the surname alone, later'),
  (50, 'Tilo Berlin wohnt seit Jahren in Berlin.', 'Berlin', 'the city after a place preposition'),
  (51, 'Karl Schnell verließ die Partei.', 'Karl Schnell', 'first name and an ordinary word'),
  (52, 'Regina Fritsch spielte am Burgtheater.', 'Regina Fritsch', 'first name that is also a city'),
  (53, 'Thomas Linke ist Manager des Vereins.', 'Thomas Linke', 'first name and a party word'),
  (54, 'Er spricht fließend Deutsch.', 'Deutsch', 'the language is no country'),
  (55, 'Sie lernt Englisch und Spanisch.', 'Englisch', 'the language is no country'),
-- common words, and names that hold another name
  (56, 'Unter dem Kiel eines Frachters fand man Muscheln.', 'Kiel', 'an ordinary word (keel)'),
  (57, 'Der THW Kiel gewann das Spiel in Kiel.', 'THW Kiel', 'a club named after its city'),
  (58, 'Die Enthüllungen der Panama Papers erschüttern die Finanzwelt.', 'Panama', 'part of a longer name'),
  (59, 'Red Bull Salzburg gewann gegen Rapid.', 'Red Bull Salzburg', 'a club that holds a company and a city'),
  (60, 'Red Bull Salzburg gewann gegen Rapid.', 'Salzburg', 'part of a longer name'),
  (61, 'Der Konzern Red Bull wächst weiter.', 'Red Bull', 'the company'),
  (62, 'Real Madrid gewann in Madrid.', 'Real Madrid', 'a club that holds its city'),
  (63, 'Die Hamas feuerte Raketen auf Israel.', 'Hamas', 'a name, not another name''s genitive (Hama)'),
  (64, 'Der Wiener Bürgermeister Michael Häupl eröffnete den Ball.', 'Wiener', 'a city''s adjective'),
  (65, 'Die steirische Landesregierung tagte in Graz.', 'steirische', 'a region''s adjective'),
  (66, 'Die Austria gewann gegen Rapid mit 2:0.', 'Austria', 'the Vienna club'),
  (67, 'Statistik Austria meldet mehr Arbeitslose.', 'Statistik Austria', 'a state office'),
-- abbreviations the text defines
  (68, 'Das Bundesamt für Wasserbau (BAW) prüft den Damm. Die BAW rechnet mit Schäden.', 'BAW', 'an abbreviation the text defines, in brackets and alone'),
  (69, 'Die Deutsche Bahn (XYZ) erhöht die Preise. Laut XYZ steigen sie.', 'XYZ', 'a bracket that abbreviates nothing of the name'),
  (70, 'Die Abgeordnete Karla Pilz (KLP) sprach gestern. Die KLP widersprach.', 'KLP', 'a person''s bracket is no definition'),
  (71, 'Die Kämpfer des Islamischen Staates (IS) rückten vor. Der IS meldete Erfolge.', 'IS', 'the lexicon''s name stays against the tagger''s'),
-- an organisation named in the genitive has its nominative name
  (72, 'Ein Sprecher des Bundeskriminalamtes bestätigte das.', 'Bundeskriminalamtes', 'a genitive -es'),
  (73, 'Die Forscher des Deutschen Archäologischen Instituts gruben in Pergamon.', 'Deutschen Archäologischen Instituts', 'a genitive -s and weak adjectives'),
-- an organisation's name the text defines by its abbreviation in brackets
  (74, 'Der Verein für Konsumenteninformation (VKI) klagt. Der VKI gewinnt.', 'Verein für Konsumenteninformation', 'the name before the bracket'),
  (75, 'Der Verein für Konsumenteninformation (VKI) klagt. Der VKI gewinnt.', 'VKI', 'the abbreviation is the name, in the bracket and alone'),
  (76, 'Ein Urteil des Obersten Wassergerichtshofs (OWG) liegt vor.', 'Obersten Wassergerichtshofs', 'a defined name in the genitive, in the nominative'),
  (84, 'Ein Urteil des Obersten Gerichtshofs (OGH) liegt vor. Der OGH bestätigte.', 'OGH', 'Austria''s supreme court, from the lexicon'),
  (77, 'Auch der Internationale Währungsfonds (IWF) warnt vor der Krise.', 'Internationale Währungsfonds', 'the lexicon''s name of the abbreviation, declined'),
  (78, 'Die Internet Watch Foundation (IWF) warnt vor Missbrauch.', 'Internet Watch Foundation', 'not the lexicon''s name: other words'),
  (79, 'Die Anlage leistet 40 Megawatt (MW) im Jahr.', 'Megawatt', 'a term defines no organisation'),
-- an organisation named in the dative or the feminine genitive has its nominative adjectives
  (80, 'Der Rektor der Technischen Universität Wien sprach.', 'Technischen Universität Wien', 'a feminine genitive'),
  (81, 'Ein Vertreter vom Niederösterreichischen Jagdverband kam.', 'Niederösterreichischen Jagdverband', 'a dative'),
-- a lexicon name with weak adjectives after a definite article
  (82, 'Das Weiße Haus dementierte den Bericht.', 'Weiße Haus', 'the lexicon''s Weißes Haus'),
  (83, 'Das Vereinigte Königreich verlässt die Union.', 'Vereinigte Königreich', 'a country''s name so written'),
-- a name that begins with an ordinal number, and the same club without it
  (85, 'Der 1. FC Köln gewann gegen den 1. FSV Mainz 05.', '1. FC Köln', 'from the number on'),
  (86, 'Der 1. FC Köln gewann gegen den 1. FSV Mainz 05.', '1. FSV Mainz 05', 'a number inside the name too'),
  (87, 'Mainz 05 verlor in Köln.', 'Mainz 05', 'the club''s short name'),
  (88, 'Am 1. Mai sprach sie in Köln.', 'Köln', 'a date''s number starts no name'),
-- a party's full name, not cut short at its tail word, and declined
  (89, 'Die Sozialdemokratische Partei Österreichs regiert.', 'Sozialdemokratische Partei Österreichs', 'the lexicon''s name, whole'),
  (90, 'Der Chef der Freiheitlichen Partei Österreichs sprach.', 'Freiheitlichen Partei Österreichs', 'in the genitive'),
-- the surname alone after a full name written in the genitive
  (91, 'Heinz Spindlers Geduld ist am Ende. Spindler zahlt die Strafe nicht.', 'Spindler', 'the person named before'),
-- a hyphenated given name written with a space
  (92, 'FPÖ-Chef Heinz Christian Strache forderte eine Volksabstimmung.', 'Heinz Christian Strache', 'the lexicon''s Heinz-Christian'),
-- a name written with two spaces is the name written with one
  (93, 'Der Botschafter Sergej  Kiseljow wurde ins Ministerium zitiert. Kiseljow schwieg.', 'Sergej  Kiseljow', 'two spaces'),
  (94, 'Der Botschafter Sergej  Kiseljow wurde ins Ministerium zitiert. Kiseljow schwieg.', 'Kiseljow', 'the surname alone, later'),
-- a name's own -s where no genitive can stand
  (95, 'Nikos Filis, ein Linker, sprach im Parlament. Filis blieb ruhig.', 'Nikos Filis', 'an apposition follows');

-- one line per case: the row of the named mention (several rows: all of them), or "no row"
SELECT c.id, c.mention, coalesce(e.canonical, '(no row)') AS canonical, e.kind, e.country, c.pattern
FROM cases c
LEFT JOIN LATERAL (SELECT * FROM geotext_entities(c.body) x WHERE x.mention = c.mention) e ON true
ORDER BY c.id, e.idx;

-- every link names what decided it
SELECT c.id, e.mention, e.evidence
FROM cases c, LATERAL geotext_entities(c.body) e
WHERE (e.evidence LIKE 'link:%' OR e.evidence = 'rule:abbreviation-name') AND c.id IN (1, 3, 6, 7, 9, 13, 29, 32, 48, 16, 68, 74)
ORDER BY c.id, e.idx;
