import { extractClaims } from '../../../src/extraction';
import { claimWith, sourcesOf } from './helpers';

const en = (text: string) => extractClaims(text, { language: 'en' });

describe('English constructions', () => {
  it('reporting verbs beyond "say": pleaded, countered, contended', () => {
    const r = en('Prosecutor Ada Quill pleaded that the defendant had hidden the ledgers. Lawyer Tom Reed countered that no ledger ever existed.');
    expect(sourcesOf(claimWith(r, 'the defendant had hidden the ledgers'))).toContain('Ada Quill');
    expect(sourcesOf(claimWith(r, 'no ledger ever existed'))).toContain('Tom Reed');
  });

  it('a quotation that runs on into the next paragraph keeps its speaker', () => {
    const text = 'Harbour Plans\n\nMayor Lina Gold said: “We will rebuild the pier before summer.\n\n“The ferries will be back in service by June.”';
    const r = en(text);
    expect(sourcesOf(claimWith(r, 'ferries will be back in service'))).toEqual(['Lina Gold']);
  });
});
