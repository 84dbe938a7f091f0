import { extractClaims, resolveRegistrySource } from '../../../src/extraction';
import { claimWith, sourcesOf } from './helpers';

/** German attribution constructions, one sentence of our own wording per construction. */
const de = (text: string) => extractClaims(text, { language: 'de' });

describe('registry acronyms match only in capitals', () => {
  it('finds an agency by its acronym written in capitals', () => {
    expect(resolveRegistrySource('DIA')?.id).toBe('us-dia');
  });
  it('does not read a person named Dias as the acronym DIA', () => {
    expect(resolveRegistrySource('Ana Dias')?.id).not.toBe('us-dia');
    const r = de('Die Ärztin Ana Dias sagte, die Station sei seit Tagen überlastet.');
    expect(sourcesOf(claimWith(r, 'Station'))).not.toContain('Defense Intelligence Agency');
  });
});

describe('German source phrases', () => {
  it('keeps a double surname with a hyphen as one person', () => {
    const r = de('Die Ökonomin Hanna Berg-Lindner sagte weiter, die Preise würden im Herbst sinken.');
    expect(sourcesOf(claimWith(r, 'Preise'))).toContain('Hanna Berg-Lindner');
    const r2 = de('Berg-Lindner erklärte, die Zinsen blieben vorerst stabil.');
    expect(sourcesOf(claimWith(r2, 'Zinsen'))).toEqual(['Berg-Lindner']);
  });
  it('reads a party in parentheses after a name as part of the subject, not a clause boundary', () => {
    const r = de('Landwirtschaftsministerin Eva Kornmeier (FDP) sagte, die Ernte falle in diesem Jahr schwächer aus.');
    expect(sourcesOf(claimWith(r, 'Ernte'))).toContain('Eva Kornmeier');
  });
  it('gives an unnamed spokesperson to the organisation in play', () => {
    const r = de('Die Gewerkschaft Nordstahl teilte mit, die Verhandlungen seien gescheitert. Am Abend gab es neue Gespräche. „Wir haben keine Wahl“, sagte ein Sprecher.');
    expect(claimWith(r, 'keine Wahl').attributions.length).toBeGreaterThan(0);
    expect(sourcesOf(claimWith(r, 'keine Wahl')).join(' ')).toMatch(/Nordstahl/);
  });
  it('keeps an unnamed expert as an anonymous source with the descriptor', () => {
    const r = de('„Das halte ich für ausgeschlossen“, sagte ein Analyst in Zürich.');
    const c = claimWith(r, 'ausgeschlossen');
    expect(c.attributions[0]?.role).toBe('anonymous');
    expect(sourcesOf(c).join(' ')).toMatch(/Analyst/);
  });
});

describe('German reporting constructions', () => {
  it('reads `Name: „…“` as the named person speaking', () => {
    const r = de('Die Tarifrunde stockt. Brandhorst: „Wir lassen uns nicht hinhalten.“');
    expect(sourcesOf(claimWith(r, 'hinhalten'))).toContain('Brandhorst');
  });
  it('resolves an age epithet (`der 58-Jährige`) to the person last named', () => {
    const r = de('Die Richterin Carla Obermeier leitet das Verfahren. Die Beweise reichten nicht aus, erklärte die 58-Jährige.');
    expect(sourcesOf(claimWith(r, 'Beweise'))).toContain('Carla Obermeier');
  });
  it('ends an inverted subject at a pronoun, so the object after it is not the source', () => {
    const r = de('Die Abgeordnete Jana Roth ist verärgert. „Das ist absurd“, kritisierte sie Markus Feld, den Chef der Flugsicherung.');
    expect(sourcesOf(claimWith(r, 'absurd'))).toEqual(['Jana Roth']);
  });
  it('takes an unregistered acronym before a role noun as the organisation', () => {
    const r = de('Die Pegel steigen weiter, so der THW-Sprecher.');
    expect(sourcesOf(claimWith(r, 'Pegel')).join(' ')).toMatch(/THW/);
  });
  it('names a role nobody filled yet as the source (`nach Angaben des Anwalts`)', () => {
    const r = de('Nach Angaben des Verteidigers sei der Angeklagte unschuldig.');
    expect(sourcesOf(claimWith(r, 'unschuldig')).join(' ')).toMatch(/Verteidiger/);
  });
  it('knows `gehen von … aus` and `attackierte` as reporting verbs', () => {
    const r = de('Die Meteorologen gehen von einem weiteren Anstieg der Temperaturen aus.');
    expect(claimWith(r, 'Anstieg').attributions.length).toBeGreaterThan(0);
  });
});

describe('German clause structure', () => {
  it('reads a participle after an auxiliary with an adverbial first, and starts the content after the comma', () => {
    const r = de('Die Bundesnetzagentur teilte mit, die Leitungen seien frei. Zuvor hatte die Behörde erklärt, zwei Trassen würden geprüft.');
    const c = claimWith(r, 'Trassen');
    expect(c.quote.exact).toBe('zwei Trassen würden geprüft');
    expect(c.attributions.length).toBeGreaterThan(0);
  });
  it('keeps a name with a party in parentheses inside a comma apposition and reads `fordert … auf`', () => {
    const r = de('Die Leiterin des Verbands, Greta Voss (Grüne), fordert die Länder auf, mehr Geld bereitzustellen.');
    const c = claimWith(r, 'Geld');
    expect(sourcesOf(c)).toContain('Greta Voss');
    expect(c.attributions[0].cue).toBe('fordert auf');
  });
  it('does not take `die Polizei` for the ministry named before', () => {
    const r = de('Das Innenministerium teilte mit, die Lage sei ruhig. Am Abend teilte die Polizei mit, der Verdächtige sei gefasst.');
    expect(sourcesOf(claimWith(r, 'Verdächtige')).join(' ')).toMatch(/polizei/i);
  });
});

describe('German reflexive verbs and own statements', () => {
  it('reads `freute sich X` with the subject after the reflexive pronoun', () => {
    const r = de('„Das war mein bestes Rennen“, freute sich die Läuferin Anna Berg.');
    expect(sourcesOf(claimWith(r, 'bestes Rennen'))).toContain('Anna Berg');
  });
  it('gives `laut eigener Aussage` to the subject of the sentence', () => {
    const r = de('Der Bergführer Tom Hansen sah laut eigener Aussage den Sturm früh kommen.');
    expect(sourcesOf(claimWith(r, 'Sturm'))).toContain('Tom Hansen');
  });
});

describe('German running speaker: gender and salience', () => {
  it('lets `er` skip a woman named more recently and find the man', () => {
    const r = de('Bürgermeister Olaf Trenk sagte, die Brücke werde saniert. Die Ministerin Petra Alm widersprach: „Dafür fehlt das Geld.“ „Wir finden das Geld“, sagte er.');
    expect(sourcesOf(claimWith(r, 'Wir finden'))).toContain('Olaf Trenk');
  });
  it('lets `die 41-Jährige` find the woman, not the man named after her', () => {
    const r = de('Die Sprecherin Lea Vogt sagte, der Termin stehe. Der Abteilungsleiter Jan Rothe sagte, er habe davon nichts gewusst. Man sei im Zeitplan, betonte die 41-Jährige.');
    expect(sourcesOf(claimWith(r, 'Zeitplan'))).toContain('Lea Vogt');
  });
  it('reads `Name, Chef der Gewerkschaft X` as the person, with X as the organisation', () => {
    const r = de('Paul Ende, Chef der Gewerkschaft Nordstahl, sagte, der Streik gehe weiter.');
    const c = claimWith(r, 'Streik');
    expect(sourcesOf(c)).toContain('Paul Ende');
    expect(sourcesOf(c).join(' ')).toMatch(/Gewerkschaft Nordstahl/);
  });
  it('makes the one known person a frameless sentence names the running speaker', () => {
    const r = de('Der Lehrer Uwe Marx sagte, die Schule sei zu klein. Minister Karl Brehm nannte das „übertrieben“. Und wie sieht Marx das? „Das Gebäude platzt aus allen Nähten“, sagte er.');
    expect(sourcesOf(claimWith(r, 'Nähten'))).toContain('Uwe Marx');
  });
});

describe('German reported speech that runs on', () => {
  it('reads a subject with an apposition that names a place (`Direktor des Instituts an der Uni X`)', () => {
    const r = de('Auch Marta Lind, Leiterin des Labors für Akustik an der Hochschule Kiel, warnte: „Der Lärm macht krank.“');
    expect(sourcesOf(claimWith(r, 'Lärm'))).toContain('Marta Lind');
  });
  it('keeps the speaker for subjunctive I after one narrative sentence in the same paragraph', () => {
    const r = de('„Wir sind sehr froh“, sagte der Bürgermeister Till Horn. Im Rathaus wurde gefeiert. Die letzten Jahre seien schwierig gewesen.');
    expect(sourcesOf(claimWith(r, 'letzten Jahre'))).toContain('Till Horn');
  });
  it('does not carry a speaker over narrative sentences in another paragraph', () => {
    const r = de('„Wir sind sehr froh“, sagte der Bürgermeister Till Horn. Im Rathaus wurde gefeiert.\n\nDie Stadt hat 5000 Einwohner. Der Bau habe zwei Jahre gedauert.');
    expect(r.claims.find((c) => c.quote.exact.includes('zwei Jahre'))?.attributions ?? []).toEqual([]);
  });
  it('recognises a subjunctive I the verb list lacks by its reflexive shape (`fühle sich`)', () => {
    const r = de('Die Forscherin Ida Sand sagte, das Projekt sei abgeschlossen. Umso besser fühle sich der Erfolg an.');
    expect(sourcesOf(claimWith(r, 'Erfolg'))).toContain('Ida Sand');
  });
  it('continues with a subjunctive II the list lacks (`befänden`) in the same paragraph', () => {
    const r = de('Das Hauptzollamt teilte mit, man habe zwei Lastwagen gestoppt. In der Ladung befänden sich gefälschte Uhren.');
    expect(claimWith(r, 'gefälschte Uhren').attributions.length).toBeGreaterThan(0);
  });
  it('does not take a preterite in -te before `sich` for a subjunctive', () => {
    const r = de('Die Trainerin Eva Rau sagte, das Team sei bereit. Am Abend zeigte sich der Himmel wolkenlos über dem Stadion.');
    expect(r.claims.find((c) => c.quote.exact.includes('Himmel'))?.attributions ?? []).toEqual([]);
  });
});

describe('German outlets named in quotation marks', () => {
  it('reads a quoted outlet before `berichtet` as the source, not as a quotation', () => {
    const r = de('Die Feuerwehr hat die Suche nach dem Boot vorerst beendet, wie «Abendkurier» berichtet.');
    expect(sourcesOf(claimWith(r, 'Suche')).join(' ')).toMatch(/Abendkurier/);
  });
  it('reads a lower-case outlet name in quotes after an article (`die "morgenpost"`)', () => {
    const r = de('Laut der "morgenpost" wird das Stadion erst im Herbst fertig.');
    expect(sourcesOf(claimWith(r, 'Stadion')).join(' ')).toMatch(/morgenpost/i);
  });
  it('reads an acronym after an article as an organisation (`wie die WNZ weiter berichtet`)', () => {
    const r = de('Wie die WNZ weiter berichtet, wurde die Sonderkommission auf 30 Beamte vergrößert.');
    expect(sourcesOf(claimWith(r, 'Sonderkommission'))).toContain('WNZ');
  });
  it('keeps a scare-quoted noun masked as a quotation', () => {
    const r = de('Der Minister Ralf Kühn sagte, die Reform sei ein „Meilenstein“ für das Land.');
    const c = claimWith(r, 'Reform');
    expect(sourcesOf(c)).toEqual(['Ralf Kühn']);
    expect(c.quote.exact.startsWith('die Reform sei ein „Meilenstein“ für das')).toBe(true);
  });
});

describe('German nominal cues', () => {
  it('reads `Nach Xs Darstellung` as X, the person named before', () => {
    const r = de('Der Sprecher der Feuerwehr, Jonas Pfeil, sagte, der Brand sei gelöscht. Nach Pfeils Darstellung brach das Feuer im Keller aus.');
    expect(sourcesOf(claimWith(r, 'Keller'))).toContain('Jonas Pfeil');
  });
  it('gives `den dänischen Angaben zufolge` to Denmark, not to the source quoted last', () => {
    const r = de('Die schwedische Regierung teilte mit, die Grenze bleibe offen. Den dänischen Angaben zufolge werden die Kontrollen verschärft.');
    const c = claimWith(r, 'Kontrollen');
    expect(c.attributions.map((a) => a.source.country)).toEqual(['DK']);
  });
});

describe('German epithets for organisations', () => {
  it('reads `der EU-Behörde` as the EU body named before, not the EU itself', () => {
    const r = de('Die EU-Kommission teilte mit, der Entwurf liege nun vor. Die neuen Regeln gälten ab Mai, sagte ein Sprecher der EU-Behörde.');
    expect(sourcesOf(claimWith(r, 'neuen Regeln'))).toContain('European Commission');
  });
  it('falls back to the organisation when no body of it was named (`der EU-Behörde`)', () => {
    const r = de('Die Quote werde nicht geändert, sagte ein Sprecher der EU-Behörde.');
    expect(sourcesOf(claimWith(r, 'Quote'))).toContain('European Union');
  });
  it('reads `hatte … enthüllt` as a publisher reporting and `das Blatt` as that paper', () => {
    const r = de('Die Neue Rheinische Zeitung hatte am Freitag Einzelheiten über die geheimen Verträge enthüllt. Der Konzern habe die Gutachten zurückgehalten, schrieb das Blatt.');
    expect(sourcesOf(claimWith(r, 'Verträge')).join(' ')).toMatch(/Rheinische Zeitung/);
    expect(sourcesOf(claimWith(r, 'Gutachten')).join(' ')).toMatch(/Rheinische Zeitung/);
  });
});

describe('German subjects introduced without a frame', () => {
  it('remembers `Name, Chef der X,` as the subject of a narrative sentence, for a later question and `er`', () => {
    const r = de('Paul Brandt, Chef der Gewerkschaft Nordbahn, traf am Morgen in Kassel ein. Minister Udo Kranz sagte, er sei enttäuscht. Und wie sieht Brandt das? „Wir haben keine Wahl“, sagte er.');
    expect(sourcesOf(claimWith(r, 'keine Wahl'))).toContain('Paul Brandt');
  });
});

describe('German clauses around the frame', () => {
  it('reads `…, was Händler mit X erklärten` as the traders explaining the main clause', () => {
    const r = de('In Frankfurt stieg die Aktie um fünf Prozent, was Händler mit den Übernahmegerüchten erklärten.');
    const c = claimWith(r, 'Aktie');
    expect(c.attributions[0]?.role).toBe('anonymous');
    expect(c.quote.exact).toBe('In Frankfurt stieg die Aktie um fünf Prozent');
  });
  it('does not read a `was` clause without a verb of speech as a frame', () => {
    const r = de('Die Preise stiegen stark, was viele Kunden ärgerte.');
    expect(r.claims.every((c) => c.attributions.length === 0)).toBe(true);
  });
  it('skips the auxiliary of a `wonach` clause when looking for the one of a closing participle', () => {
    const r = de('Die Polizeichefin Iris Wendt hat Berichte, wonach der Minister eingegriffen hätte, als falsch zurückgewiesen.');
    expect(sourcesOf(claimWith(r, 'Berichte'))).toContain('Iris Wendt');
  });
});

describe('German speaker kept by a narrative sentence about them', () => {
  it('keeps the speaker when a sentence in between has her as subject (`machte die Sprecherin keine Angaben`)', () => {
    const r = de('„Die Ermittlungen laufen“, sagte eine Sprecherin der Polizei Rostock.\nZu den Hintergründen machte die Sprecherin keine Angaben. Am Freitag solle es weitere Informationen geben.');
    expect(claimWith(r, 'weitere Informationen').attributions.length).toBeGreaterThan(0);
    expect(sourcesOf(claimWith(r, 'weitere Informationen')).join(' ')).toMatch(/Polizei/);
  });
});

describe('German place names inside organisation names', () => {
  it('reads `eine Sprecherin der Polizei Rostock` as the police, not a person called Rostock', () => {
    const r = de('„Die Straße bleibt gesperrt“, sagte eine Sprecherin der Polizei Rostock.');
    expect(sourcesOf(claimWith(r, 'Straße'))).toEqual(['Polizei Rostock']);
  });
  it('reads `der Kieler Staatsanwaltschaft` with the place adjective as part of the organisation', () => {
    const r = de('„Wir prüfen den Fall“, sagte ein Sprecher der Kieler Staatsanwaltschaft.');
    expect(sourcesOf(claimWith(r, 'prüfen'))).toEqual(['Kieler Staatsanwaltschaft']);
  });
});

describe('German gender from kin nouns and first names', () => {
  it('reads `Ihr Mann X` as male, so a later `sie` skips him', () => {
    const r = de('„Wir bleiben hier“, sagte Greta Holm. Ihr Mann Ole Holm fügte hinzu, man werde das Haus nicht verkaufen. „Das ist unser Leben“, sagte sie.');
    expect(sourcesOf(claimWith(r, 'unser Leben'))).toContain('Greta Holm');
  });
  it('does not give `er` to a woman known only by a first name like Petra', () => {
    const r = de('Petra Lang sagte, die Lage sei ernst. „Das stimmt nicht“, sagte er.');
    expect(r.claims.find((c) => c.quote.exact.includes('stimmt nicht'))?.attributions.map((a) => a.source.name) ?? []).not.toContain('Petra Lang');
  });
});

describe('German subjunctive I next to a pronoun', () => {
  it('continues with `Sie prüfe …` (a verb the list lacks, after a subject pronoun)', () => {
    const r = de('Die Stadtverwaltung teilte mit, die Brücke bleibe gesperrt. Sie prüfe derzeit ein neues Gutachten.');
    expect(claimWith(r, 'Gutachten').attributions.length).toBeGreaterThan(0);
  });
  it('does not read a preterite after a pronoun (`Dann kaufte sie …`) as reported speech', () => {
    const r = de('Die Händlerin Mia Kurz sagte, das Geschäft laufe gut. Dann kaufte sie am Markt zwei Kisten Obst für den Laden.');
    expect(r.claims.find((c) => c.quote.exact.includes('Kisten'))?.attributions ?? []).toEqual([]);
  });
});

describe('German relays and nominal cues with `aus`', () => {
  it('splits `sagte der Minister X der Nachrichtenagentur dapd` into speaker and relaying agency', () => {
    const r = de('Die Lage sei ernst, sagte der Minister Jan Holt der Nachrichtenagentur dapd.');
    const c = claimWith(r, 'Lage');
    expect(sourcesOf(c, 'speaker')).toEqual(['Jan Holt']);
    expect(sourcesOf(c, 'relay')).toEqual(['dapd']);
  });
  it('keeps `ein Sprecher der Nachrichtenagentur dpa` as the agency speaking', () => {
    const r = de('Die Zahlen seien gut, sagte ein Sprecher der Nachrichtenagentur dpa.');
    expect(sourcesOf(claimWith(r, 'Zahlen'))).toEqual(['Deutsche Presse-Agentur']);
  });
  it('reads `Nach Angaben aus Regierungskreisen` and `Dem „Kurier“ zufolge`', () => {
    expect(claimWith(de('Nach Angaben aus Regierungskreisen wird das Gesetz verschoben.'), 'Gesetz').attributions[0]?.role).toBe('anonymous');
    expect(sourcesOf(claimWith(de('Dem „Abendkurier“ zufolge soll die Halle im Mai öffnen.'), 'Halle')).join(' ')).toMatch(/Abendkurier/);
  });
});

describe('German dative listeners after an inverted subject', () => {
  it('reads `sagte die Ökonomin X dem Sender Y` with Y as relay and the content before the comma', () => {
    const r = de('Die Reform komme zu spät, sagte die Ökonomin Vera Stahl dem Sender NDR.');
    const c = claimWith(r, 'Reform');
    expect(c.quote.exact).toBe('Die Reform komme zu spät');
    expect(sourcesOf(c, 'relay').join(' ')).toMatch(/NDR/);
  });
});

describe('German compound spokespeople', () => {
  it('gives `ein Konzernsprecher` to the company in play, not to the union quoted before', () => {
    const r = de('Die Firma Nordwerk teilte mit, man prüfe den Tarifvertrag. Die Gewerkschaft Metallbund sagte, sie werde streiken. „Wir gehen nicht vor Gericht“, teilte ein Konzernsprecher mit.');
    expect(sourcesOf(claimWith(r, 'Gericht')).join(' ')).toMatch(/Nordwerk/);
  });
  it('gives `ein Polizeisprecher` to the police named before', () => {
    const r = de('Die Polizei Hagen teilte mit, die Autobahn sei gesperrt. Das Ministerium erklärte, es gebe keine Verletzten. Die Sperrung dauere an, sagte ein Polizeisprecher.');
    expect(sourcesOf(claimWith(r, 'Sperrung')).join(' ')).toMatch(/Polizei Hagen/);
  });
});

describe('German interviews as relays', () => {
  it('reads `im Gespräch mit dem NDR` and `sagte X im ZDF` as the relaying outlet', () => {
    const r = de('Die Ministerin Eva Lorenz sagte im Gespräch mit dem NDR, die Reform komme noch in diesem Jahr.');
    expect(sourcesOf(claimWith(r, 'Reform'), 'relay')).toEqual(['NDR']);
    const r2 = de('„Wir geben nicht auf“, sagte Bürgermeister Tom Ried im ZDF.');
    expect(sourcesOf(claimWith(r2, 'nicht auf'), 'relay')).toEqual(['ZDF']);
  });
  it('does not make `im Bundestag` a relay', () => {
    const r = de('„Wir geben nicht auf“, sagte Bürgermeister Tom Ried im Bundestag.');
    expect(sourcesOf(claimWith(r, 'nicht auf'), 'relay')).toEqual([]);
  });
});

describe('German colon frames and appositions in narrative sentences', () => {
  it('reads `Subjekt + Verb: „…“` with a verb the lexicon lacks as the subject speaking', () => {
    const r = de('Frau Lenz sagte, sie habe nichts gesehen. Ihr Nachbar Herr Kraus widersprach: „Ich habe alles gehört.“');
    expect(sourcesOf(claimWith(r, 'alles gehört')).join(' ')).toMatch(/Kraus/);
  });
  it('remembers `Der Chef der X, Name,` from a narrative sentence, and keeps the name out of the organisation', () => {
    const r = de('Die Ministerin Anna Kraft warnte vor einer Welle. Der Chef der Ärztekammer, Paul Stein, blieb gelassen. „Die Lage ist stabil“, sagte er.');
    const c = claimWith(r, 'stabil');
    expect(sourcesOf(c)).toContain('Paul Stein');
    expect(sourcesOf(c)).toContain('Ärztekammer');
  });
});

describe('German outlets as listeners and citing relays', () => {
  it('reads `sagte X der „Wirtschaftsblatt“` with the quoted outlet as relay', () => {
    const r = de('„Wir sind sehr zufrieden“, sagte Vorstandschefin Ines Marx der „Wochenpost“.');
    const c = claimWith(r, 'zufrieden');
    expect(sourcesOf(c, 'speaker')).toEqual(['Ines Marx']);
    expect(sourcesOf(c, 'relay')).toEqual(['Wochenpost']);
  });
  it('reads `sagte ein Sprecher des X der Deutschen Presse-Agentur` with the agency as relay', () => {
    const r = de('Die Gespräche seien gut verlaufen, sagte ein Sprecher des Auswärtigen Amts der Deutschen Presse-Agentur.');
    expect(sourcesOf(claimWith(r, 'Gespräche'), 'relay')).toEqual(['Deutsche Presse-Agentur']);
  });
  it('splits `wie X unter Berufung auf Y berichtet` into relay X and source Y', () => {
    const r = de('Der Verdächtige wurde gefasst, wie der Sender unter Berufung auf die Polizei meldete.');
    const c = claimWith(r, 'Verdächtige');
    expect(c.attributions.some((a) => a.role === 'relay' && /sender/i.test(a.source.name))).toBe(true);
    expect(c.attributions.some((a) => a.role !== 'relay' && /polizei/i.test(a.source.name))).toBe(true);
    expect(c.attributions.length).toBe(2);
  });
});

describe('German quoted outlets are typed as media', () => {
  it('types a quoted outlet name as a media outlet', () => {
    const r = de('Die Feuerwehr hat die Suche beendet, wie «Abendkurier» berichtet.');
    expect(claimWith(r, 'Suche').attributions[0]?.source.type).toBe('media_outlet');
  });
});

describe('German back-references and role-only subjects', () => {
  it('gives `Das teilte X mit.` the previous sentence even when it was too short to be a claim', () => {
    const r = de('Zwei Menschen wurden verletzt. Das teilte die Polizei am Abend mit.');
    expect(sourcesOf(claimWith(r, 'Zwei Menschen')).join(' ')).toMatch(/polizei/i);
  });
  it('remembers `Die Außenministerin reiste …` for a later `sagte sie`', () => {
    const r = de('Die Außenministerin reiste nach Kiew. Dort sagte sie, man stehe fest an der Seite der Ukraine.');
    expect(claimWith(r, 'Seite der Ukraine').attributions.length).toBeGreaterThan(0);
  });
});

describe('German embedded clauses with a pronoun subject', () => {
  it('reads `…, er habe X als Y bezeichnet` with the pronoun as subject, not the object after the auxiliary', () => {
    const r = de('Der Trainer Ole Brand sagte am Montag, er habe den Schiedsrichter nie als unfähig bezeichnet.');
    expect(r.claims.flatMap((c) => sourcesOf(c))).not.toContain('Schiedsrichter');
    expect(sourcesOf(claimWith(r, 'Schiedsrichter'))).toContain('Ole Brand');
  });
});

describe('a report denied is no claim', () => {
  it('takes nothing from `sagte nicht, wann …`, but keeps a negation inside what was said', () => {
    const r = de('Der Bürgermeister sagte nicht, wann die Brücke wieder öffnet. Die Stadträtin Lena Ott sagte, die Brücke werde nicht vor Mai öffnen.');
    expect(r.claims.some((c) => c.quote.exact.includes('wieder öffnet'))).toBe(false);
    expect(sourcesOf(claimWith(r, 'vor Mai'))).toContain('Lena Ott');
  });
});

describe('listeners after the verb and compound information nouns', () => {
  it('reads `X sagte dem Sender, …` with the outlet as relay and only what was said as the claim', () => {
    const r = de('Die Bürgermeisterin Pia Lorenz sagte der Zeitung Nordkurier, die Fähre fahre wieder ab Montag.');
    const claim = claimWith(r, 'Fähre');
    expect(claim.quote.exact).toBe('die Fähre fahre wieder ab Montag');
    expect(claim.attributions.map((a) => [a.role, a.source.name])).toEqual(expect.arrayContaining([['speaker', 'Pia Lorenz'], ['relay', expect.stringContaining('Nordkurier')]]));
    const agency = de('Der Landrat sagte der Deutschen Presse-Agentur, die Straße bleibe gesperrt.');
    expect(claimWith(agency, 'Straße').quote.exact).toBe('die Straße bleibe gesperrt');
    expect(sourcesOf(claimWith(agency, 'Straße'))).toContain('Deutsche Presse-Agentur');
  });
  it('keeps a listener that is not an outlet out of the claim without making it a relay', () => {
    const r = de('Die Ministerin sagte dem Ausschuss, das Geld reiche nicht bis zum Winter.');
    const claim = claimWith(r, 'Geld');
    expect(claim.quote.exact).toBe('das Geld reiche nicht bis zum Winter');
    expect(claim.attributions.map((a) => a.role)).toEqual(['speaker']);
  });
  it('gives `nach Polizeiangaben`, `laut Behördenangaben`, `laut Polizeibericht` to the body the compound names', () => {
    expect(sourcesOf(claimWith(de('Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt.'), 'verletzt'))).toEqual(['Polizei']);
    expect(sourcesOf(claimWith(de('Laut Behördenangaben stieg der Pegel bis zum Abend auf vier Meter.'), 'Pegel'))).toEqual(['Behörden']);
    expect(sourcesOf(claimWith(de('Laut Polizeibericht war der Fahrer nicht angeschnallt.'), 'Fahrer'))).toEqual(['Polizei']);
  });
});

describe('wie-clauses with a listener, back references that cite, and organisations in the genitive', () => {
  it('reads `wie ein Sprecher des Ministeriums dem Sender X sagte` as speaker and relay', () => {
    const r = de('Die Fähre fährt ab Montag wieder, wie ein Sprecher des Hafenamts dem Sender NDR sagte.');
    const claim = claimWith(r, 'Fähre');
    expect(claim.attributions.map((a) => [a.role, a.source.name])).toEqual(expect.arrayContaining([['relay', 'NDR']]));
    expect(claim.attributions.find((a) => a.role === 'speaker')?.source.name).not.toContain('NDR');
  });
  it('gives the previous sentence to `Das berichtet X unter Berufung auf Y`', () => {
    const r = de('Die Landesregierung will die Kita-Gebühren abschaffen. Das berichtet die Zeitung Nordkurier unter Berufung auf Koalitionskreise.');
    const claim = claimWith(r, 'Kita-Gebühren');
    expect(claim.quote.exact).toBe('Die Landesregierung will die Kita-Gebühren abschaffen.');
    expect(sourcesOf(claim)).toEqual(expect.arrayContaining(['Nordkurier', 'Koalitionskreise']));
    expect(r.claims.some((c) => c.quote.exact.startsWith('Das berichtet'))).toBe(false);
  });
  it('names an unresolved organisation in the nominative (`ein Sprecher des Verkehrsministeriums` -> Verkehrsministerium)', () => {
    const r = de('Ein Sprecher des Verkehrsministeriums sagte, die Brücke werde bis Mai saniert.');
    expect(sourcesOf(claimWith(r, 'Brücke'))).toEqual(['Verkehrsministerium']);
  });
});

describe('an acronym introduced in parentheses', () => {
  it('makes `der LWA` later the organisation introduced as `Landeswasseramt (LWA)`', () => {
    const r = de('Das Landeswasseramt (LWA) warnte vor Hochwasser an der Elbe. Der Pegel könne bis Freitag auf sieben Meter steigen, teilte das LWA mit.');
    const first = claimWith(r, 'Hochwasser').attributions[0].source;
    const second = claimWith(r, 'Pegel').attributions[0].source;
    expect(second.name).toBe(first.name);
    expect(first.aliases).toContain('LWA');
  });
});

describe('a role and whom it acts for', () => {
  it('a role with the party it acts for in the genitive is that unnamed person, not the party: "der Anwalt der Familie"', () => {
    const r = de('Der Anwalt der Familie sagte, der Mann sei unschuldig. Der Verteidiger des Angeklagten Peter Lenz kündigte an, in Revision zu gehen.');
    expect(sourcesOf(claimWith(r, 'der Mann sei unschuldig'))).toEqual(['Anwalt der Familie']);
    expect(claimWith(r, 'der Mann sei unschuldig').attributions[0].source.type).toBe('person');
    // The name after the party is the party's: the defendant is not the one speaking.
    expect(sourcesOf(claimWith(r, 'in Revision zu gehen'))).not.toContain('Peter Lenz');
  });

  it('a person named only by a role is not the next one with another role: "der Bürgermeister" … "der Hafendirektor"', () => {
    const r = de('Der Bürgermeister sagte, die Brücke werde eröffnet. Der Steg sei sicher, sagte der Hafendirektor. Die Fähre fahre wieder, sagte der Bürgermeister.');
    expect(sourcesOf(claimWith(r, 'Brücke'))).toEqual(['Bürgermeister']);
    expect(sourcesOf(claimWith(r, 'Steg'))).toEqual(['Hafendirektor']);
    expect(sourcesOf(claimWith(r, 'Fähre'))).toEqual(['Bürgermeister']);
  });

  it('a role in the genitive names the person in the nominative: "nach Angaben des Anwalts"', () => {
    const r = de('Nach Angaben des Anwalts wurde der Mann ohne Haftbefehl festgehalten.');
    expect(sourcesOf(claimWith(r, 'ohne Haftbefehl festgehalten'))).toEqual(['Anwalt']);
  });
});

describe('an outlet named after its head noun', () => {
  it('"der Sender Radio Elbe", "die Zeitung „Nordkurier“": the name is the outlet, one source, not a person beside a relay', () => {
    const r = de('Wie der Sender Radio Elbe berichtete, wurde die Brücke gesperrt. Die Fähre fahre wieder, berichtete die Zeitung „Nordkurier“.');
    const bridge = claimWith(r, 'Brücke');
    expect(bridge.attributions.map((a) => [a.role, a.source.name, a.source.type])).toEqual([['speaker', 'Radio Elbe', 'media_outlet']]);
    const ferry = claimWith(r, 'Fähre');
    expect(ferry.quote.exact).toBe('Die Fähre fahre wieder');
    expect(ferry.attributions.map((a) => [a.role, a.source.name, a.source.type])).toEqual([['speaker', 'Nordkurier', 'media_outlet']]);
  });
});

describe('political parties', () => {
  it('a party is an organisation with its full name, also as the prefix of a role ("SPD-Chef")', () => {
    const r = de('Die CDU teilte mit, der Parteitag werde verschoben. SPD-Chef Lars Klingbeil sagte, die Koalition halte.');
    expect(claimWith(r, 'Parteitag').attributions.map((a) => [a.source.name, a.source.type])).toEqual([['Christlich Demokratische Union Deutschlands', 'organization']]);
    expect(claimWith(r, 'Koalition halte').attributions.map((a) => a.source.name)).toEqual(expect.arrayContaining(['Lars Klingbeil', 'Sozialdemokratische Partei Deutschlands']));
  });
});

describe('stances and second clauses', () => {
  it('"X zeigte sich überzeugt, dass …": the stance is X\'s, the content after the comma', () => {
    const r = de('Bürgermeister Jan Holt zeigte sich überzeugt, dass die Brücke bis Mai fertig wird. Am Montag zeigte sich Pia Lorenz davon überzeugt, dass die Fähre fährt.');
    const bridge = claimWith(r, 'Brücke');
    expect(bridge.quote.exact).toBe('die Brücke bis Mai fertig wird');
    expect(sourcesOf(bridge)).toEqual(['Jan Holt']);
    expect(sourcesOf(claimWith(r, 'die Fähre fährt'))).toEqual(['Pia Lorenz']);
  });

  it('"zeigte sich" without a stance reports nothing', () => {
    expect(de('Die Ministerin zeigte sich am Fenster, als der Zug kam.').claims.filter((c) => c.attributions.length > 0)).toEqual([]);
  });

  it('"X wollte sich nicht äußern, bestätigte aber, dass …": the second clause shares the subject', () => {
    const r = de('Ein Sprecher des Verkehrsministeriums wollte sich nicht äußern, bestätigte aber, dass die Prüfung laufe.');
    const c = claimWith(r, 'Prüfung');
    expect(c.quote.exact).toBe('die Prüfung laufe');
    expect(sourcesOf(c)).toEqual(['Verkehrsministerium']);
  });
});

describe('a relative clause on the speaker', () => {
  it('before the verb, after the inverted subject, and closing the sentence: the relative clause is no content', () => {
    const r = de('Jan Holt, der seit 2020 im Amt ist, sagte, die Brücke werde im Mai eröffnet. Am Montag sagte Pia Lorenz, die den Hafen leitet, die Fähre fahre wieder. Die Schleuse bleibe zu, sagte Tom Brink, der das Amt seit Mai führt.');
    const bridge = claimWith(r, 'Brücke');
    expect(bridge.quote.exact).toBe('die Brücke werde im Mai eröffnet');
    expect(sourcesOf(bridge)).toEqual(['Jan Holt']);
    const ferry = claimWith(r, 'Fähre');
    expect(ferry.quote.exact).toBe('die Fähre fahre wieder');
    expect(sourcesOf(ferry)).toEqual(['Pia Lorenz']);
    const lock = claimWith(r, 'Schleuse');
    expect(lock.quote.exact).toBe('Die Schleuse bleibe zu');
    expect(sourcesOf(lock)).toEqual(['Tom Brink']);
    expect(r.claims.some((c) => c.quote.exact.startsWith('der das Amt'))).toBe(false);
  });

  it('"In einer Mitteilung der Stadt hieß es, …": the city (a government body) is the source, the content after the comma', () => {
    const r = de('In einer Mitteilung der Stadt hieß es, die Brücke werde im Mai eröffnet.');
    const c = claimWith(r, 'Brücke');
    expect(c.quote.exact).toBe('die Brücke werde im Mai eröffnet');
    expect(c.attributions.map((a) => [a.source.name, a.source.type])).toEqual([['Stadt', 'government']]);
  });
});

describe('separable verbs', () => {
  it('after the particle only a clause is content, not an apposition: "ruft … zum Streik auf, dem längsten seit Jahren"', () => {
    const r = de('Tom Brink, Chef der Hafengewerkschaft, ruft seine Mitglieder zum Streik auf, dem längsten seit Jahren.');
    expect(r.claims.some((c) => c.quote.exact.startsWith('dem längsten'))).toBe(false);
    // Content that opens with a dative noun is still content.
    expect(claimWith(de('Jan Holt sagte, dem Hafen fehlten Arbeiter.'), 'Hafen').quote.exact).toBe('dem Hafen fehlten Arbeiter');
  });

  it('the particle closes the frame whatever stands before it: "räumte ein, dass", "warf dem Senat vor, …"', () => {
    const r = de('Jan Holt räumte ein, dass Fehler gemacht worden seien. Pia Lorenz warf dem Senat vor, die Brücke verfallen zu lassen.');
    expect(claimWith(r, 'Fehler').quote.exact).toBe('Fehler gemacht worden seien');
    expect(sourcesOf(claimWith(r, 'Fehler'))).toEqual(['Jan Holt']);
    expect(claimWith(r, 'verfallen').quote.exact).toBe('die Brücke verfallen zu lassen');
    expect(sourcesOf(claimWith(r, 'verfallen'))).toEqual(['Pia Lorenz']);
  });
});

