import { Injectable, OnModuleInit } from '@nestjs/common';
import { ClaimWriter } from '../claims/claim-writer';
import { ClaimsRepository } from '../claims/claims.repository';
import { NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import type { WriteTx } from '../database/write-tx';
import { SourceMerged } from '../sources/source-events';
import { SOURCES_LOCK, SourcesService } from '../sources/sources.service';
import { EvidenceBasis, WeighedEvidence } from './evidence-basis';
import type { CreateEvidenceDto, EvidenceResponseDto } from './evidence.dto';
import { EvidenceRepository } from './evidence.repository';

@Injectable()
export class EvidenceService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly evidence: EvidenceRepository,
    private readonly basis: EvidenceBasis,
    private readonly writer: ClaimWriter,
    private readonly claims: ClaimsRepository,
    private readonly sources: SourcesService,
    private readonly events: TransactionEvents,
  ) {}

  onModuleInit(): void {
    // Evidence published by a merged source is published by the survivor.
    this.events.on(SourceMerged, async (tx, { from, into, report }) => {
      report.evidence += await this.evidence.movePublisher(tx, from.id, into.id);
    });
  }

  /** Evidence is part of a verdict's basis: added only while the claim has no verdict. */
  async addEvidence(claimId: number, input: CreateEvidenceDto, actor: Actor): Promise<EvidenceResponseDto> {
    if (!input.url && !input.note && input.claimId === undefined) {
      throw new RuleViolationError('evidence-needs-content', 'Evidence needs at least one of url, note or claimId (another claim).');
    }
    if (input.claimId === claimId) throw new RuleViolationError('evidence-not-self', 'A claim cannot be evidence for itself.');
    return this.db.write(async (tx) => {
      await tx.lock(SOURCES_LOCK, 'shared');
      const claim = await this.writer.loadForBasisChange(tx, claimId, input.version);
      if (input.claimId !== undefined && !(await this.claims.findById(input.claimId, tx))) throw new NotFoundError('Claim', input.claimId);
      if (input.sourceId !== undefined) await this.sources.findLive(input.sourceId, tx);
      const saved = await this.evidence.insert(tx, {
        claimId, stance: input.stance, url: input.url ?? null, note: input.note ?? null, linkedClaimId: input.claimId ?? null,
        sourceId: input.sourceId ?? null, createdById: actor.id, createdAt: isoNow(),
      });
      await this.writer.record(tx, claim, {
        action: 'evidence_added', actorId: actor.id,
        details: { evidenceId: saved.id, stance: saved.stance, url: saved.url, linkedClaimId: saved.linkedClaimId, sourceId: saved.sourceId },
      });
      const [added] = await this.listEvidence(claimId, tx, saved.id);
      return added;
    });
  }

  async removeEvidence(claimId: number, evidenceId: number, actor: Actor, version?: number): Promise<void> {
    await this.db.write(async (tx) => {
      const claim = await this.writer.loadForBasisChange(tx, claimId, version);
      const evidence = await this.evidence.findOne(tx, claimId, evidenceId);
      if (!evidence) throw new NotFoundError('Evidence', evidenceId);
      await this.evidence.delete(tx, evidenceId);
      await this.writer.record(tx, claim, {
        action: 'evidence_removed', actorId: actor.id,
        details: { evidenceId, stance: evidence.stance, url: evidence.url, linkedClaimId: evidence.linkedClaimId, sourceId: evidence.sourceId },
      });
    });
  }

  /** A claim's evidence as the API shows it; `evidenceId` narrows it to one piece (just added, say). */
  async listEvidence(claimId: number, tx?: WriteTx, evidenceId?: number): Promise<EvidenceResponseDto[]> {
    const { evidence } = await this.basis.weigh(claimId, tx, evidenceId);
    return this.describe(evidence, tx);
  }

  private async describe(evidence: WeighedEvidence[], tx?: WriteTx): Promise<EvidenceResponseDto[]> {
    if (evidence.length === 0) return [];
    const sources = await this.sources.summaries(evidence.map((e) => e.row.sourceId).filter((id): id is number => id !== null), tx);
    const linked = new Map((await this.claims.findByIds(evidence.map((e) => e.row.linkedClaimId).filter((id): id is number => id !== null), tx)).map((c) => [c.id, c]));
    return evidence.map(({ row, independent }) => {
      const linkedClaim = row.linkedClaimId !== null ? linked.get(row.linkedClaimId) : undefined;
      return {
        id: row.id,
        claimId: row.claimId,
        stance: row.stance,
        url: row.url,
        note: row.note,
        linkedClaim: linkedClaim ? { id: linkedClaim.id, articleId: linkedClaim.articleId, text: linkedClaim.text } : null,
        source: row.sourceId !== null ? sources.get(row.sourceId) ?? null : null,
        independent,
        createdById: row.createdById,
        createdAt: row.createdAt,
      };
    });
  }
}
