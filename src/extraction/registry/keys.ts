import { searchKey } from '../../common/text/search-key';
import { memo } from '../text/memo';

/**
 * Inflection-insensitive keys for names. searchKey() already folds case and accents; on top of it,
 * each word loses German and English inflection endings (`des südkoreanischen Geheimdienstes` ->
 * `sudkoreanisch geheimdienst` = `südkoreanischer Geheimdienst`), and articles are dropped. Endings
 * are stripped to a fixed point, so every inflected form of a word lands on the same stem.
 */
const ENDINGS = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];
const DROPPED = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'the', 'a', 'an', 's']);
const MIN_STEM = 3;

export function stemWord(word: string): string {
  let w = word;
  for (;;) {
    let changed = false;
    for (const ending of ENDINGS) {
      const min = ending === 'es' || ending === 's' ? MIN_STEM : MIN_STEM + 1;
      if (w.endsWith(ending) && w.length - ending.length >= min && !/\d/.test(w)) {
        w = w.slice(0, w.length - ending.length);
        changed = true;
        break;
      }
    }
    if (!changed) return w;
  }
}

/** Stemmed words of a phrase (articles dropped). The result is shared: do not modify it. */
export const stemWords: (phrase: string) => readonly string[] = memo(computeStemWords);

function computeStemWords(phrase: string): string[] {
  // `U.S.` -> `US`, so dotted initialisms meet their undotted spelling.
  const key = searchKey(phrase.replace(/(?<!\p{L})(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '')));
  if (key === '') return [];
  const out: string[] = [];
  for (const w of key.split(' ')) if (!DROPPED.has(w)) out.push(stemWord(w));
  return out;
}

export function stemKey(phrase: string): string {
  return stemWords(phrase).join(' ');
}
