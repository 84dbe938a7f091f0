import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/roles';
import { ClaimEntity } from '../claims/claim.entity';
import type { ClaimResponseDto } from '../claims/claim.dto';
import { ClaimWriter } from '../claims/claim-writer';
import { ClaimsService } from '../claims/claims.service';
import { DomainError, NotFoundError, RuleViolationError, StaleVersionError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { contributionOf, DeskTallies } from '../dashboard/desk-tallies';
import { evidenceForVerdict } from '../evidence/evidence-queries';
import { UserEntity } from '../users/user.entity';
import type { ReviewRequestDto } from './review.dto';
import { ReviewHistory } from './review-history';
import { ClaimReviewState, decideReview, ReviewOutcome, ReviewRequest, WorkflowViolation } from './workflow';

const TITLES = { 403: 'Forbidden', 409: 'Conflict', 422: 'Unprocessable Content' } as const;

@Injectable()
export class ReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writer: ClaimWriter,
    private readonly history: ReviewHistory,
    private readonly claims: ClaimsService,
    private readonly tallies: DeskTallies,
  ) {}

  /** Applies one workflow action: the claim, its version and one history event change together or not at all. */
  async review(claimId: number, input: ReviewRequestDto, actor: Actor): Promise<ClaimResponseDto> {
    return this.transactions.run(async (manager) => {
      const claim = await this.writer.loadForChange(manager, claimId, input.version);
      const request = await this.buildRequest(manager, claim, input, actor);
      const outcome = this.decide(claim, request);
      await this.applyOutcome(manager, claim, input, actor, outcome);
      return this.claims.getClaim(claimId, manager);
    });
  }

  private async buildRequest(manager: EntityManager, claim: ClaimEntity, input: ReviewRequestDto, actor: Actor): Promise<ReviewRequest> {
    const request: ReviewRequest = { action: input.action, actor, verdict: input.verdict, rationale: input.rationale, note: input.note };
    if (input.action === 'reassign' && input.assigneeId !== undefined) {
      request.assignee = input.assigneeId === null ? null : await this.loadAssignee(manager, input.assigneeId);
    }
    if (input.action === 'verdict') {
      const { evidence, circle } = await evidenceForVerdict(manager, claim.id);
      request.evidence = evidence;
      request.claimCircle = circle;
    }
    return request;
  }

  private async loadAssignee(manager: EntityManager, userId: number): Promise<{ id: number; role: Actor['role'] }> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw new NotFoundError('User', userId);
    if (user.disabled) throw new RuleViolationError('assignee-active', `User ${userId} is disabled and cannot be assigned claims.`);
    return { id: user.id, role: user.role };
  }

  private decide(claim: ClaimEntity, request: ReviewRequest): ReviewOutcome {
    const state: ClaimReviewState = { status: claim.status, assigneeId: claim.assigneeId, approvedAt: claim.approvedAt };
    try {
      return decideReview(state, request);
    } catch (error) {
      if (error instanceof WorkflowViolation) throw new DomainError(error.httpStatus, TITLES[error.httpStatus], error.message, { rule: error.rule });
      throw error;
    }
  }

  private async applyOutcome(manager: EntityManager, claim: ClaimEntity, input: ReviewRequestDto, actor: Actor, outcome: ReviewOutcome): Promise<void> {
    const now = isoNow();
    const changes: Partial<ClaimEntity> = { status: outcome.status, assigneeId: outcome.assigneeId, version: claim.version + 1, updatedAt: now };
    if (input.action === 'verdict') Object.assign(changes, { verdictRationale: input.rationale!.trim(), verdictById: actor.id, verdictAt: now, approvedById: null, approvedAt: null });
    if (input.action === 'approve') Object.assign(changes, { approvedById: actor.id, approvedAt: now });
    // A reopened claim's verdict is withdrawn; the history keeps what it was.
    if (input.action === 'reopen') Object.assign(changes, { verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null });
    const result = await manager
      .createQueryBuilder()
      .update(ClaimEntity)
      .set(changes)
      .where('id = :id AND version = :version', { id: claim.id, version: claim.version })
      .execute();
    if (result.affected === 0) {
      const current = await manager.getRepository(ClaimEntity).findOneByOrFail({ id: claim.id });
      throw new StaleVersionError(claim.id, claim.version, current.version);
    }
    await this.tallies.claimChanged(manager, claim, contributionOf(claim), contributionOf({ ...claim, ...changes }));
    await this.history.append(manager, {
      claimId: claim.id,
      action: input.action,
      actorId: actor.id,
      fromStatus: claim.status,
      toStatus: outcome.status,
      fromAssigneeId: claim.assigneeId,
      toAssigneeId: outcome.assigneeId,
      note: input.action === 'verdict' ? input.rationale!.trim() : input.note?.trim() || null,
      details: { version: claim.version + 1, ...(input.verdict && input.action === 'verdict' ? { verdict: input.verdict } : {}), evidenceIds: outcome.evidenceIds },
    });
  }
}
