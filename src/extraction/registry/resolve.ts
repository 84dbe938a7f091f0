import { REGISTRY_DATA } from './registry-data';
import type { InstitutionKind, RegistrySource } from './registry-types';
import { stemKey, stemWords } from './keys';

/**
 * Look-ups into the curated registry, all by inflection-insensitive stem keys and built once at
 * load: by exact name, by word n-gram inside a longer phrase, and by (country, institution kind).
 */
const BY_KEY = new Map<string, RegistrySource>();
const BY_ID = new Map<string, RegistrySource>();
const BY_INSTITUTION = new Map<string, RegistrySource>();
/** Keys that only acronyms produce (`DIA`, `NIS`): they match a word written in capitals, never `Dias`. */
const ACRONYM_ONLY = new Set<string>();
const SPELLED_KEYS = new Set<string>();
const ACRONYM = /^[\p{Lu}\d&]{2,7}$/u;
let maxAliasWords = 1;

for (const entry of REGISTRY_DATA) {
  BY_ID.set(entry.id, entry);
  for (const name of [entry.name, ...entry.aliases]) {
    const key = stemKey(name);
    if (!key) continue;
    if (ACRONYM.test(name)) ACRONYM_ONLY.add(key);
    else SPELLED_KEYS.add(key);
    // The first entry claiming a key keeps it: organisations are listed before the people whose
    // short names might collide with them.
    if (!BY_KEY.has(key)) BY_KEY.set(key, entry);
    maxAliasWords = Math.max(maxAliasWords, key.split(' ').length);
  }
  if (entry.institution && entry.country) BY_INSTITUTION.set(`${entry.country}:${entry.institution}`, entry);
}
for (const key of SPELLED_KEYS) ACRONYM_ONLY.delete(key);

/** A surface word written as an acronym (`DIA`, `DIA's`, `NGOs`), not a name in title case (`Dias`). */
function inCapitals(word: string): boolean {
  return /^[\p{Lu}\d&.]{2,}(?:s|['’]s)?$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

export function registrySources(): readonly RegistrySource[] {
  return REGISTRY_DATA;
}

export function registryById(id: string | null | undefined): RegistrySource | null {
  return id ? (BY_ID.get(id) ?? null) : null;
}

export function institutionOf(country: string | null, kind: InstitutionKind): RegistrySource | null {
  return country ? (BY_INSTITUTION.get(`${country}:${kind}`) ?? null) : null;
}

export interface RegistryHit {
  /** Word index range [start, end) in the scanned stem list. */
  start: number;
  end: number;
  entry: RegistrySource;
}

/**
 * Longest-first, non-overlapping registry names inside a list of stemmed words. `surfaces`, when
 * given, are the words as written (aligned with `stems`): an acronym-only key then needs capitals.
 */
export function scanRegistry(stems: readonly string[], surfaces?: readonly string[]): RegistryHit[] {
  const hits: RegistryHit[] = [];
  let i = 0;
  while (i < stems.length) {
    let found: RegistryHit | null = null;
    for (let len = Math.min(maxAliasWords, stems.length - i); len >= 1; len--) {
      const key = len === 1 ? stems[i] : stems.slice(i, i + len).join(' ');
      const entry = BY_KEY.get(key);
      if (entry && len === 1 && surfaces && ACRONYM_ONLY.has(key) && !inCapitals(surfaces[i] ?? '')) continue;
      if (entry) {
        found = { start: i, end: i + len, entry };
        break;
      }
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else i++;
  }
  return hits;
}

/**
 * A registry source by any name or alias, case-, accent- and inflection-insensitive
 * (`des südkoreanischen Geheimdienstes` -> National Intelligence Service). A longer phrase that
 * contains exactly one registered name (`NATO-Sprecherin Farah Dakhlallah`) resolves to the most
 * specific one: a person before an organisation.
 */
export function resolveRegistrySource(name: string): RegistrySource | null {
  const key = stemKey(name);
  const direct = BY_KEY.get(key);
  if (direct && (!ACRONYM_ONLY.has(key) || name.split(/[\s-]+/).some(inCapitals))) return direct;
  const stems = stemWords(name);
  // Words as written, aligned with the stems when every word gives one stem (else acronyms are checked on the whole name).
  const written = name.replace(/(?<!\p{L})(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '')).split(/[\s-]+/).filter((w) => stemWords(w).length > 0);
  const hits = scanRegistry(stems, written.length === stems.length ? written : stems.map(() => (name.split(/[\s-]+/).some(inCapitals) ? 'XX' : '')));
  if (hits.length === 0) return null;
  const personHit = hits.find((h) => h.entry.type === 'person');
  if (personHit) return personHit.entry;
  return hits.length === 1 ? hits[0].entry : null;
}
