import { Injectable } from '@nestjs/common';
import { NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import type { WriteTx } from '../database/write-tx';
import type { MergeResultDto } from './source.dto';
import type { SourceEntity } from './source.entity';
import { MergeReport, SourceMerged } from './source-events';
import { distinctAliases, SOURCES_LOCK } from './sources.service';
import { SourcesRepository } from './sources.repository';

/**
 * Two records that are the same source become one: attributions, evidence, members and aliases
 * follow the surviving record; the merged one stays (pointing to it) so old links still resolve,
 * and every affected claim's history says what happened.
 *
 * Merges run one at a time (alone on the sources lock, which every transaction pointing at a source
 * holds shared), both sources are locked and must be live: a merge from or into a source that is
 * itself merged is refused with the survivor named, so merges can never form a cycle or lose a source.
 */
@Injectable()
export class SourceMergeService {
  constructor(
    private readonly db: Database,
    private readonly sources: SourcesRepository,
    private readonly events: TransactionEvents,
  ) {}

  async mergeSources(fromId: number, intoId: number, actor: Actor): Promise<MergeResultDto> {
    if (fromId === intoId) throw new RuleViolationError('merge-two-sources', 'A source cannot be merged into itself.');
    const { into, report } = await this.db.write(async (tx) => {
      await tx.lock(SOURCES_LOCK, 'exclusive');
      const locked = await this.sources.lock(tx, [fromId, intoId]);
      const from = liveForMerge(locked, fromId, 'from');
      const into = liveForMerge(locked, intoId, 'into');
      const report: MergeReport = { claims: 0, foldedAttributions: 0, evidence: 0 };
      await this.events.publish(tx, SourceMerged, { from, into, actorId: actor.id, report });
      await this.moveAliases(tx, from, into);
      await this.sources.repointTo(tx, from.id, into.id);
      const now = isoNow();
      await this.sources.update(tx, from.id, { mergedIntoId: into.id, affiliationId: null, updatedAt: now });
      await this.sources.update(tx, into.id, { updatedAt: now, affiliationId: into.affiliationId === from.id ? null : into.affiliationId });
      await this.sources.recordMerge(tx, {
        fromSourceId: from.id, intoSourceId: into.id, fromName: from.name, actorId: actor.id, movedAttributions: report.claims, movedEvidence: report.evidence, createdAt: now,
      });
      return { into: (await this.sources.findById(into.id, tx))!, report };
    });
    const [source] = await this.sources.describe([into]);
    return { source, movedAttributions: report.claims, foldedAttributions: report.foldedAttributions, movedEvidence: report.evidence };
  }

  /** The merged record's name and aliases become the survivor's aliases, each search key once. */
  private async moveAliases(tx: WriteTx, from: SourceEntity, into: SourceEntity): Promise<void> {
    const own = await this.sources.aliasKeysOf(tx, into.id);
    const incoming = [from.name, ...(await this.sources.aliasKeysOf(tx, from.id)).map((a) => a.alias)];
    await this.sources.replaceAliases(tx, from.id, []);
    await this.sources.replaceAliases(tx, into.id, distinctAliases(into.nameKey, [...own.map((a) => a.alias), ...incoming]));
  }
}

function liveForMerge(locked: Map<number, SourceEntity>, id: number, side: 'from' | 'into'): SourceEntity {
  const source = locked.get(id);
  if (!source) throw new NotFoundError('Source', id);
  if (source.mergedIntoId !== null) {
    const message = side === 'into'
      ? `Source ${id} was itself merged into source ${source.mergedIntoId}: merge into that one.`
      : `Source ${id} was already merged into source ${source.mergedIntoId}.`;
    throw new RuleViolationError(side === 'into' ? 'merge-into-live-source' : 'merge-live-source', message, 'conflict');
  }
  return source;
}
