/**
 * Anchoring a claim to the article's words, and finding them again after the body is revised.
 * The strategy is Hypothesis's (client/src/annotator/anchoring): trust the stored position if the
 * words are still there, else look for the exact quote (nearest to the old position, disambiguated
 * by its prefix and suffix), else a fuzzy match of the quote weighted by its context. A claim whose
 * words are gone is reported as orphaned: never silently moved to unrelated words, never dropped.
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

/** Below this similarity a fuzzy match is a different sentence, not an edited one. */
const MIN_FUZZY_QUOTE_SCORE = 0.75;

export function describeQuote(body: CodePointIndex, start: number, end: number): TextQuote {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: body.slice(end, Math.min(body.length, end + CONTEXT_LENGTH)),
    start,
    end,
  };
}

function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

interface Candidate {
  unitStart: number;
  unitEnd: number;
  quoteScore: number;
}

/** Hypothesis's weighting: the quote matters most, then its context, then closeness to where it was. */
function rank(text: string, candidates: Candidate[], quote: TextQuote, expectedUnitStart: number): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const prefixScore = quote.prefix ? similarity(quote.prefix, text.slice(Math.max(0, candidate.unitStart - quote.prefix.length * 2), candidate.unitStart)) : 1;
    const suffixScore = quote.suffix ? similarity(quote.suffix, text.slice(candidate.unitEnd, candidate.unitEnd + quote.suffix.length * 2)) : 1;
    const positionScore = 1 - Math.abs(candidate.unitStart - expectedUnitStart) / Math.max(text.length, 1);
    const score = (50 * candidate.quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ unitStart: at, unitEnd: at + exact.length, quoteScore: 1 });
  }
  return found;
}

function fuzzyCandidates(text: string, exact: string): Candidate[] {
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_FUZZY_QUOTE_SCORE)));
  return search(text, exact, maxErrors).map((match) => ({
    unitStart: match.start,
    unitEnd: match.end,
    quoteScore: 1 - match.errors / exact.length,
  }));
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
  const best = rank(text, exact.length ? exact : fuzzyCandidates(text, quote.exact), quote, expectedUnitStart);
  if (!best) return null;
  const start = body.toCodePointOffset(best.unitStart);
  const end = body.toCodePointOffset(best.unitEnd);
  return { quote: describeQuote(body, start, end), method };
}
