import { Injectable } from '@nestjs/common';
import { ClaimsRepository } from '../claims/claims.repository';
import type { WriteTx } from '../database/write-tx';
import { SourcesService } from '../sources/sources.service';
import type { EvidenceEntity } from './evidence.entity';
import { EvidenceRepository } from './evidence.repository';
import { claimCircle, evidencePublishers, isIndependent, originatingSources, withAffiliations } from './independence';

/** A piece of evidence with who stands behind it and whether that is independent of the claim. */
export interface WeighedEvidence {
  row: EvidenceEntity;
  publisherIds: number[];
  independent: boolean;
}

/**
 * Gathers what the independence rule decides on — the claim's attributions, the evidence, the
 * claims it links to and every source's organisation — in a fixed number of queries, and lets the
 * pure rule (independence.ts) decide.
 */
@Injectable()
export class EvidenceBasis {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly claims: ClaimsRepository,
    private readonly sources: SourcesService,
  ) {}

  /** The claim's evidence (or one piece of it), each weighed against the claim's circle. */
  async weigh(claimId: number, tx?: WriteTx, onlyEvidenceId?: number): Promise<{ circle: Set<number>; evidence: WeighedEvidence[] }> {
    const rows = (await this.evidence.ofClaim(claimId, tx)).filter((row) => onlyEvidenceId === undefined || row.id === onlyEvidenceId);
    const linkedIds = rows.map((row) => row.linkedClaimId).filter((id): id is number => id !== null);
    const attributions = await this.claims.attributionsOf([claimId, ...linkedIds], tx);
    const named = rows.map((row) => evidencePublishers({ sourceId: row.sourceId, linkedClaimOriginators: row.linkedClaimId !== null ? originatingSources(attributions.get(row.linkedClaimId) ?? []) : [] }));
    const own = attributions.get(claimId) ?? [];
    const affiliations = await this.sources.affiliationsOf([...own.map((a) => a.sourceId), ...named.flat()], tx);
    const circle = claimCircle(own, affiliations);
    return {
      circle,
      evidence: rows.map((row, index) => {
        const publisherIds = withAffiliations(named[index], affiliations);
        return { row, publisherIds, independent: isIndependent(publisherIds, circle) };
      }),
    };
  }

  /** Who stands behind each claim (its originators and their organisations), for comparing claims. */
  async originatorsOf(claimIds: readonly number[]): Promise<Map<number, number[]>> {
    const attributions = await this.claims.attributionsOf(claimIds);
    const originating = new Map([...attributions].map(([claimId, cited]) => [claimId, originatingSources(cited)]));
    const affiliations = await this.sources.affiliationsOf([...originating.values()].flat());
    return new Map([...originating].map(([claimId, ids]) => [claimId, withAffiliations(ids, affiliations)]));
  }

  /** The claim's circle alone. */
  async circleOf(claimId: number): Promise<Set<number>> {
    const own = (await this.claims.attributionsOf([claimId])).get(claimId) ?? [];
    return claimCircle(own, await this.sources.affiliationsOf(own.map((a) => a.sourceId)));
  }
}
