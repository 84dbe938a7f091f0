import { EntityManager, In } from 'typeorm';
import { AttributionEntity } from '../claims/attribution.entity';
import { ClaimEntity } from '../claims/claim.entity';
import type { EvidenceForVerdict } from '../review/workflow';
import { isIndependentOf } from '../review/workflow';
import { SourceEntity } from '../sources/source.entity';
import type { EvidenceResponseDto } from './evidence.dto';
import { EvidenceEntity } from './evidence.entity';

/** Roles whose sources originate a claim; a relay only passes it on. */
const ORIGINATING_ROLES = ['speaker', 'anonymous'];

async function affiliationsOf(manager: EntityManager, sourceIds: number[]): Promise<Map<number, number | null>> {
  if (sourceIds.length === 0) return new Map();
  const sources = await manager.getRepository(SourceEntity).find({ where: { id: In(sourceIds) }, select: { id: true, affiliationId: true } });
  return new Map(sources.map((source) => [source.id, source.affiliationId]));
}

/** Each id together with the organisation it belongs to: a spokesperson speaks for their organisation. */
function addAffiliations(sourceIds: number[], affiliations: Map<number, number | null>): number[] {
  const circle = new Set(sourceIds);
  for (const id of sourceIds) {
    const affiliation = affiliations.get(id);
    if (affiliation !== undefined && affiliation !== null) circle.add(affiliation);
  }
  return [...circle];
}

/** The sources a claim cannot be corroborated by: its speakers, relays and their organisations. */
export async function claimCircle(manager: EntityManager, claimId: number): Promise<Set<number>> {
  const attributions = await manager.getRepository(AttributionEntity).find({ where: { claimId }, select: { sourceId: true } });
  const ids = attributions.map((a) => a.sourceId);
  return new Set(addAffiliations(ids, await affiliationsOf(manager, ids)));
}

/** Who originates each claim: its speakers and anonymous circles, else whoever is named (a relay only). One query for any number of claims. */
async function originatingSources(manager: EntityManager, claimIds: number[]): Promise<Map<number, number[]>> {
  const byClaim = new Map<number, AttributionEntity[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length > 0) {
    const rows = await manager.getRepository(AttributionEntity).find({ where: { claimId: In(claimIds) }, select: { claimId: true, sourceId: true, role: true }, order: { id: 'ASC' } });
    for (const row of rows) byClaim.get(row.claimId)?.push(row);
  }
  return new Map(
    [...byClaim].map(([claimId, attributions]) => {
      const originators = attributions.filter((a) => ORIGINATING_ROLES.includes(a.role));
      return [claimId, (originators.length ? originators : attributions).map((a) => a.sourceId)];
    }),
  );
}

/** The originators of each claim with their organisations (corroboration candidates compare these): two queries in all. */
export async function originatorsOf(manager: EntityManager, claimIds: number[]): Promise<Map<number, number[]>> {
  const originating = await originatingSources(manager, claimIds);
  const affiliations = await affiliationsOf(manager, [...new Set([...originating.values()].flat())]);
  return new Map([...originating].map(([claimId, ids]) => [claimId, addAffiliations(ids, affiliations)]));
}

/** Who stands behind each piece of evidence: its publisher, or the originators of the claim it links to; three queries in all. */
async function publishersOf(manager: EntityManager, rows: EvidenceEntity[]): Promise<Map<number, number[]>> {
  const linked = await originatingSources(manager, [...new Set(rows.map((row) => row.linkedClaimId).filter((id): id is number => id !== null))]);
  const named = new Map(rows.map((row) => [row.id, [...(row.sourceId !== null ? [row.sourceId] : []), ...(row.linkedClaimId !== null ? linked.get(row.linkedClaimId)! : [])]]));
  const affiliations = await affiliationsOf(manager, [...new Set([...named.values()].flat())]);
  return new Map([...named].map(([evidenceId, ids]) => [evidenceId, addAffiliations(ids, affiliations)]));
}

export async function evidenceForVerdict(manager: EntityManager, claimId: number): Promise<{ evidence: EvidenceForVerdict[]; circle: Set<number> }> {
  const rows = await manager.getRepository(EvidenceEntity).find({ where: { claimId }, order: { id: 'ASC' } });
  const publishers = await publishersOf(manager, rows);
  const evidence = rows.map((row) => ({ id: row.id, stance: row.stance, publisherIds: publishers.get(row.id)! }));
  return { evidence, circle: await claimCircle(manager, claimId) };
}

/** A claim's evidence as the API shows it; `evidenceId` narrows it to one piece (just added, say). */
export async function listEvidence(manager: EntityManager, claimId: number, evidenceId?: number): Promise<EvidenceResponseDto[]> {
  const rows = await manager.getRepository(EvidenceEntity).find({ where: { claimId, ...(evidenceId !== undefined ? { id: evidenceId } : {}) }, order: { id: 'ASC' } });
  if (rows.length === 0) return [];
  const circle = await claimCircle(manager, claimId);
  const sourceIds = rows.map((row) => row.sourceId).filter((id): id is number => id !== null);
  const linkedIds = rows.map((row) => row.linkedClaimId).filter((id): id is number => id !== null);
  const sources = new Map((await manager.getRepository(SourceEntity).findBy({ id: In(sourceIds) })).map((s) => [s.id, s]));
  const linked = new Map((await manager.getRepository(ClaimEntity).find({ where: { id: In(linkedIds) }, select: { id: true, articleId: true, text: true } })).map((c) => [c.id, c]));
  const publishers = await publishersOf(manager, rows);
  return rows.map((row) => {
    const source = row.sourceId !== null ? sources.get(row.sourceId) : undefined;
    const linkedClaim = row.linkedClaimId !== null ? linked.get(row.linkedClaimId) : undefined;
    const publisherIds = publishers.get(row.id)!;
    return {
      id: row.id,
      claimId: row.claimId,
      stance: row.stance,
      url: row.url,
      note: row.note,
      linkedClaim: linkedClaim ? { id: linkedClaim.id, articleId: linkedClaim.articleId, text: linkedClaim.text } : null,
      source: source ? { id: source.id, name: source.name, type: source.type } : null,
      independent: isIndependentOf({ id: row.id, stance: row.stance, publisherIds }, circle),
      createdById: row.createdById,
      createdAt: row.createdAt,
    };
  });
}
