import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../../src/cli/main';
import { baselineSentenceSplit } from '../../../src/extraction/bench-baseline';
import { iterateSentences } from '../../../src/extraction/text/sentences';
import { findGoldDir, loadGold } from '../../../src/extraction/eval/gold';
import { score } from '../../../src/extraction/eval/score';
import { extractClaims } from '../../../src/extraction';
import { CodePointIndex } from '../../../src/common/text/code-points';

function sentences(text: string): string[] {
  return [...iterateSentences(text)].map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('keeps abbreviations, ordinals, initials and multi-sentence quotes together', () => {
    expect(sentences('Am 24. Oktober sprach Dr. Müller. Danach z. B. nichts.')).toEqual(['Am 24. Oktober sprach Dr. Müller.', 'Danach z. B. nichts.']);
    expect(sentences('John F. Kennedy spoke in the U.S. Senate. Then he left.')).toEqual(['John F. Kennedy spoke in the U.S. Senate.', 'Then he left.']);
    expect(sentences('"We are ready. We will respond," Kim said. Then he left.')).toEqual(['"We are ready. We will respond," Kim said.', 'Then he left.']);
    expect(sentences('It costs £50. Labour said no.')).toEqual(['It costs £50.', 'Labour said no.']);
  });

  it('marks headings (no final punctuation) so they carry no claims', () => {
    const text = 'Seoul: Alle Optionen auf dem Tisch\nDer Minister sagte, 3000 Soldaten seien dort.';
    const all = [...iterateSentences(text)];
    expect(all[0].heading).toBe(true);
    expect(all[1].heading).toBe(false);
  });

  it('the regex baseline counts sentences', () => {
    expect(baselineSentenceSplit('One. Two! Three?')).toBe(3);
  });
});

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrack-cli-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Laut Yonhap sind 3000 Soldaten in Russland.');
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('extract --format json prints the documented shape', async () => {
    expect(await main(['extract', file, '--lang', 'de', '--format', 'json'])).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.language).toBe('de');
    expect(json.claims[0]).toMatchObject({ kind: 'statistic', quote: { exact: 'Laut Yonhap sind 3000 Soldaten in Russland.', start: 0 }, attributions: [{ role: 'speaker', cue: 'laut', source: { name: 'Yonhap', type: 'news_agency', country: 'KR', affiliation: null } }] });
  });

  it('extract --format table prints a listing', async () => {
    expect(await main(['extract', file, '--format', 'table'])).toBe(0);
    expect(out.join('')).toContain('Yonhap');
  });

  it.each([[['extract']], [['extract', file, '--lang', 'fr']], [['extract', file, '--format', 'xml']], [['extract', join(dir, 'missing.txt')]], [['frobnicate']], [['extract', file, '--bogus', 'x']]])('bad usage %j exits with 2', async (args) => {
    expect(await main(args)).toBe(2);
    expect(err.join('')).toMatch(/claimtrack: /);
  });
});

describe('evaluation', () => {
  it('the seed article reaches F1 >= 0.9 and the others >= 0.8 on their gold annotations', () => {
    for (const g of loadGold(findGoldDir())) {
      const result = extractClaims(g.body, { language: g.language, title: g.title });
      const cp = new CodePointIndex(g.body);
      const s = score(g, result.claims, (o) => cp.toUnitOffset(o));
      expect({ name: g.name, ok: s.f1 >= (g.name.startsWith('ntv-') ? 0.9 : 0.8) }).toEqual({ name: g.name, ok: true });
    }
  });
});
