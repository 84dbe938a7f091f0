/**
 * Public API of the attribution extractor: plain functions over plain data, no framework, no I/O.
 * The service calls extractClaims(); the CLI and the evaluation script use the same entry points.
 */
import { detectLanguage as detect } from './analysis/language';
import { extractClaims as extract } from './extractor';
import { registrySources, resolveRegistrySource as resolve } from './registry/resolve';
import type { RegistrySource } from './registry/registry-types';
import type { ExtractionLanguage, ExtractionResult } from './types';

export type {
  AffiliationRef,
  ExtractedAttribution,
  ExtractedClaim,
  ExtractionLanguage,
  ExtractionOptions,
  ExtractionResult,
  HeadlineCheck,
  SourceRef,
} from './types';
export type { InstitutionKind, RegistrySource, RoleClass } from './registry/registry-types';

/** Claims of `text` with their attributions; the language is detected when not given. */
export function extractClaims(text: string, options?: { language?: ExtractionLanguage; title?: string }): ExtractionResult {
  return extract(text, options);
}

export function detectLanguage(text: string): ExtractionLanguage {
  return detect(text);
}

/** The curated registry of well-known sources. */
export function sourceRegistry(): readonly RegistrySource[] {
  return registrySources();
}

/** A registry source by any name or alias, case-, accent- and inflection-insensitive; null if unknown. */
export function resolveRegistrySource(name: string): RegistrySource | null {
  return resolve(name);
}
