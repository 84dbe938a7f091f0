import type { SourceType } from '../../common/vocabulary';
import { institutionOf, registryById } from '../registry/resolve';
import type { RegistrySource } from '../registry/registry-types';
import type { AffiliationRef, SourceRef } from '../types';

/** Builders for SourceRef values, from the registry or from what the text says. */
const REGISTRY_REFS = new Map<string, SourceRef>();

/** The SourceRef of a registry entry; shared between claims, so treat it as read-only. */
export function refFromRegistry(entry: RegistrySource, affiliation?: SourceRef | null): SourceRef {
  if (affiliation === undefined || affiliation === null) {
    let ref = REGISTRY_REFS.get(entry.id);
    if (!ref) {
      ref = buildRegistryRef(entry, null);
      REGISTRY_REFS.set(entry.id, ref);
    }
    return ref;
  }
  return buildRegistryRef(entry, affiliation);
}

function buildRegistryRef(entry: RegistrySource, affiliation: SourceRef | null): SourceRef {
  const registryAffiliation = registryById(entry.affiliationId);
  const aff = affiliation !== null ? toAffiliation(affiliation) : registryAffiliation ? toAffiliation(registryAffiliation) : null;
  return { name: entry.name, type: entry.type, country: entry.country, aliases: [...entry.aliases], affiliation: aff, registryId: entry.id };
}

export function guessedRef(name: string, type: SourceType, country: string | null, affiliation: SourceRef | null = null): SourceRef {
  return { name, type, country, aliases: [], affiliation: affiliation ? toAffiliation(affiliation) : null, registryId: null };
}

export function toAffiliation(ref: SourceRef | RegistrySource): AffiliationRef {
  return { name: ref.name, type: ref.type, country: ref.country, aliases: [...ref.aliases] };
}

/** A person with the organisation the text names them with (which wins over the registry's). */
export function withAffiliation(person: SourceRef, org: SourceRef | null): SourceRef {
  if (!org || org.type === 'anonymous' || org.type === 'person') return person;
  return { ...person, affiliation: toAffiliation(org), country: person.country ?? org.country };
}

/** The government a country name stands for (`Russland weist zurück`), registered or not. */
export function governmentOf(country: string, surface: string): SourceRef {
  const entry = institutionOf(country, 'government');
  return entry ? refFromRegistry(entry) : guessedRef(surface, 'government', country);
}

export function sameSource(a: SourceRef, b: SourceRef): boolean {
  if (a === b) return true;
  if (a.registryId || b.registryId) return a.registryId === b.registryId;
  return a.name === b.name || (a.name.length === b.name.length && a.name.toLowerCase() === b.name.toLowerCase());
}
