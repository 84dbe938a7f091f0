/**
 * Quotation marks in every style newsrooms use: "…", „…“, “…”, «…», »…«, '…', ‚…‘, ‘…’, ›…‹.
 * The same character opens in one style and closes in another (“ closes German „…“ but opens
 * English “…”; » opens German »…« but closes French «…»), so a mark's role is read from its
 * neighbours (space before and letter after opens; letter before and space/punctuation after closes).
 */
export type QuoteFamily = 'double' | 'single';
export type QuoteRole = 'open' | 'close' | 'either' | null;

export interface QuotePair {
  /** Offsets of the opening and closing mark within the scanned string. */
  open: number;
  close: number;
  family: QuoteFamily;
}

const DOUBLE = new Set(['"', '„', '“', '”', '»', '«', '‟', '〞', '＂']);
const SINGLE = new Set(["'", '‚', '‘', '’', '›', '‹']);
const ALWAYS_OPEN = new Set(['„', '‚']);
/** Cheap pre-check before running the scanner. */
export const QUOTE_CHAR_RE = /["„“”»«‟'‚‘’›‹]/;

const SPACE_RE = /\s/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = new Set(['(', '[', '{', '–', '—', '-', '/', ':', ',']);
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '–', '—', '-', '…']);

export function quoteFamily(ch: string): QuoteFamily | null {
  if (DOUBLE.has(ch)) return 'double';
  if (SINGLE.has(ch)) return 'single';
  return null;
}

/** Role of the quote mark at `i` judged from its neighbours. */
export function quoteRole(s: string, i: number): QuoteRole {
  const ch = s[i];
  const family = quoteFamily(ch);
  if (!family) return null;
  if (ALWAYS_OPEN.has(ch)) return 'open';
  const prev = i > 0 ? s[i - 1] : '';
  const next = i + 1 < s.length ? s[i + 1] : '';
  // An apostrophe inside a word (don't, Korea's, Kim's) is not a quotation mark.
  if (family === 'single' && LETTER_RE.test(prev) && LETTER_RE.test(next)) return null;
  const prevIsBoundary = prev === '' || SPACE_RE.test(prev) || OPEN_CONTEXT.has(prev) || quoteFamily(prev) !== null;
  const nextIsBoundary = next === '' || SPACE_RE.test(next) || CLOSE_CONTEXT.has(next) || quoteFamily(next) !== null;
  const canOpen = prevIsBoundary && next !== '' && !SPACE_RE.test(next);
  const canClose = !SPACE_RE.test(prev) && prev !== '' && nextIsBoundary;
  if (canOpen && canClose) return 'either';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  // A single quote with letters on neither side is more likely stray than a quotation.
  return family === 'double' ? 'either' : null;
}

/**
 * Matched quotation pairs in `s`, outermost and nested, ordered by opening offset. Unmatched marks
 * (apostrophes, a quote that continues in the next paragraph) are ignored.
 */
export function findQuotes(s: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: { at: number; family: QuoteFamily }[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Fast skip: every quote mark is either ASCII 0x22/0x27, Latin-1 0xAB/0xBB or >= 0x2018.
    if (code !== 0x22 && code !== 0x27 && code !== 0xab && code !== 0xbb && code < 0x2018) continue;
    const role = quoteRole(s, i);
    if (role === null) continue;
    const family = quoteFamily(s[i]) as QuoteFamily;
    const openIndex = lastOpen(stack, family);
    const close = role === 'close' || (role === 'either' && openIndex >= 0);
    if (close) {
      if (openIndex < 0) continue;
      const opener = stack[openIndex];
      stack.length = openIndex;
      pairs.push({ open: opener.at, close: i, family });
    } else {
      stack.push({ at: i, family });
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

function lastOpen(stack: { family: QuoteFamily }[], family: QuoteFamily): number {
  for (let j = stack.length - 1; j >= 0; j--) if (stack[j].family === family) return j;
  return -1;
}

/** Pairs not contained in another pair. */
export function outermost(pairs: QuotePair[]): QuotePair[] {
  const out: QuotePair[] = [];
  let reach = -1;
  for (const p of pairs) {
    if (p.open > reach) {
      out.push(p);
      reach = p.close;
    }
  }
  return out;
}

/** `s` with the content of each outer quotation replaced by `mask` (same length, so offsets hold). */
export function maskQuotes(s: string, pairs: QuotePair[], mask: string): string {
  if (pairs.length === 0) return s;
  let out = '';
  let at = 0;
  for (const p of outermost(pairs)) {
    out += s.slice(at, p.open + 1) + mask.repeat(p.close - p.open - 1);
    at = p.close;
  }
  return out + s.slice(at);
}
