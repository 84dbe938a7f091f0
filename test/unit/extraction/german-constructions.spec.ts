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
