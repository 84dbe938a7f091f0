/**
 * The product's public vocabulary (DESIGN.md "Domain"): the values the API, the exports, the desk and
 * the extractor all speak. Plain constants with no behaviour, kept below every feature so that the
 * pure extractor, the sources and the claims can share them without importing each other.
 */

export const CLAIM_KINDS = ['statistic', 'event', 'quote', 'statement', 'prediction'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** `extracted`: found by the extractor; `manual`: marked by a person. */
export const CLAIM_ORIGINS = ['extracted', 'manual'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

/** `speaker`: who said it; `relay`: who reported that they said it (an agency); `anonymous`: an unnamed circle. */
export const ATTRIBUTION_ROLES = ['speaker', 'relay', 'anonymous'] as const;
export type AttributionRole = (typeof ATTRIBUTION_ROLES)[number];

export const EVIDENCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

export const CLAIM_STATUSES = ['unverified', 'in_review', 'corroborated', 'disputed', 'inconclusive'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICTS = ['corroborated', 'disputed', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const isVerdictStatus = (status: ClaimStatus): status is Verdict => (VERDICTS as readonly string[]).includes(status);

/** Statuses that still need a checker: the open backlog. */
export const OPEN_STATUSES: readonly ClaimStatus[] = ['unverified', 'in_review'];

/**
 * Who a claim can be attributed to. `organization` and `company` are the bodies that are none of the
 * specific kinds: a party, a union, an NGO, a hospital; a carmaker, a chipmaker, a consultancy.
 */
export const SOURCE_TYPES = [
  'person',
  'intelligence_agency',
  'news_agency',
  'government',
  'international_organization',
  'military',
  'media_outlet',
  'organization',
  'company',
  'anonymous',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Roles are ranked: each may do what the ones below it may. */
export const ROLES = ['viewer', 'checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/** The caller of a request, as services and the pure rules see it. */
export interface Actor {
  id: number;
  role: Role;
  displayName: string;
}

/** The languages the desk speaks (DESIGN.md: a user's preferred language). */
export const USER_LANGUAGES = ['de', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];
