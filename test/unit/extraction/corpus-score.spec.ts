import { foldName, nameResolvesTo, scoreCorpusDoc, type CorpusDoc } from '../../../src/extraction/eval/corpus';
import type { ExtractedClaim } from '../../../src/extraction';

describe('the corpus scoring rule (corpus README)', () => {
  it('folds case, accents, hyphens and British spelling', () => {
    expect(foldName('Weltgesundheits-Organisation')).toBe(foldName('weltgesundheits organization'));
    expect(foldName('Schäfer-Gümbel')).toBe('schafer gumbel');
  });

  it('resolves a name when an alias stands inside it, or a name of four letters or more inside an alias', () => {
    expect(nameResolvesTo('SPD-Vizechef Thorsten Schäfer-Gümbel', ['schäfer-gümbel'])).toBe(true);
    expect(nameResolvesTo('Gümbel', ['thorsten schäfer-gümbel'])).toBe(true);
    expect(nameResolvesTo('SPD', ['die spd-fraktion im landtag'])).toBe(false);
    expect(nameResolvesTo('Reuters', ['dpa'])).toBe(false);
  });

  it('counts a gold claim found only with an overlapping span and a matching source, and an optional claim as neutral', () => {
    const text = 'Titel\n\nDie Polizei sagte, der Mann sei geflohen. Er wollte sich nicht äußern.';
    const bodyStart = [...'Titel\n\n'].length;
    const at = (exact: string) => [...text.slice(0, text.indexOf(exact))].length;
    const doc: CorpusDoc = {
      name: 'x', language: 'de', text, title: 'Titel', bodyStart, body: text.slice(7),
      claims: [{ exact: 'der Mann sei geflohen', sources: ['POL'], via: [], start: at('der Mann'), end: at('der Mann') + 21 }],
      optional: [{ exact: 'Er wollte sich nicht äußern', sources: [], via: [], start: at('Er wollte'), end: at('Er wollte') + 27 }],
      aliases: { POL: ['die polizei', 'polizei'] },
    };
    const claim = (start: number, end: number, source: string): ExtractedClaim =>
      ({ quote: { start: start - bodyStart, end: end - bodyStart, exact: '' }, attributions: [{ source: { name: source, aliases: [] } }] }) as unknown as ExtractedClaim;
    const right = scoreCorpusDoc(doc, [claim(at('der Mann'), at('der Mann') + 5, 'Polizei'), claim(at('Er wollte'), at('Er wollte') + 9, 'Mann')]);
    expect(right).toMatchObject({ found: 1, predicted: 2, correct: 2, f1: 1 });
    const wrongSource = scoreCorpusDoc(doc, [claim(at('der Mann'), at('der Mann') + 5, 'Feuerwehr')]);
    expect(wrongSource).toMatchObject({ found: 0, correct: 0, f1: 0 });
  });
});
