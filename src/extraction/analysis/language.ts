import type { ExtractionLanguage } from '../types';

/**
 * German or English, by counting frequent function words in the first few kilobytes: cheap,
 * and news prose has plenty of them.
 */
const GERMAN = new Set('der die das und ist nicht mit den dem des ein eine einer sich auf für von zu im sagte laut wie auch nach bei wird werden hat haben dass oder aus'.split(' '));
const ENGLISH = new Set('the and of to in is that for on with was said by it as at from has have are were be will would an this which who not but'.split(' '));
const SAMPLE = 8000;

export function detectLanguage(text: string): ExtractionLanguage {
  const sample = text.slice(0, SAMPLE).toLowerCase();
  let de = 0;
  let en = 0;
  for (const w of sample.split(/[^\p{L}]+/u)) {
    if (GERMAN.has(w)) de++;
    if (ENGLISH.has(w)) en++;
  }
  de += (sample.match(/[äöüß]/g)?.length ?? 0) / 4;
  return de > en ? 'de' : 'en';
}
