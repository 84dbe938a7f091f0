import { quoteFamily, quoteRole } from './quotes';

/**
 * Splits text into sentences in one linear pass, paragraph by paragraph, so that memory stays
 * flat however long the text. Knows abbreviations, initials, German ordinals (`24. Oktober`) and
 * does not split inside an open quotation, so a multi-sentence quote stays with its `sagte er`.
 */
export interface Sentence {
  /** UTF-16 offsets into the whole text, trimmed of surrounding whitespace. */
  start: number;
  end: number;
  /** Running number of the paragraph (line) the sentence is in. */
  paragraph: number;
  /** A line without closing punctuation: a heading, dateline or credit. It carries no claims. */
  heading: boolean;
}

// Words that end in a dot without ending the sentence (compared lower-case).
const ABBREVIATIONS = new Set(
  (
    'dr prof mr mrs ms st jr sr gen lt col maj capt sgt adm gov sen rep rev hon pres insp supt ' +
    'no nr vol bzw ca evtl ggf inkl usw vgl zb z b u a o d h i e s sog bzw etc vs jan feb febr mar apr jun jul aug sep sept okt oct nov dez dec ' +
    'abs art co corp inc ltd dipl ing mio mrd tsd str min max bspw allg jh jhd chr'
  ).split(' '),
);
const MAX_QUOTE_SPAN = 1200;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}
function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || /[0-9"„“”»«‚‘'(\[–—-]/.test(ch);
}
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** All sentences of `text`, in order. */
export function* iterateSentences(text: string): Generator<Sentence> {
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const kind = lineKind(text, s, e);
      if (kind === 'heading') yield { start: s, end: e, paragraph, heading: true };
      else if (kind === 'text') yield* splitLine(text, s, e, paragraph);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
}

/** Headings and datelines lack closing punctuation; photo credits sit in parentheses. */
function lineKind(text: string, s: number, e: number): 'heading' | 'caption' | 'text' {
  const first = text[s];
  const last = text[e - 1];
  if (first === '(' && last === ')') return 'caption';
  // A line ending in a quote mark is prose only if the quotation ends a sentence (`…."`).
  if (/[.!?…:)\]]/.test(last)) return 'text';
  if (/["“”»«'’]/.test(last) && /[.!?…,]/.test(text[e - 2] ?? '')) return 'text';
  // A long line without a final stop is still prose (a truncated last paragraph).
  let words = 0;
  for (let i = s; i < e && words < 25; i++) if (text.charCodeAt(i) === 0x20) words++;
  return words >= 25 ? 'text' : 'heading';
}

function* splitLine(text: string, s: number, e: number, paragraph: number): Generator<Sentence> {
  let sentenceStart = s;
  let depth = 0;
  let openedAt = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f)) {
      // Track double quotes only: single quotes are too often apostrophes to steer splitting.
      const role = quoteRole(text.slice(Math.max(s, i - 1), Math.min(e, i + 2)), i > s ? 1 : 0);
      if (role === 'open' || (role === 'either' && depth === 0)) {
        depth++;
        openedAt = i;
      } else if ((role === 'close' || role === 'either') && depth > 0) depth--;
      continue;
    }
    if (depth > 0 && i - openedAt > MAX_QUOTE_SPAN) depth = 0; // unbalanced quote: stop protecting
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue;
    // Run of terminators, then closing quotes/brackets.
    let j = i + 1;
    while (j < e && /[.!?…]/.test(text[j])) j++;
    let depthAfter = depth;
    while (j < e && (quoteFamily(text[j]) !== null || text[j] === ')' || text[j] === ']')) {
      if (quoteFamily(text[j]) === 'double' && depthAfter > 0) depthAfter--;
      j++;
    }
    if (j >= e) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < e && isSpace(text.charCodeAt(k))) k++;
    if (k >= e || !isUpperStart(text[k])) continue;
    if (depthAfter > 0) continue;
    if (c === 0x2e && j === i + 1 && isAbbreviation(text, s, i, nextWord(text, k, e))) continue;
    depth = depthAfter;
    yield { start: sentenceStart, end: j, paragraph, heading: false };
    sentenceStart = k;
    i = k - 1;
  }
  if (sentenceStart < e) yield { start: sentenceStart, end: e, paragraph, heading: false };
}

function nextWord(text: string, from: number, end: number): string {
  let to = from;
  while (to < end && to - from < 20 && !isSpace(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

const ORDINAL_NOUNS = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez|Mal|Weltkrieg|Jahrhundert|Jahrestag|Platz|Quartal|Runde|Lebensjahr|Stock|Liga|Bundesliga|Spieltag|Amtszeit|Klasse|Etage|Kapitel|Sitzung|Parteitag)\b/;

const SENTENCE_OPENERS = new Set(
  'The He She It They We I But And In On A An This That However Der Die Das Er Sie Es Auch Doch Nach Laut'.split(' '),
);

/**
 * Whether the text's final dot belongs to its last word: an abbreviation (`Inc.`, `usw.`), an
 * initial or a dotted initialism (`U.S.`), where one dot both shortens the word and ends the sentence.
 */
export function endsInAbbreviation(text: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(text)?.[1] ?? '';
  return word !== '' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || word.includes('.'));
}

/** Whether the dot at `dot` ends an abbreviation, an initial or a German ordinal rather than a sentence. */
function isAbbreviation(text: string, lineStart: number, dot: number, next: string): boolean {
  const nextChar = next[0] ?? '';
  let w = dot;
  while (w > lineStart && (isLetter(text.charCodeAt(w - 1)) || isDigit(text.charCodeAt(w - 1)) || text[w - 1] === '.')) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  // German ordinals: `am 24. Oktober`, `der 2. Weltkrieg`, `zum 3. Mal` (but `… £50. Labour's …` ends).
  if (/^\d{1,2}$/.test(word)) return nextChar === nextChar.toLowerCase() || ORDINAL_NOUNS.test(next);
  // Initials (`John F. Kennedy`), but not a one-letter name ending a sentence (`auf der Plattform X. Die …`).
  if (/^\p{Lu}$/u.test(word)) return nextChar !== nextChar.toLowerCase() && !SENTENCE_OPENERS.has(next.replace(/[^\p{L}]/gu, ''));
  // Dotted initialisms (U.S., z.B.) usually continue the sentence unless a typical opener follows.
  if (word.includes('.')) return !SENTENCE_OPENERS.has(next.replace(/[^\p{L}]/gu, ''));
  return ABBREVIATIONS.has(word.toLowerCase());
}
