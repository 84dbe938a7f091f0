import { describeQuote, reanchor } from '../../../src/claims/anchoring';
import { CodePointIndex } from '../../../src/common/text/code-points';

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
