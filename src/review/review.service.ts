import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ClaimEntity } from '../claims/claim.entity';
import { ClaimWriter } from '../claims/claim-writer';
import { ClaimsService } from '../claims/claims.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { EvidenceBasis } from '../evidence/evidence-basis';
import { EvidenceService } from '../evidence/evidence.service';
import { UsersService } from '../users/users.service';
import type { ClaimDetailResponseDto, ReviewedClaimResponseDto } from './claim-detail.dto';
import type { ReviewRequestDto } from './review.dto';
import { allowedActions, ClaimReviewState, decideReview, ReviewPolicy, ReviewRequest } from './workflow';

const stateOf = (claim: Pick<ClaimEntity, 'status' | 'assigneeId' | 'verdictById' | 'approvedAt' | 'withdrawnAt'>): ClaimReviewState => ({
  status: claim.status, assigneeId: claim.assigneeId, verdictById: claim.verdictById, approvedAt: claim.approvedAt, withdrawn: claim.withdrawnAt !== null,
});

/** Applies the workflow's decisions to claims and shows a claim as its reader may act on it. */
@Injectable()
export class ReviewService {
  private readonly policy: ReviewPolicy;

  constructor(
    private readonly db: Database,
    private readonly writer: ClaimWriter,
    private readonly claims: ClaimsService,
    private readonly basis: EvidenceBasis,
    private readonly evidence: EvidenceService,
    private readonly users: UsersService,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.policy = { fourEyes: config.getOrThrow<AppConfig>(APP_CONFIG).reviewFourEyes };
  }

  /** One workflow step: the claim, its version and one history event change together or not at all. */
  review(claimId: number, input: ReviewRequestDto, actor: Actor): Promise<ReviewedClaimResponseDto> {
    return this.db.write(async (tx) => {
      const claim = await this.writer.loadForChange(tx, claimId, input.version);
      const outcome = decideReview(stateOf(claim), await this.buildRequest(tx, claim, input, actor), this.policy);
      const after = await this.writer.applyReviewStep(tx, claim, { status: outcome.status, assigneeId: outcome.assigneeId, ...outcome.verdict }, {
        action: input.action,
        actorId: actor.id,
        fromStatus: claim.status,
        toStatus: outcome.status,
        fromAssigneeId: claim.assigneeId,
        toAssigneeId: outcome.assigneeId,
        note: outcome.note,
        details: { ...(input.action === 'verdict' ? { verdict: input.verdict } : {}), evidenceIds: outcome.evidenceIds },
      });
      return { ...(await this.claims.getClaim(claimId, tx)), allowedActions: allowedActions(stateOf(after), actor, this.policy) };
    });
  }

  private async buildRequest(tx: WriteTx, claim: ClaimEntity, input: ReviewRequestDto, actor: Actor): Promise<ReviewRequest> {
    const request: ReviewRequest = { action: input.action, actor, now: isoNow(), verdict: input.verdict, rationale: input.rationale, note: input.note };
    if (input.action === 'reassign' && input.assigneeId !== undefined) {
      request.assignee = input.assigneeId === null ? null : await this.loadAssignee(tx, input.assigneeId);
    }
    if (input.action === 'verdict') {
      const { evidence, circle } = await this.basis.weigh(claim.id, tx);
      request.evidence = evidence.map(({ row, publisherIds }) => ({ id: row.id, stance: row.stance, publisherIds }));
      request.claimCircle = circle;
    }
    return request;
  }

  private async loadAssignee(tx: WriteTx, userId: number): Promise<{ id: number; role: Actor['role'] }> {
    const user = await this.users.get(userId, tx);
    if (user.disabled) throw new RuleViolationError('assignee-active', `User ${userId} is disabled and cannot be assigned claims.`);
    return { id: user.id, role: user.role };
  }

  /** One claim with its evidence, its verified history and what the reader may do to it. */
  async detail(claimId: number, actor: Actor): Promise<ClaimDetailResponseDto> {
    const claim = await this.claims.getClaim(claimId);
    const [evidence, history] = await Promise.all([this.evidence.listEvidence(claimId), this.claims.historyOf(claimId)]);
    const state: ClaimReviewState = { status: claim.status, assigneeId: claim.assigneeId, verdictById: claim.verdict?.givenById ?? null, approvedAt: claim.verdict?.approvedAt ?? null, withdrawn: claim.withdrawn };
    return { ...claim, allowedActions: allowedActions(state, actor, this.policy), evidence, history: history.items, historyVerified: history.verified };
  }
}
