import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/roles';
import { AttributionEntity } from '../claims/attribution.entity';
import { RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { recountSourceTallies } from '../dashboard/tally-counts';
import { ReviewHistory } from '../review/review-history';
import type { MergeResultDto } from './source.dto';
import { SourceEntity } from './source.entity';
import { mapSources } from './source.mapper';
import { SourceAliasEntity } from './source-alias.entity';
import { SourceMergeEntity } from './source-merge.entity';
import { SourcesService } from './sources.service';

/**
 * Two records that are the same source become one: attributions, evidence, members and aliases
 * follow the surviving record; the merged one stays (pointing to it) so old links still resolve,
 * and every affected claim's history says what happened.
 */
@Injectable()
export class SourceMergeService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly transactions: TransactionRunner,
    private readonly sources: SourcesService,
    private readonly history: ReviewHistory,
  ) {}

  async mergeSources(fromId: number, intoId: number, actor: Actor): Promise<MergeResultDto> {
    if (fromId === intoId) throw new RuleViolationError('merge-two-sources', 'A source cannot be merged into itself.');
    const result = await this.transactions.run(async (manager) => {
      const from = await this.sources.findLive(manager, fromId);
      const into = await this.sources.findLive(manager, intoId);
      const affectedClaims = await this.moveAttributions(manager, from, into);
      await recountSourceTallies(manager, [from.id, into.id]);
      const evidence = await manager.getRepository(EvidenceEntity).update({ sourceId: from.id }, { sourceId: into.id });
      await this.moveMembersAndAliases(manager, from, into);
      const now = isoNow();
      await manager.getRepository(SourceEntity).update({ id: from.id }, { mergedIntoId: into.id, affiliationId: null, updatedAt: now });
      await manager.getRepository(SourceEntity).update({ mergedIntoId: from.id }, { mergedIntoId: into.id });
      await manager.getRepository(SourceEntity).update({ id: into.id }, { updatedAt: now });
      const movedEvidence = evidence.affected ?? 0;
      await manager.getRepository(SourceMergeEntity).insert({
        fromSourceId: from.id, intoSourceId: into.id, fromName: from.name, actorId: actor.id, movedAttributions: affectedClaims.length, movedEvidence, createdAt: now,
      });
      for (const claimId of affectedClaims) {
        await this.history.append(manager, {
          claimId, action: 'source_merged', actorId: actor.id,
          note: `Source "${from.name}" (${from.id}) was merged into "${into.name}" (${into.id}).`,
          details: { fromSourceId: from.id, intoSourceId: into.id },
        });
      }
      return { intoId: into.id, movedAttributions: affectedClaims.length, movedEvidence };
    });
    const into = await this.manager.getRepository(SourceEntity).findOneByOrFail({ id: result.intoId });
    return { source: (await mapSources(this.manager, [into]))[0], movedAttributions: result.movedAttributions, movedEvidence: result.movedEvidence };
  }

  /** Returns the claims whose attributions changed. A claim attributed to both in the same role keeps one. */
  private async moveAttributions(manager: EntityManager, from: SourceEntity, into: SourceEntity): Promise<number[]> {
    const attributions = manager.getRepository(AttributionEntity);
    const moving = await attributions.find({ where: { sourceId: from.id }, order: { id: 'ASC' } });
    for (const attribution of moving) {
      const duplicate = await attributions.existsBy({ claimId: attribution.claimId, sourceId: into.id, role: attribution.role });
      if (duplicate) await attributions.delete({ id: attribution.id });
      else await attributions.update({ id: attribution.id }, { sourceId: into.id });
    }
    return [...new Set(moving.map((a) => a.claimId))];
  }

  private async moveMembersAndAliases(manager: EntityManager, from: SourceEntity, into: SourceEntity): Promise<void> {
    await manager.getRepository(SourceEntity).update({ affiliationId: from.id }, { affiliationId: into.id });
    if (into.affiliationId === from.id) await manager.getRepository(SourceEntity).update({ id: into.id }, { affiliationId: null });
    const aliases = manager.getRepository(SourceAliasEntity);
    const known = new Set([into.nameKey, ...(await aliases.findBy({ sourceId: into.id })).map((a) => a.aliasKey)]);
    const incoming = [{ alias: from.name, aliasKey: from.nameKey }, ...(await aliases.findBy({ sourceId: from.id }))];
    await aliases.delete({ sourceId: from.id });
    for (const { alias, aliasKey } of incoming) {
      if (known.has(aliasKey)) continue;
      known.add(aliasKey);
      await aliases.insert({ sourceId: into.id, alias, aliasKey });
    }
  }
}
