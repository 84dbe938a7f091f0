import type { ClaimKind } from '../../common/vocabulary';
import type { ExtractionLanguage } from '../types';

/**
 * The kind of a claim, by what a checker would have to verify: a number (statistic), a forecast
 * (prediction), something that happened (event), someone's own words (quote), or an assertion
 * (statement). Checked in that order of specificity.
 */
// Quantities, not dates or clock times: `3000 Soldaten`, `mindestens 3000`, `12 Prozent`, `mehrere tausend`.
const NUMBER_RE = /(?<![\d.:\/-])\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?![.:]\d|\.\s*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)|\d)(?!\s*(?:Uhr|a\.m\.|p\.m\.))|\b(?:tausend|tausende|hundert|hunderte|dutzend|dutzende|millionen?|milliarden?|thousands?|hundreds?|dozens?|millions?|billions?|prozent|percent|per cent)\b/i;
const YEAR_RE = /^(?:19|20)\d{2}$/;
const NUMBER_GLOBAL = new RegExp(NUMBER_RE.source, 'gi');

const FUTURE = {
  de: /\b(?:wird|werden|werde)\b(?![^,.;]*\b(?:ge\p{L}+t|worden)\b)[^,.;]*\b\p{Ll}+en\b[^,.;]*$|\b(?:in Kürze|demnächst|künftig|voraussichtlich|bis (?:Ende|zum) )/u,
  en: /\b(?:will|shall|is expected to|are expected to|is set to|are set to|plans? to|is going to|are going to|intends? to|would)\b/,
};
const EVENT = {
  de: /\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b[^,.;]*\b(?:ge\p{L}{3,}(?:t|en)|\p{L}+iert|entsandt|entsendet|verlegt|getötet|angegriffen|unterzeichnet|gebilligt|beschlossen|abgeschossen)\b|\b(?:am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|gestern|vorgestern|in der Nacht)\b/u,
  en: /\b(?:has|have|had|was|were)\s+(?:been\s+)?\p{L}+(?:ed|en|t)\b|\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last (?:week|month|night|year))\b|\b(?:killed|launched|fired|arrested|signed|deployed|sent|attacked|struck|crossed|arrived|met|visited|approved|ratified|voted|destroyed|seized|detained|injured|died)\b/u,
};

export function hasStatistic(text: string): boolean {
  NUMBER_GLOBAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_GLOBAL.exec(text)) !== null) {
    if (YEAR_RE.test(m[0])) continue; // `im Juni 2024`: a date, not a quantity
    return true;
  }
  return false;
}

export function claimKind(content: string, lang: ExtractionLanguage, hints: { quote: boolean; prediction: boolean }): ClaimKind {
  if (hints.quote) return 'quote';
  if (hasStatistic(content)) return 'statistic';
  if (hints.prediction || FUTURE[lang].test(content)) return 'prediction';
  if (EVENT[lang].test(content)) return 'event';
  return 'statement';
}

/** An unattributed sentence worth a checker's time: it states a number or a dated event. */
export function checkableKind(content: string, lang: ExtractionLanguage): ClaimKind | null {
  if (hasStatistic(content)) return 'statistic';
  if (EVENT[lang].test(content)) return 'event';
  return null;
}
