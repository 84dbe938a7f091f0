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
let maxAliasWords = 1;

for (const entry of REGISTRY_DATA) {
  BY_ID.set(entry.id, entry);
  for (const name of [entry.name, ...entry.aliases]) {
    const key = stemKey(name);
    if (!key) continue;
    // The first entry claiming a key keeps it: organisations are listed before the people whose
    // short names might collide with them.
    if (!BY_KEY.has(key)) BY_KEY.set(key, entry);
    maxAliasWords = Math.max(maxAliasWords, key.split(' ').length);
  }
  if (entry.institution && entry.country) BY_INSTITUTION.set(`${entry.country}:${entry.institution}`, entry);
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

/** Longest-first, non-overlapping registry names inside a list of stemmed words. */
export function scanRegistry(stems: readonly string[]): RegistryHit[] {
  const hits: RegistryHit[] = [];
  let i = 0;
  while (i < stems.length) {
    let found: RegistryHit | null = null;
    for (let len = Math.min(maxAliasWords, stems.length - i); len >= 1; len--) {
      const entry = BY_KEY.get(stems.slice(i, i + len).join(' '));
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
  const direct = BY_KEY.get(stemKey(name));
  if (direct) return direct;
  const hits = scanRegistry(stemWords(name));
  if (hits.length === 0) return null;
  const personHit = hits.find((h) => h.entry.type === 'person');
  if (personHit) return personHit.entry;
  return hits.length === 1 ? hits[0].entry : null;
}
