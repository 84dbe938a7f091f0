import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AttributionEntity } from '../claims/attribution.entity';
import type { ClaimStatus } from '../common/vocabulary';
import { OPEN_STATUSES } from '../common/vocabulary';
import { DeskTallyEntity, TallyScope } from './desk-tally.entity';

/** What a claim contributes to the tallies it is counted in. */
export interface TallyContribution {
  status: ClaimStatus;
  awaitingApproval: boolean;
}

type CountedProperty = 'claims' | 'unverified' | 'inReview' | 'corroborated' | 'disputed' | 'inconclusive' | 'open' | 'awaitingApproval';
type Deltas = Partial<Record<CountedProperty, number>>;

const STATUS_PROPERTY: Record<ClaimStatus, CountedProperty> = {
  unverified: 'unverified', in_review: 'inReview', corroborated: 'corroborated', disputed: 'disputed', inconclusive: 'inconclusive',
};
const COLUMN: Record<CountedProperty, string> = {
  claims: 'claims', unverified: 'unverified', inReview: 'in_review', corroborated: 'corroborated', disputed: 'disputed',
  inconclusive: 'inconclusive', open: 'open', awaitingApproval: 'awaiting_approval',
};

function deltasOf(contribution: TallyContribution, sign: 1 | -1, into: Deltas = {}): Deltas {
  const add = (property: CountedProperty) => (into[property] = (into[property] ?? 0) + sign);
  add('claims');
  add(STATUS_PROPERTY[contribution.status]);
  if (OPEN_STATUSES.includes(contribution.status)) add('open');
  if (contribution.awaitingApproval) add('awaitingApproval');
  return into;
}

function changesIn(deltas: Deltas): [CountedProperty, number][] {
  return (Object.entries(deltas) as [CountedProperty, number][]).filter(([, delta]) => delta !== 0);
}

const hasChange = (deltas: Deltas): boolean => changesIn(deltas).length > 0;

/**
 * Keeps the desk tallies in step with claims, inside the caller's transaction. Every change is a
 * relative update (count = count + n) on a row created on first use, so two transactions touching
 * the same tally never overwrite each other's counts.
 */
@Injectable()
export class DeskTallies {
  /**
   * Claims join the desk with their first attributions (one claim, or an article's whole extraction):
   * one update per tally row, whatever the number of claims, each source counted once per claim citing it.
   */
  async claimsAdded(manager: EntityManager, articleId: number, sourceIdsPerClaim: number[][], contribution: TallyContribution): Promise<void> {
    if (sourceIdsPerClaim.length === 0) return;
    const times = (n: number): Deltas => Object.fromEntries(changesIn(deltasOf(contribution, 1)).map(([property, delta]) => [property, delta * n]));
    await this.apply(manager, this.targets(articleId, []), times(sourceIdsPerClaim.length));
    const citingClaims = new Map<number, number>();
    for (const sourceIds of sourceIdsPerClaim) for (const id of new Set(sourceIds)) citingClaims.set(id, (citingClaims.get(id) ?? 0) + 1);
    const sourcesByCount = new Map<number, number[]>();
    for (const [id, count] of citingClaims) sourcesByCount.set(count, [...(sourcesByCount.get(count) ?? []), id]);
    for (const [count, ids] of sourcesByCount) await this.apply(manager, ids.map((scopeId) => ({ scope: 'source' as const, scopeId })), times(count));
  }

  /** A claim's status or approval changed: take it out as it was, count it in as it is. */
  async claimChanged(manager: EntityManager, claim: { id: number; articleId: number }, before: TallyContribution, after: TallyContribution): Promise<void> {
    const deltas = deltasOf(after, 1, deltasOf(before, -1));
    // A reassign leaves every count as it was: then the claim's sources need no lookup.
    if (!hasChange(deltas)) return;
    const attributions = await manager.getRepository(AttributionEntity).find({ where: { claimId: claim.id }, select: { sourceId: true } });
    await this.apply(manager, this.targets(claim.articleId, attributions.map((a) => a.sourceId)), deltas);
  }

  /** A source starts or stops being cited for a claim. */
  attributionChanged(manager: EntityManager, sourceId: number, contribution: TallyContribution, sign: 1 | -1): Promise<void> {
    return this.apply(manager, [{ scope: 'source', scopeId: sourceId }], deltasOf(contribution, sign));
  }

  private targets(articleId: number, sourceIds: number[]): { scope: TallyScope; scopeId: number }[] {
    return [
      { scope: 'desk', scopeId: 0 },
      { scope: 'article', scopeId: articleId },
      ...[...new Set(sourceIds)].map((scopeId) => ({ scope: 'source' as const, scopeId })),
    ];
  }

  private async apply(manager: EntityManager, targets: { scope: TallyScope; scopeId: number }[], deltas: Deltas): Promise<void> {
    const changed = changesIn(deltas);
    if (changed.length === 0) return;
    const set = Object.fromEntries(changed.map(([property, delta]) => [property, () => `${COLUMN[property]} + ${delta}`]));
    for (const target of targets) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(DeskTallyEntity)
        .values({ ...target, claims: 0, unverified: 0, inReview: 0, corroborated: 0, disputed: 0, inconclusive: 0, open: 0, awaitingApproval: 0 })
        .orIgnore()
        .execute();
      await manager.createQueryBuilder().update(DeskTallyEntity).set(set).where('scope = :scope AND scope_id = :scopeId', target).execute();
    }
  }
}

export const contributionOf = (claim: { status: ClaimStatus; verdictAt: string | null; approvedAt: string | null }): TallyContribution => ({
  status: claim.status,
  awaitingApproval: claim.verdictAt !== null && claim.approvedAt === null,
});
