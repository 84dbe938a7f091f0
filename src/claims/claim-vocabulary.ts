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
