/**
 * Public API of the attribution extractor: plain functions over plain data, no framework, no I/O.
 * The service calls extractClaims(); the CLI and the evaluation script use the same entry points.
 */
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
export { extractClaims } from './extractor';
export { detectLanguage } from './analysis/language';
/** sourceRegistry(): the curated registry of well-known sources; resolveRegistrySource() looks one up by any name or alias. */
export { registrySources as sourceRegistry, resolveRegistrySource } from './registry/resolve';
