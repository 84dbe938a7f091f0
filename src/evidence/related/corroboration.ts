/**
 * Corroboration candidates: other claims that state the same fact — the same figure, the same event,
 * the same actors — found by comparing what the claims say. Each is marked independent or not (the
 * same speaker again, or their relay, is no second confirmation) and agreeing or contradicting (a
 * denial). Suggestions for a checker, never a verdict. Plain TypeScript: no database, no framework.
 */

import { withoutAccents } from '../../common/text/search-key';
import { isIndependent } from '../independence';

export interface ClaimForMatching {
  id: number;
  articleId: number;
  text: string;
  /** Who stands behind it: its speakers and anonymous sources with their organisations. */
  originatorIds: number[];
}

export interface CorroborationCandidate {
  claimId: number;
  relation: 'agrees' | 'contradicts';
  independent: boolean;
  score: number;
  sharedFigures: string[];
  sharedTerms: string[];
}

const STOPWORDS = new Set(
  ('aber alle allem also auch auf aus bei beim bereits bisher dass dabei damit dann darauf darin dazu dem demnach den denen der deren des dessen '
    + 'dies diese diesem diesen dieser doch dort durch eine einem einen einer eines etwa gegen habe haben hatte hatten heute hier ihre ihren immer '
    + 'insgesamt jetzt kann keine laut mehr mehrere nach nicht noch nun oder ohne sagte seien sein seine seiner seit sich sind soll sollen sowie '
    + 'ueber unter viel vom von vor wann waren warum weil weiter wenn werde werden wird wolle worden wurde wurden zudem zufolge zwischen angaben '
    + 'about after against also among been being both could does during each from have having into more most much other over said says since '
    + 'some such than that their them then there these they this those through under until very were what when where which while will with '
    + 'would according told added stated reported citing officials').split(' '),
);

const DENIAL = /\b(wies|weist|weisen)\b[^.]*\bzurück\b|\bzurückgewiesen\b|\bbestreit|\bbestritt|\bdementi|\bdeni(?:ed|es|al)\b|\bdeny(?:ing)?\b|\breject(?:ed|s)?\b|\brefut|\bnicht zutreffend\b|\bfalse\b/i;

/** Figures as written in German and English copy: 3000, 3.000, 3,000 and 3 000 are one number. */
function figuresOf(text: string): Set<string> {
  const figures = new Set<string>();
  for (const match of text.matchAll(/\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?/g)) {
    const raw = match[0];
    if (/^\d{1,2}\.\d{1,2}$/.test(raw)) continue; // a date like 24.10
    figures.add(/[.,\u00a0 ]\d{3}$/.test(raw) ? raw.replace(/[.,\u00a0 ]/g, '') : raw.replace(',', '.'));
  }
  return figures;
}

/** Content words, folded and cut to a stem so that inflections meet (Soldaten/Soldat, Russlands/Russland). */
function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  const folded = withoutAccents(text).toLowerCase();
  for (const word of folded.match(/\p{L}{4,}/gu) ?? []) {
    if (!STOPWORDS.has(word)) terms.add(word.slice(0, 6));
  }
  return terms;
}

/** A figure that identifies a fact on its own across languages: 3000 does, 2 or a year like 2024 does not. */
function isDistinctive(figure: string): boolean {
  const value = Number(figure);
  return Number.isFinite(value) && value >= 100 && !(Number.isInteger(value) && value >= 1900 && value <= 2100);
}

export function isDenial(text: string): boolean {
  return DENIAL.test(text);
}

/** Words a checker can type into a search to find the same fact elsewhere: its figures and longest terms. */
export function searchTermsOf(text: string): string[] {
  const figures = [...figuresOf(text)].filter((f) => f.length >= 2);
  const terms = [...termsOf(text)].sort((a, b) => b.length - a.length).slice(0, 4);
  return [...figures, ...terms];
}

export function rankCorroboration(target: ClaimForMatching, candidates: ClaimForMatching[], targetCircle: ReadonlySet<number>, limit = 10): CorroborationCandidate[] {
  const targetFigures = figuresOf(target.text);
  const targetTerms = termsOf(target.text);
  const ranked: CorroborationCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.id === target.id) continue;
    const sharedFigures = [...figuresOf(candidate.text)].filter((f) => targetFigures.has(f));
    const sharedTerms = [...termsOf(candidate.text)].filter((t) => targetTerms.has(t));
    const denial = isDenial(candidate.text) && !isDenial(target.text);
    // A denial in the same article answers what the article just reported, often only by "das"/"this".
    const sameStoryDenial = denial && candidate.articleId === target.articleId && sharedTerms.length >= 1;
    const sameFact = sharedFigures.some(isDistinctive) || (sharedFigures.length >= 1 && sharedTerms.length >= 1) || sharedTerms.length >= 3;
    if (!sameFact && !sameStoryDenial) continue;
    ranked.push({
      claimId: candidate.id,
      relation: denial ? 'contradicts' : 'agrees',
      independent: isIndependent(candidate.originatorIds, targetCircle),
      score: Number((sharedFigures.length * 2 + sharedTerms.length + (sameStoryDenial ? 2 : 0)).toFixed(2)),
      sharedFigures,
      sharedTerms,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.claimId - b.claimId).slice(0, limit);
}
