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
async function withAffiliations(manager: EntityManager, sourceIds: number[]): Promise<Set<number>> {
  const affiliations = await affiliationsOf(manager, sourceIds);
  const circle = new Set(sourceIds);
  for (const affiliation of affiliations.values()) if (affiliation !== null) circle.add(affiliation);
  return circle;
}

/** The sources a claim cannot be corroborated by: its speakers, relays and their organisations. */
export async function claimCircle(manager: EntityManager, claimId: number): Promise<Set<number>> {
  const attributions = await manager.getRepository(AttributionEntity).find({ where: { claimId }, select: { sourceId: true } });
  return withAffiliations(manager, attributions.map((a) => a.sourceId));
}

/** Who stands behind a piece of evidence: its publisher, or the originators of the claim it links to. */
async function publishersOf(manager: EntityManager, evidence: EvidenceEntity): Promise<number[]> {
  const ids: number[] = evidence.sourceId !== null ? [evidence.sourceId] : [];
  if (evidence.linkedClaimId !== null) {
    const linked = await manager.getRepository(AttributionEntity).find({ where: { claimId: evidence.linkedClaimId }, select: { sourceId: true, role: true } });
    const originators = linked.filter((a) => ORIGINATING_ROLES.includes(a.role));
    ids.push(...(originators.length ? originators : linked).map((a) => a.sourceId));
  }
  return [...(await withAffiliations(manager, ids))];
}

export async function evidenceForVerdict(manager: EntityManager, claimId: number): Promise<{ evidence: EvidenceForVerdict[]; circle: Set<number> }> {
  const rows = await manager.getRepository(EvidenceEntity).find({ where: { claimId }, order: { id: 'ASC' } });
  const evidence = await Promise.all(rows.map(async (row) => ({ id: row.id, stance: row.stance, publisherIds: await publishersOf(manager, row) })));
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
  return Promise.all(
    rows.map(async (row) => {
      const source = row.sourceId !== null ? sources.get(row.sourceId) : undefined;
      const linkedClaim = row.linkedClaimId !== null ? linked.get(row.linkedClaimId) : undefined;
      const publisherIds = await publishersOf(manager, row);
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
    }),
  );
}
