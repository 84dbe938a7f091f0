/**
 * Speed baseline for the extractor: only split the text into sentences with one regular
 * expression. extractClaims() is measured against this (MB/s relative to the cheapest useful pass).
 */
const SENTENCE_END = /[.!?…]+["'”“»«)]*\s+(?=["„“»«(]?[\p{Lu}\d])/gu;

/** Number of sentences found by a plain regex split. */
export function baselineSentenceSplit(text: string): number {
  let count = 0;
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    if (m.index > last) count++;
    last = m.index + m[0].length;
  }
  return last < text.length ? count + 1 : count;
}
