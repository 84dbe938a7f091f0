import { newStemmer } from 'snowball-stemmers';

/**
 * Full-text search of claims, word by word, the same on SQLite (FTS5) and PostgreSQL (tsvector):
 * both databases index the terms built here and are asked with the same terms, so a query finds the
 * same claims on either. A word is folded (accents and case off, ß as ss: "Südkorea" and "Sudkorea"
 * are one word) and stemmed with Snowball's German and English stemmers (a desk reads both
 * languages, often in one article): "Soldaten" and "Soldat" meet in `soldat`, "soldiers" and
 * "soldier" in `soldier`. A document keeps both stems of every word; a query word matches either.
 * Plain functions: no database, no framework.
 */
const german = newStemmer('german');
const english = newStemmer('english');

/** Words longer than this are no words a reader types (hashes, URLs run together): cut, not indexed whole. */
const MAX_WORD = 40;
/** Words a query may hold: more narrows nothing and costs the database. */
export const MAX_QUERY_WORDS = 12;

const stems = new Map<string, string[]>();

/** The text's words, folded: lower case, no accents or other combining marks, ß as ss. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word.slice(0, MAX_WORD));
}

/** A folded word's stems in both languages (one when they agree), ASCII letters and digits only, as both indexes take them. */
export function stemsOf(word: string): string[] {
  let known = stems.get(word);
  if (!known) {
    known = [...new Set([german.stem(word), english.stem(word), word].map((stem) => stem.replace(/[^a-z0-9\u00c0-\uffff]/g, '')).filter(Boolean))];
    if (stems.size > 200_000) stems.clear();
    stems.set(word, known);
  }
  return known;
}

/** What a claim is indexed under: the stems of its text, its quoted words and its article's title. */
export function searchTerms(parts: readonly (string | null | undefined)[]): string {
  const terms = new Set<string>();
  for (const part of parts) for (const word of foldedWords(part ?? '')) for (const stem of stemsOf(word)) terms.add(stem);
  return [...terms].join(' ');
}

/** A query as groups of alternatives: every word must match, in either language's stem. Empty when it has no word. */
export function queryGroups(query: string): string[][] {
  return [...new Set(foldedWords(query))].slice(0, MAX_QUERY_WORDS).map(stemsOf);
}

/** FTS5 MATCH syntax: each stem quoted (they hold letters and digits only), groups ANDed. */
export function fts5Match(groups: string[][]): string {
  return groups.map((group) => `(${group.map((stem) => `"${stem}"`).join(' OR ')})`).join(' AND ');
}

/** PostgreSQL to_tsquery('simple', …) syntax, the same groups. */
export function tsQuery(groups: string[][]): string {
  return groups.map((group) => `(${group.join(' | ')})`).join(' & ');
}
