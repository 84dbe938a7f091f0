/**
 * Anchoring a claim to the article's words, and finding them again after the body is revised.
 * The strategy is Hypothesis's (client/src/annotator/anchoring): trust the stored position if the
 * words are still there, else look for the exact quote (nearest to the old position, disambiguated
 * by its prefix and suffix), else a fuzzy match of the quote weighted by its context. A claim whose
 * words are gone is reported as orphaned: never silently moved to unrelated words, never dropped.
 *
 * What counts as "close" for a fuzzy match (a fact-check tracker must never hand a claim, and its
 * source, to someone else's words):
 * - the matched words, snapped to whole words wherever the old quote began or ended at a word
 *   boundary, differ from the old quote in at most MAX_FUZZY_EDIT_SHARE of its characters
 *   (edit distance / quote length). A fixed typo or a changed figure in a sentence-long quote is
 *   a few percent and the claim follows (its history records the old and the new words); rewriting
 *   a short quote, or another speaker's sentence that shares half the words, is far more;
 * - and the match scores at least MIN_FUZZY_SCORE on Hypothesis's scale, quote and context
 *   together. With the quote nearly intact, that needs at least one side of the old context (the
 *   32 code points before or after) still around it: an edited claim in place or in a moved
 *   paragraph follows, a near-identical phrase elsewhere in the text with other words around it does not.
 */
import search from 'approx-string-match';
import { CodePointIndex } from '../common/text/code-points';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** How many code points of context are kept on each side of a quote (Hypothesis keeps 32). */
export const CONTEXT_LENGTH = 32;

/**
 * Largest share of a quote's characters a fuzzy match may have edited (inserted, deleted or
 * replaced): 15 %, so a 13-character quote tolerates one edit, a 100-character sentence fifteen.
 * Quotes under 7 characters are only ever found exactly.
 */
export const MAX_FUZZY_EDIT_SHARE = 0.15;

/**
 * Lowest combined score (0..1, Hypothesis's weights below) a fuzzy match needs. A quote at the
 * edit limit (0.85) needs its prefix and suffix scores to add up to about 1.2 — one side intact,
 * or both half-recognisable; a quote with one typo and both sides rewritten (about 0.65) is orphaned.
 */
export const MIN_FUZZY_SCORE = 0.75;

/** Hypothesis's weights (match-quote.ts): the quote matters most, then its context; the position breaks ties. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export function describeQuote(body: CodePointIndex, start: number, end: number): TextQuote {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: body.slice(end, Math.min(body.length, end + CONTEXT_LENGTH)),
    start,
    end,
  };
}

/**
 * Similarity (0..1) of `expected` to its best approximate occurrence in `actual`; 0 when either is
 * empty (Hypothesis's textMatchScore). Only the error count is used, which approx-string-match
 * computes correctly when maxErrors is the pattern's length (see approximateMatches).
 */
function contextScore(expected: string, actual: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

interface Candidate {
  unitStart: number;
  unitEnd: number;
  /** 1 - edits / quote length. */
  quoteScore: number;
}

/** Hypothesis's score of a candidate, 0..1: the text before and after it is compared with the stored prefix and suffix. */
function score(text: string, candidate: Candidate, quote: TextQuote, expectedUnitStart: number): number {
  const prefixScore = quote.prefix ? contextScore(quote.prefix, text.slice(Math.max(0, candidate.unitStart - quote.prefix.length), candidate.unitStart)) : 1;
  const suffixScore = quote.suffix ? contextScore(quote.suffix, text.slice(candidate.unitEnd, candidate.unitEnd + quote.suffix.length)) : 1;
  const positionScore = 1 - Math.abs(candidate.unitStart - expectedUnitStart) / Math.max(text.length, 1);
  return (QUOTE_WEIGHT * candidate.quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / MAX_SCORE;
}

function best(text: string, candidates: Candidate[], quote: TextQuote, expectedUnitStart: number): { candidate: Candidate; score: number } | null {
  let found: { candidate: Candidate; score: number } | null = null;
  for (const candidate of candidates) {
    const value = score(text, candidate, quote, expectedUnitStart);
    if (!found || value > found.score) found = { candidate, score: value };
  }
  return found;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ unitStart: at, unitEnd: at + exact.length, quoteScore: 1 });
  }
  return found;
}

// --- Word boundaries -----------------------------------------------------------------------------

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

function codePointAt(text: string, unit: number): string {
  const value = text.codePointAt(unit);
  return value === undefined ? '' : String.fromCodePoint(value);
}

function codePointBefore(text: string, unit: number): string {
  if (unit <= 0) return '';
  const low = text.charCodeAt(unit - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && unit >= 2 && text.charCodeAt(unit - 2) >= 0xd800 && text.charCodeAt(unit - 2) <= 0xdbff ? unit - 2 : unit - 1;
  return text.slice(start, unit);
}

const isWordCharacter = (character: string) => WORD_CHARACTER.test(character);

/** True unless `unit` falls between two word characters, i.e. inside a word. */
function isWordBoundary(text: string, unit: number): boolean {
  return !(isWordCharacter(codePointBefore(text, unit)) && isWordCharacter(codePointAt(text, unit)));
}

function wordStartBefore(text: string, unit: number): number {
  while (unit > 0 && isWordCharacter(codePointBefore(text, unit))) unit -= codePointBefore(text, unit).length;
  return unit;
}

function wordEndAfter(text: string, unit: number): number {
  while (unit < text.length && isWordCharacter(codePointAt(text, unit))) unit += codePointAt(text, unit).length;
  return unit;
}

const skipSpacesForward = (text: string, unit: number) => {
  while (unit < text.length && /\s/.test(text[unit])) unit++;
  return unit;
};
const skipSpacesBackward = (text: string, unit: number) => {
  while (unit > 0 && /\s/.test(text[unit - 1])) unit--;
  return unit;
};

/**
 * Where a match may start (or end) once snapped to a word boundary: a match inside a word either
 * takes the whole word or leaves it out. Only applies where the stored quote itself began (ended)
 * at a boundary: a claim a checker anchored inside a word keeps that freedom.
 */
function snappedStarts(text: string, unit: number, snap: boolean): number[] {
  if (!snap || isWordBoundary(text, unit)) return [unit];
  return [wordStartBefore(text, unit), skipSpacesForward(text, wordEndAfter(text, unit))];
}

function snappedEnds(text: string, unit: number, snap: boolean): number[] {
  if (!snap || isWordBoundary(text, unit)) return [unit];
  return [wordEndAfter(text, unit), skipSpacesBackward(text, wordStartBefore(text, unit))];
}

// --- Fuzzy matching ----------------------------------------------------------------------------

/**
 * Levenshtein distance of `a` and `b` (UTF-16 units, as approx-string-match counts), or Infinity
 * once it must exceed `limit`. Only the band of cells within `limit` of the diagonal is computed.
 */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const outside = limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : outside));
  let current = new Array<number>(b.length + 1).fill(outside);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Cells just outside the band may hold values from two rows ago: mark them out of reach.
    current[0] = i <= limit ? i : outside;
    if (from > 1) current[from - 1] = outside;
    if (to < b.length) current[to + 1] = outside;
    let rowMinimum = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, outside);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return Infinity;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= limit ? previous[b.length] : Infinity;
}

/** The stored quote began (ended) at a word boundary in its old body, as far as its context tells. */
function quoteEdges(quote: TextQuote): { start: boolean; end: boolean } {
  const first = codePointAt(quote.exact, 0);
  const last = codePointBefore(quote.exact, quote.exact.length);
  return {
    start: !(isWordCharacter(codePointBefore(quote.prefix, quote.prefix.length)) && isWordCharacter(first)),
    end: !(isWordCharacter(last) && isWordCharacter(codePointAt(quote.suffix, 0))),
  };
}

/**
 * approx-string-match 1.1.0 reports wrong matches (a bogus start, or an empty match with no errors)
 * for a pattern of two or more 32-unit blocks exactly (64, 96, … units) whenever maxErrors is below its
 * length; fixed upstream in 2.0 (robertknight/approx-string-match-js#13). Such a quote is searched
 * without its last character and each match's end is tried with and without one more: the matches
 * are only candidates, measured again against the whole quote below.
 */
function approximateMatches(text: string, pattern: string, maxErrors: number): { start: number; end: number }[] {
  if (pattern.length < 64 || pattern.length % 32 !== 0) return search(text, pattern, maxErrors);
  return search(text, pattern.slice(0, -1), maxErrors).flatMap((match) => [match, { start: match.start, end: Math.min(text.length, match.end + 1) }]);
}

/** Approximate occurrences of the quote, snapped to word boundaries, each within the edit limit. */
function fuzzyCandidates(text: string, quote: TextQuote): Candidate[] {
  const exact = quote.exact;
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_FUZZY_EDIT_SHARE));
  if (maxErrors < 1) return [];
  const snap = quoteEdges(quote);
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const match of approximateMatches(text, exact, maxErrors)) {
    for (const unitStart of snappedStarts(text, match.start, snap.start)) {
      for (const unitEnd of snappedEnds(text, match.end, snap.end)) {
        const key = `${unitStart}:${unitEnd}`;
        if (unitEnd <= unitStart || seen.has(key)) continue;
        seen.add(key);
        const errors = boundedEditDistance(exact, text.slice(unitStart, unitEnd), maxErrors);
        if (errors <= maxErrors) found.push({ unitStart, unitEnd, quoteScore: 1 - errors / exact.length });
      }
    }
  }
  return found;
}

/** Finds `quote` in `body` (the revised text); null when its words are gone. */
export function reanchor(body: CodePointIndex, quote: TextQuote): { quote: TextQuote; method: AnchorMethod } | null {
  if (quote.end <= body.length && body.slice(quote.start, quote.end) === quote.exact) {
    return { quote: describeQuote(body, quote.start, quote.end), method: 'position' };
  }
  const text = body.text;
  const expectedUnitStart = body.toUnitOffset(Math.min(quote.start, body.length));
  const exact = exactCandidates(text, quote.exact);
  const method: AnchorMethod = exact.length ? 'quote' : 'fuzzy';
  const found = best(text, exact.length ? exact : fuzzyCandidates(text, quote), quote, expectedUnitStart);
  if (!found) return null;
  // An exact quote is the claim's words wherever they are; a fuzzy one must also be close (see above).
  if (method === 'fuzzy' && found.score < MIN_FUZZY_SCORE) return null;
  const start = body.toCodePointOffset(found.candidate.unitStart);
  const end = body.toCodePointOffset(found.candidate.unitEnd);
  return { quote: describeQuote(body, start, end), method };
}
