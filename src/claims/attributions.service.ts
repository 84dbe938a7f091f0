import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/roles';
import { ConflictError, NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { contributionOf, DeskTallies } from '../dashboard/desk-tallies';
import { ReviewHistory } from '../review/review-history';
import { SourceEntity } from '../sources/source.entity';
import { AttributionEntity } from './attribution.entity';
import type { ClaimResponseDto, CreateAttributionDto } from './claim.dto';
import { ClaimWriter } from './claim-writer';
import { ClaimsService } from './claims.service';

@Injectable()
export class AttributionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writer: ClaimWriter,
    private readonly history: ReviewHistory,
    private readonly claims: ClaimsService,
    private readonly tallies: DeskTallies,
  ) {}

  async attribute(claimId: number, input: CreateAttributionDto, actor: Actor): Promise<ClaimResponseDto> {
    return this.transactions.run(async (manager) => {
      const claim = await this.writer.loadForChange(manager, claimId, input.version);
      const source = await manager.getRepository(SourceEntity).findOneBy({ id: input.sourceId });
      if (!source) throw new NotFoundError('Source', input.sourceId);
      if (source.mergedIntoId !== null) {
        throw new RuleViolationError('source-merged', `Source ${source.id} was merged into source ${source.mergedIntoId}: attribute to that one.`);
      }
      const attributions = manager.getRepository(AttributionEntity);
      if (await attributions.existsBy({ claimId, sourceId: source.id, role: input.role })) {
        throw new ConflictError(`The claim is already attributed to ${source.name} as ${input.role}.`);
      }
      const saved = await attributions.save({ claimId, sourceId: source.id, role: input.role, cue: input.cue?.trim() || null, createdAt: isoNow() });
      await this.tallies.attributionChanged(manager, source.id, contributionOf(claim), 1);
      await this.history.append(manager, {
        claimId, action: 'attribution_added', actorId: actor.id,
        details: { attributionId: saved.id, sourceId: source.id, sourceName: source.name, role: input.role, cue: saved.cue },
      });
      return this.claims.getClaim(claimId, manager);
    });
  }

  async removeAttribution(claimId: number, attributionId: number, actor: Actor, version?: number): Promise<ClaimResponseDto> {
    return this.transactions.run(async (manager) => {
      const claim = await this.writer.loadForChange(manager, claimId, version);
      const attributions = manager.getRepository(AttributionEntity);
      const attribution = await attributions.findOneBy({ id: attributionId, claimId });
      if (!attribution) throw new NotFoundError('Attribution', attributionId);
      await attributions.delete({ id: attributionId });
      await this.tallies.attributionChanged(manager, attribution.sourceId, contributionOf(claim), -1);
      await this.history.append(manager, {
        claimId, action: 'attribution_removed', actorId: actor.id,
        details: { attributionId, sourceId: attribution.sourceId, role: attribution.role, cue: attribution.cue },
      });
      return this.claims.getClaim(claimId, manager);
    });
  }
}
