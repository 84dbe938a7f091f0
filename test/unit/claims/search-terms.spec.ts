import { fts5Match, queryGroups, searchTerms, tsQuery } from '../../../src/claims/search-terms';

/** Whether a query finds a document the way both databases decide it: every query word by one of its stems. */
const finds = (query: string, ...document: string[]) => {
  const terms = new Set(searchTerms(document).split(' '));
  const groups = queryGroups(query);
  return groups.length > 0 && groups.every((group) => group.some((stem) => terms.has(stem)));
};

describe('full-text search terms', () => {
  const nis = 'Nach Angaben des südkoreanischen Geheimdienstes halten sich bereits 3000 nordkoreanische Soldaten in Russland auf';

  it('finds German words by their stem, whatever their ending', () => {
    expect(finds('Soldaten Russland', nis)).toBe(true);
    expect(finds('Soldat', nis)).toBe(true);
    expect(finds('nordkoreanischer Soldat', nis)).toBe(true);
    expect(finds('Geheimdienst', nis)).toBe(true);
  });

  it('folds accents and ß: "Sudkorea" finds "Südkorea", "Strasse" finds "Straße"', () => {
    expect(finds('Sudkorea', 'Südkorea meldet Truppenbewegungen')).toBe(true);
    expect(finds('südkorea', 'Sudkorea meldet')).toBe(true);
    expect(finds('Strasse', 'Die Straße war gesperrt')).toBe(true);
  });

  it('stems English too, and every word of the query must match', () => {
    expect(finds('soldier moved', 'At least 3000 soldiers were moving east')).toBe(true);
    expect(finds('soldier', 'At least 3000 soldiers were moving east')).toBe(true);
    expect(finds('soldiers Korea', 'At least 3000 soldiers')).toBe(false);
    expect(finds('3000', 'At least 3000 soldiers')).toBe(true);
  });

  it('builds the same query for FTS5 and PostgreSQL, with nothing a user typed as syntax', () => {
    const groups = queryGroups('Soldaten "OR" Russland* -x (y)');
    expect(fts5Match(groups)).not.toMatch(/\*|-|\(y/);
    expect(fts5Match(queryGroups('Soldaten Russland'))).toBe('("soldat" OR "soldaten") AND ("russland")');
    expect(tsQuery(queryGroups('Soldaten Russland'))).toBe('(soldat | soldaten) & (russland)');
    expect(queryGroups('  --- ')).toEqual([]);
  });
});
