/**
 * Word tokens of one sentence, with UTF-16 offsets into the whole text. Tokenising is the
 * expensive step, so the extractor only tokenises sentences whose cheap cue pre-check matched.
 */
export interface Token {
  /** Surface form. */
  t: string;
  /** Lower-cased form, for lexicon look-ups. */
  l: string;
  /** UTF-16 offsets into the whole text. */
  s: number;
  e: number;
  /** Word (letters/digits), punctuation, or a masked quotation (content replaced by MASK). */
  k: 'w' | 'p' | 'm';
  /** First character is an upper-case letter. */
  cap: boolean;
}

/** Character used to blank out quotation contents so cues inside quotes are never read as frames. */
export const MASK = '\u0001';

// Character classes for the scanner, computed once per code unit below U+3000 (covers Latin,
// Greek, Cyrillic, punctuation); rarer characters fall back to the Unicode regexes.
const ALNUM_RE = /[\p{L}\p{N}]/u;
const UPPER_CHAR_RE = /\p{Lu}/u;
const TABLE_SIZE = 0x3000;
const CLASS = new Uint8Array(TABLE_SIZE); // 1 = letter/digit, 2 = upper-case letter (also 1), 4 = joiner
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (ALNUM_RE.test(ch)) CLASS[c] |= 1;
  if (UPPER_CHAR_RE.test(ch)) CLASS[c] |= 2;
}
for (const j of ['-', '‑', "'", '’']) CLASS[j.charCodeAt(0)] |= 4;
const INITIALISM_RE = /(?:\p{Lu}\.){2,}/uy;

function classOf(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < TABLE_SIZE) return CLASS[c];
  const ch = s.codePointAt(i) ?? 0;
  const str = String.fromCodePoint(ch);
  return (ALNUM_RE.test(str) ? 1 : 0) | (UPPER_CHAR_RE.test(str) ? 2 : 0);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x2002 || c === 0x2003;
}

/**
 * Tokens of `slice`, whose first character sits at UTF-16 offset `base` of the whole text:
 * initialisms with dots (U.S.), words joined by hyphens or apostrophes (NATO-Sprecherin, Korea's),
 * masked quotation runs, and single punctuation characters. A hand-written scanner: this runs on
 * every sentence, so it avoids per-token regular expressions.
 */
export function tokenize(slice: string, base: number): Token[] {
  const out: Token[] = [];
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let k: Token['k'];
    if (c === 1) {
      while (i < n && slice.charCodeAt(i) === 1) i++;
      k = 'm';
    } else {
      const cls = classOf(slice, i);
      if (cls & 1) {
        k = 'w';
        if (cls & 2 && slice.charCodeAt(i + 1) === 0x2e) {
          INITIALISM_RE.lastIndex = i;
          if (INITIALISM_RE.test(slice)) {
            i = INITIALISM_RE.lastIndex;
            out.push(make(slice.slice(start, i), base + start, 'w', true));
            continue;
          }
        }
        for (;;) {
          while (i < n && classOf(slice, i) & 1) i += slice.charCodeAt(i) >= 0xd800 && slice.charCodeAt(i) <= 0xdbff ? 2 : 1;
          // A joiner continues the word only between two word characters; `,`/`.` only inside numbers (3,000; 1.200).
          if (i + 1 < n && classOf(slice, i) & 4 && classOf(slice, i + 1) & 1) i++;
          else if (i + 1 < n && (slice.charCodeAt(i) === 0x2c || slice.charCodeAt(i) === 0x2e) && isDigit(slice.charCodeAt(i - 1)) && isDigit(slice.charCodeAt(i + 1))) i++;
          else break;
        }
      } else {
        k = 'p';
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      }
    }
    const t = slice.slice(start, i);
    out.push(make(t, base + start, k, k === 'w' && (classOf(slice, start) & 2) !== 0));
  }
  return out;
}

function make(t: string, s: number, k: Token['k'], cap: boolean): Token {
  return { t, l: k === 'w' ? t.toLowerCase() : t, s, e: s + t.length, k, cap };
}

/** English possessive `Korea's` -> `Korea`. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isPossessive(word: string): boolean {
  return /['’]s$/u.test(word);
}
