import { extractClaims } from '../../../src/extraction';
import { claimWith, cpSlice, sourcesOf } from './helpers';

describe('quotation styles and speaker positions', () => {
  const german: [string, string][] = [
    ['"…"', 'Die Ministerin sagte: "Wir werden die Hilfe verdoppeln." Danach ging sie.'],
    ['„…“', '„Wir werden die Hilfe verdoppeln“, sagte Ministerin Anna Roth am Montag.'],
    ['»…«', '»Wir werden die Hilfe verdoppeln«, sagte Ministerin Anna Roth.'],
    ['«…»', '«Wir werden die Hilfe verdoppeln», sagte Ministerin Anna Roth.'],
    ["'…'", "'Wir werden die Hilfe verdoppeln', sagte Ministerin Anna Roth."],
    ['“…”', '“Wir werden die Hilfe verdoppeln”, sagte Ministerin Anna Roth.'],
  ];
  it.each(german)('German %s with the speaker after the quote', (_style, text) => {
    const r = extractClaims(`Ministerin Anna Roth besuchte Kiew. ${text}`, { language: 'de' });
    const c = claimWith(r, 'Wir werden die Hilfe verdoppeln');
    expect(c.quote.exact.replace(/\.$/, '')).toBe('Wir werden die Hilfe verdoppeln');
    expect(c.kind).toBe('quote');
    expect(sourcesOf(c)).toContain('Anna Roth');
  });

  it('German: speaker inside a split quote', () => {
    const r = extractClaims('„Wir werden“, sagte der Außenminister Jonas Berg, „die Hilfe verdoppeln.“', { language: 'de' });
    expect(sourcesOf(r.claims[0])).toContain('Jonas Berg');
  });

  it('German: speaker before the quote with a colon', () => {
    const r = extractClaims('Der Außenminister Jonas Berg sagte: „Wir werden die Hilfe verdoppeln.“', { language: 'de' });
    const c = r.claims[0];
    expect(c.quote.exact).toBe('Wir werden die Hilfe verdoppeln.');
    expect(sourcesOf(c)).toContain('Jonas Berg');
  });

  const english: [string, string][] = [
    ['"…"', '"We will double the aid," said Foreign Minister Jane Doe.'],
    ['“…”', '“We will double the aid,” Foreign Minister Jane Doe said.'],
    ["'…'", "'We will double the aid,' Foreign Minister Jane Doe said."],
    ['‘…’', '‘We will double the aid,’ said Foreign Minister Jane Doe.'],
    ['«…»', '«We will double the aid», Foreign Minister Jane Doe said.'],
  ];
  it.each(english)('English %s with the speaker after the quote', (_style, text) => {
    const r = extractClaims(text, { language: 'en' });
    const c = claimWith(r, 'We will double the aid');
    expect(c.quote.exact.replace(/[,.]$/, '')).toBe('We will double the aid');
    expect(c.kind).toBe('quote');
    expect(sourcesOf(c)).toContain('Jane Doe');
  });

  it('English: speaker before the quote, and a standalone follow-on quote', () => {
    const r = extractClaims('Foreign Minister Jane Doe said: "We will double the aid." "Nobody will be left behind," she said.', { language: 'en' });
    expect(r.claims).toHaveLength(2);
    for (const c of r.claims) expect(sourcesOf(c)).toContain('Jane Doe');
  });
});

describe('code-point offsets', () => {
  it('an emoji before a claim does not shift it', () => {
    const text = '🔴🚀 Breaking. Nach Angaben des Bundesnachrichtendienstes sind 200 Drohnen geliefert worden.';
    const r = extractClaims(text, { language: 'de' });
    const c = claimWith(r, '200 Drohnen');
    expect(cpSlice(text, c.quote.start, c.quote.end)).toBe(c.quote.exact);
    expect(c.quote.start).toBe(Array.from('🔴🚀 Breaking. ').length);
    expect(sourcesOf(c)).toEqual(['Bundesnachrichtendienst']);
  });

  it('offsets stay right for emoji inside earlier quotes and lines (English)', () => {
    const text = 'Live 📉\nShe wrote "great news 🎉" yesterday.\nThe ministry said on Monday that 14 people had died.\nHealth Minister Tom Reed confirmed 14 deaths, according to Reuters.';
    const r = extractClaims(text, { language: 'en' });
    for (const c of r.claims) expect(cpSlice(text, c.quote.start, c.quote.end)).toBe(c.quote.exact);
    expect(sourcesOf(claimWith(r, '14 deaths'))).toEqual(expect.arrayContaining(['Tom Reed', 'Reuters']));
  });
});
