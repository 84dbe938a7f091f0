import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/roles';
import { ClaimEntity } from '../claims/claim.entity';
import { ClaimWriter } from '../claims/claim-writer';
import { NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { ReviewHistory } from '../review/review-history';
import { SourceEntity } from '../sources/source.entity';
import { listEvidence } from './evidence-queries';
import type { CreateEvidenceDto, EvidenceResponseDto } from './evidence.dto';
import { EvidenceEntity } from './evidence.entity';

@Injectable()
export class EvidenceService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writer: ClaimWriter,
    private readonly history: ReviewHistory,
  ) {}

  async addEvidence(claimId: number, input: CreateEvidenceDto, actor: Actor): Promise<EvidenceResponseDto> {
    if (!input.url && !input.note && input.claimId === undefined) {
      throw new RuleViolationError('evidence-needs-content', 'Evidence needs at least one of url, note or claimId (another claim).');
    }
    if (input.claimId === claimId) throw new RuleViolationError('evidence-not-self', 'A claim cannot be evidence for itself.');
    return this.transactions.run(async (manager) => {
      await this.writer.loadForChange(manager, claimId, input.version);
      if (input.claimId !== undefined && !(await manager.getRepository(ClaimEntity).existsBy({ id: input.claimId }))) {
        throw new NotFoundError('Claim', input.claimId);
      }
      if (input.sourceId !== undefined) {
        const source = await manager.getRepository(SourceEntity).findOneBy({ id: input.sourceId });
        if (!source) throw new NotFoundError('Source', input.sourceId);
        if (source.mergedIntoId !== null) throw new RuleViolationError('source-merged', `Source ${source.id} was merged into source ${source.mergedIntoId}: use that one.`);
      }
      const saved = await manager.getRepository(EvidenceEntity).save({
        claimId, stance: input.stance, url: input.url ?? null, note: input.note ?? null, linkedClaimId: input.claimId ?? null,
        sourceId: input.sourceId ?? null, createdById: actor.id, createdAt: isoNow(),
      });
      await this.history.append(manager, {
        claimId, action: 'evidence_added', actorId: actor.id,
        details: { evidenceId: saved.id, stance: saved.stance, url: saved.url, linkedClaimId: saved.linkedClaimId, sourceId: saved.sourceId },
      });
      const [added] = await listEvidence(manager, claimId, saved.id);
      return added;
    });
  }

  async removeEvidence(claimId: number, evidenceId: number, actor: Actor, version?: number): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.writer.loadForChange(manager, claimId, version);
      const evidence = await manager.getRepository(EvidenceEntity).findOneBy({ id: evidenceId, claimId });
      if (!evidence) throw new NotFoundError('Evidence', evidenceId);
      await manager.getRepository(EvidenceEntity).delete({ id: evidenceId });
      await this.history.append(manager, {
        claimId, action: 'evidence_removed', actorId: actor.id,
        details: { evidenceId, stance: evidence.stance, url: evidence.url, linkedClaimId: evidence.linkedClaimId, sourceId: evidence.sourceId },
      });
    });
  }
}
