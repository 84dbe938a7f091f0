/**
 * Independence, the rule that makes "corroborated" mean something: evidence counts only when it
 * comes from someone other than the claim's own speakers, their relays and the organisations they
 * speak for. An agency repeating the same minister is the same claim twice, not a second
 * confirmation. Plain functions over ids: the review workflow, the evidence list and the
 * corroboration candidates all decide with these.
 */
import type { AttributionRole } from '../common/vocabulary';

/** Roles whose sources originate a claim; a relay only passes it on. */
const ORIGINATING_ROLES: readonly AttributionRole[] = ['speaker', 'anonymous'];

export interface Cited {
  sourceId: number;
  role: AttributionRole;
}

/** Each source together with the organisation it speaks for. */
export function withAffiliations(sourceIds: readonly number[], affiliations: ReadonlyMap<number, number | null>): number[] {
  const circle = new Set(sourceIds);
  for (const id of sourceIds) {
    const affiliation = affiliations.get(id);
    if (affiliation !== undefined && affiliation !== null) circle.add(affiliation);
  }
  return [...circle];
}

/** The sources a claim cannot be corroborated by: everyone it is attributed to (speakers, relays, anonymous circles) and their organisations. */
export function claimCircle(attributions: readonly Cited[], affiliations: ReadonlyMap<number, number | null>): Set<number> {
  return new Set(withAffiliations(attributions.map((a) => a.sourceId), affiliations));
}

/** Who stands behind a claim: its speakers and anonymous sources, else whoever is named (a relay only). Without affiliations. */
export function originatingSources(attributions: readonly Cited[]): number[] {
  const originators = attributions.filter((a) => ORIGINATING_ROLES.includes(a.role));
  return (originators.length ? originators : attributions).map((a) => a.sourceId);
}

/** Who stands behind a piece of evidence: the source that published it, or the originators of the claim it links to. Without affiliations. */
export function evidencePublishers(evidence: { sourceId: number | null; linkedClaimOriginators: readonly number[] }): number[] {
  return [...(evidence.sourceId !== null ? [evidence.sourceId] : []), ...evidence.linkedClaimOriginators];
}

/** Sources independent of a claim: someone stands behind them, and none of them is in the claim's circle. */
export function isIndependent(sourceIds: readonly number[], claimCircle: ReadonlySet<number>): boolean {
  return sourceIds.length > 0 && sourceIds.every((id) => !claimCircle.has(id));
}
