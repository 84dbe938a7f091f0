export const CLAIM_STATUSES = ['unverified', 'in_review', 'corroborated', 'disputed', 'inconclusive'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICTS = ['corroborated', 'disputed', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const isVerdictStatus = (status: ClaimStatus): status is Verdict => (VERDICTS as readonly string[]).includes(status);

/** Statuses that still need a checker: the open backlog. */
export const OPEN_STATUSES: readonly ClaimStatus[] = ['unverified', 'in_review'];
