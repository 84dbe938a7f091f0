import type { Token } from '../text/tokens';

/**
 * One attribution found in a sentence: the cue words, the tokens of the source phrase, and how the
 * frame sits in the sentence, so the claim's span can leave the attribution out
 * (`"…", sagte Cho laut Yonhap` -> the quote; `Kirby sagte, die US-Regierung …` -> what he said).
 */
export interface Frame {
  cue: string;
  /** UTF-16 offset of the cue, for ordering and for splitting a sentence between two claims. */
  at: number;
  /** Tokens of the source phrase (may be a pronoun or a definite description). */
  np: Token[];
  kind: 'verb' | 'phrase';
  /** A publisher's cue (`berichtete`, `laut`, `told Reuters`): a relay when someone else is the speaker. */
  publisher?: boolean;
  /** Only counts when the source is a news outlet (`gegenüber der BBC`, `told Reuters`). */
  mediaOnly?: boolean;
  /** The frame's source is quoted by another (`unter Berufung auf X`, `citing X`): publishers in the sentence relay. */
  citing?: boolean;
  /** `Das teilte die Luftwaffe mit.`: the source of the previous sentence's claim, not a claim of its own. */
  backRef?: boolean;
  /** Always a relay (`berichtete unter Berufung auf`, `Yonhap reported, citing …`). */
  relay?: boolean;
  /** The source asked not to be named (`on condition of anonymity`). */
  anonymous?: boolean;
  hedge?: boolean;
  prediction?: boolean;
  /** Content starts here when the frame opens the sentence (`Kirby sagte, …`). */
  leadEnd?: number;
  /** Content ends here when the frame closes the sentence (`…, sagte Yoon.`). */
  trailStart?: number;
  /** The source is whatever the previous attributed claim was attributed to (`demnach`, `the report said`). */
  inherit?: boolean;
  /** A listener named in quotation marks where only an outlet stands (`sagte X der „Wirtschaftswoche“`). */
  quotedOutlet?: boolean;
}

export interface SentenceView {
  /** Sentence text with quotation contents masked; same offsets as the original. */
  masked: string;
  /** UTF-16 offset of the sentence in the whole text. */
  base: number;
  tokens: Token[];
}

export function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  return t.k === 'm' || (t.k === 'p' && /^[,;:()\[\]–—"„“”»«‚‘’'›‹]$/.test(t.t));
}

/** Index of the first word token of a sentence (`T.length` when it has none). */
export function firstWordIndex(T: Token[]): number {
  let i = 0;
  while (i < T.length && T[i].k !== 'w') i++;
  return i;
}

export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && t.k === 'p' && /^["„“”»«‚‘’'›‹]$/.test(t.t);
}

/** Where content would end if the frame at `cueIndex` closes the sentence: before a comma, after a closing quote. */
export function trailAt(T: Token[], cueIndex: number): number | undefined {
  const b = T[cueIndex - 1];
  if (b && (b.t === ',' || isQuoteMark(b))) return isQuoteMark(b) ? b.e : b.s;
  return undefined;
}

/** A phrase frame (`laut X`, `according to X`): `Laut X, …` opens the sentence; `…, laut X.` closes it if only adverbials follow (per language). */
export function phraseFrame(T: Token[], cueIndex: number, from: number, end: number, cue: string, publisher: boolean, restIsAdverbial: (T: Token[], from: number) => boolean): Frame {
  const f: Frame = { cue, at: T[cueIndex].s, np: T.slice(from, end), kind: 'phrase', publisher };
  if (cueIndex === firstWordIndex(T) && T[end]?.t === ',') f.leadEnd = T[end].e;
  const trail = trailAt(T, cueIndex);
  if (trail !== undefined && restIsAdverbial(T, end)) f.trailStart = trail;
  return f;
}

/** Lower-cases a cue's first word unless it is a noun (`Nach Angaben` -> `nach Angaben`). */
export function cueText(words: string[]): string {
  if (words.length === 0) return '';
  const [first, ...rest] = words;
  const lowerFirst = /^(Nach|Laut|Wie|Unter|According|Citing|As|So|Aus|Dem|Den|Demnach|Hieß|Heißt)$/.test(first) ? first.toLowerCase() : first;
  return [lowerFirst, ...rest].join(' ');
}
