import { describeQuote, reanchor } from '../../../src/claims/anchoring';
import { CodePointIndex } from '../../../src/common/text/code-points';
import { loadDemoArticle } from '../../../src/demo/demo-article';

const original = new CodePointIndex('🎉 Nach Angaben des Geheimdienstes sind 3000 Soldaten in Russland. Moskau bestreitet das.');

function quoteOf(text: string) {
  const start = [...original.text].join('').indexOf(text);
  const cpStart = original.toCodePointOffset(start);
  return describeQuote(original, cpStart, cpStart + [...text].length);
}

describe('re-anchoring a claim after a revision', () => {
  it('counts offsets in code points, so an emoji before a claim does not shift it', () => {
    const quote = quoteOf('3000 Soldaten');
    expect(quote.start).toBe(39);
    expect([...original.text].slice(quote.start, quote.end).join('')).toBe('3000 Soldaten');
  });

  it('keeps the position when the words are still there', () => {
    const quote = quoteOf('3000 Soldaten');
    expect(reanchor(original, quote)?.method).toBe('position');
  });

  it('finds the exact quote when text was inserted before it', () => {
    const quote = quoteOf('3000 Soldaten');
    const revised = new CodePointIndex('Eilmeldung: ' + original.text);
    const found = reanchor(revised, quote);
    expect(found?.method).toBe('quote');
    expect(revised.slice(found!.quote.start, found!.quote.end)).toBe('3000 Soldaten');
  });

  it('follows a lightly edited quote with a fuzzy match', () => {
    const quote = quoteOf('Moskau bestreitet das');
    const revised = new CodePointIndex(original.text.replace('Moskau bestreitet das', 'Moskau bestreitet dies'));
    const found = reanchor(revised, quote);
    expect(found?.method).toBe('fuzzy');
    expect(found!.quote.exact).toMatch(/^Moskau bestreitet di/);
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const body = new CodePointIndex('Seoul sagt 3000. Washington sagt 3000. Ende.');
    const second = describeQuote(body, 33, 37);
    const revised = new CodePointIndex('Neu: Seoul sagt 3000. Washington sagt 3000. Ende.');
    const found = reanchor(revised, second);
    expect(found!.quote.prefix.endsWith('Washington sagt ')).toBe(true);
  });

  it('reports the claim as gone instead of moving it to unrelated words', () => {
    const quote = quoteOf('Moskau bestreitet das');
    const revised = new CodePointIndex('Nach Angaben des Geheimdienstes sind 3000 Soldaten in Russland.');
    expect(reanchor(revised, quote)).toBeNull();
  });
});

/** The demo article's body (ntv.de, 24.10.2024), as the service stores it. */
const demo = loadDemoArticle().body;

/** The quote of the first occurrence of `words` in `text`, as it was stored when the claim was made. */
function claimOn(text: string, words: string, occurrence = 0) {
  const index = new CodePointIndex(text);
  let unit = text.indexOf(words);
  for (let i = 0; i < occurrence; i++) unit = text.indexOf(words, unit + 1);
  if (unit < 0) throw new Error(`"${words}" is not in the text`);
  const start = index.toCodePointOffset(unit);
  return describeQuote(index, start, start + [...words].length);
}

function reanchorIn(revised: string, quote: ReturnType<typeof claimOn>) {
  return reanchor(new CodePointIndex(revised), quote);
}

function revise(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
  return text.replace(from, to);
}

const NATO_SENTENCE = 'NATO-Sprecherin Farah Dakhlallah sagte in Brüssel, es gebe "Beweise" für die Entsendung nordkoreanischer Soldaten nach Russland. ';
const NATO_CLAIM = 'es gebe "Beweise" für die Entsendung nordkoreanischer Soldaten nach Russland';

describe('fuzzy re-anchoring accepts only close matches, snapped to whole words', () => {
  it("orphans NATO's claim when its sentence is removed, instead of moving it onto Yoon's similar sentence", () => {
    const quote = claimOn(demo, NATO_CLAIM);
    expect(reanchorIn(revise(demo, NATO_SENTENCE, ''), quote)).toBeNull();
  });

  it('orphans a claim whose sentence is removed when another speaker says nearly the same words elsewhere', () => {
    // Kirby's sentence differs from NATO's only by the quotation marks, but sits in other words.
    const withKirby = revise(demo, 'Was sie dort täten, bleibe abzuwarten', 'Kirby sagte auch, es gebe Beweise für die Entsendung nordkoreanischer Soldaten nach Russland. Was sie dort täten, bleibe abzuwarten');
    const quote = claimOn(withKirby, NATO_CLAIM);
    expect(reanchorIn(revise(withKirby, NATO_SENTENCE, ''), quote)).toBeNull();
  });

  it('follows a claim whose typo was fixed, taking the corrected word whole', () => {
    const withTypo = revise(demo, 'Südkoreas Verteidigungsminister Kim Yong Hyun', 'Südkoreas Verteidigungsminster Kim Yong Hyun');
    const quote = claimOn(withTypo, 'Südkoreas Verteidigungsminster Kim Yong Hyun sprach von "Kanonenfutter-Söldnern".');
    const found = reanchorIn(demo, quote);
    expect(found?.method).toBe('fuzzy');
    expect(found?.quote.exact).toBe('Südkoreas Verteidigungsminister Kim Yong Hyun sprach von "Kanonenfutter-Söldnern".');
  });

  it('follows a long claim whose figure was corrected: three edits in a 98-character sentence are close', () => {
    const sentence = 'Laut südkoreanischem Geheimdienst soll Nordkorea insgesamt bereits 3000 Soldaten entsendet haben.';
    const quote = claimOn(demo, sentence);
    const found = reanchorIn(revise(demo, sentence, sentence.replace('3000', '10.000')), quote);
    expect(found?.method).toBe('fuzzy');
    expect(found?.quote.exact).toBe('Laut südkoreanischem Geheimdienst soll Nordkorea insgesamt bereits 10.000 Soldaten entsendet haben.');
  });

  it('orphans a short claim whose figure was rewritten: most of its words changed', () => {
    const quote = claimOn(demo, '3000 nordkoreanische Soldaten');
    const revised = revise(demo, 'bereits 3000 nordkoreanische Soldaten in Russland', 'bereits mehrere tausend Nordkoreaner in Russland');
    expect(reanchorIn(revised, quote)).toBeNull();
  });

  it('never starts or ends a fuzzy match inside a word', () => {
    const body = 'Seoul meldet 3000 Soldaten. Moskau bestreitet das. Die Duma stimmt zu.';
    const quote = claimOn(body, 'Moskau bestreitet das');
    const revised = 'Seoul meldet 3000 Soldaten. Moskau bestreitet dies. Die Duma stimmt zu.';
    const found = reanchorIn(revised, quote);
    expect(found?.method).toBe('fuzzy');
    // Not "Moskau bestreitet d" or "… di": the edited word is taken whole.
    expect(found?.quote.exact).toBe('Moskau bestreitet dies');
    expect(found?.quote.suffix.startsWith('. Die Duma')).toBe(true);
  });

  it('keeps a claim anchored inside a word where a checker put it', () => {
    const body = 'Die Kanonenfutter-Söldner sind da. Das Kanonenfutter ist bereit.';
    const quote = claimOn(body, 'futter-Söldner sind da');
    const found = reanchorIn('Neu: ' + body.replace('sind da', 'seien da'), quote);
    expect(found?.quote.exact).toBe('futter-Söldner seien da');
  });

  it('finds a moved paragraph by its exact words', () => {
    const paragraphs = demo.split('\n');
    const quote = claimOn(demo, 'Derweil hat das Abgeordnetenhaus in Moskau ein Abkommen zur strategischen Partnerschaft mit Pjöngjang gebilligt.');
    const moved = [...paragraphs.slice(0, 2), paragraphs[paragraphs.length - 1], ...paragraphs.slice(2, -1)].join('\n');
    const found = reanchorIn(moved, quote);
    expect(found?.method).toBe('quote');
    expect(found?.quote.exact).toBe(quote.exact);
  });

  it('follows an edited claim in a moved paragraph: one side of its context is still there', () => {
    const paragraphs = demo.split('\n');
    const last = paragraphs.length - 1;
    const sentence = 'Der Nordatlantikrat werde in Kürze über eine Reaktion beraten.';
    expect(paragraphs[last].endsWith(sentence)).toBe(true);
    const quote = claimOn(demo, 'Sollten diese Truppen für den Kampf in der Ukraine bestimmt sein');
    const edited = paragraphs[last].replace('Sollten diese Truppen', 'Sollten die Truppen');
    const moved = [paragraphs[0], edited, ...paragraphs.slice(1, last)].join('\n');
    const found = reanchorIn(moved, quote);
    expect(found?.method).toBe('fuzzy');
    expect(found?.quote.exact).toBe('Sollten die Truppen für den Kampf in der Ukraine bestimmt sein');
  });

  it('orphans an edited claim that was moved alone into other words', () => {
    const sentence = 'Russland weist das zurück und betont, dass die Partnerschaft gegen niemanden gerichtet sei.';
    const quote = claimOn(demo, sentence);
    const revised = revise(demo, ' ' + sentence, '').replace('Duma billigt Abkommen mit Nordkorea', `Duma billigt Abkommen mit Nordkorea ${sentence.replace('weist das', 'wies dies')}`);
    expect(reanchorIn(revised, quote)).toBeNull();
  });

  it('picks the edited occurrence whose context matches when a phrase repeats', () => {
    const body = 'Seoul sagt, die Soldaten seien in Russland. Washington sagt, die Soldaten seien in Russland. Moskau schweigt.';
    const second = claimOn(body, 'die Soldaten seien in Russland', 1);
    const revised = 'Seoul sagt, die Soldaten seien in Russland. Washington sagt, die Soldaten sind in Russland. Moskau schweigt.';
    const found = reanchorIn(revised, second);
    // The exact words survive only in Seoul's sentence; Washington's claim follows its own edited words.
    expect(found?.method).toBe('quote');
    const againFuzzy = reanchorIn(revised.replace('Seoul sagt, die Soldaten seien in Russland', 'Seoul sagt, die Soldaten wären in Russland'), second);
    expect(againFuzzy?.method).toBe('fuzzy');
    expect(againFuzzy?.quote.prefix.endsWith('Washington sagt, ')).toBe(true);
    expect(againFuzzy?.quote.exact).toBe('die Soldaten sind in Russland');
  });
});
