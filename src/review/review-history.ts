import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isoNow } from '../common/time';
import type { ClaimStatus } from '../common/vocabulary';
import { hashEvent } from './history-chain';
import { ReviewEventEntity } from './review-event.entity';

export interface NewReviewEvent {
  claimId: number;
  action: string;
  actorId: number;
  fromStatus?: ClaimStatus | null;
  toStatus?: ClaimStatus | null;
  fromAssigneeId?: number | null;
  toAssigneeId?: number | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

/**
 * The one way history is written: inside the caller's transaction, so a change and its event land
 * together or not at all. The unique (claim_id, sequence) index makes a concurrent second append
 * on the same claim fail instead of forking the chain.
 */
@Injectable()
export class ReviewHistory {
  async append(manager: EntityManager, input: NewReviewEvent): Promise<ReviewEventEntity> {
    const previous = await manager.getRepository(ReviewEventEntity).findOne({
      where: { claimId: input.claimId },
      order: { sequence: 'DESC' },
      select: { sequence: true, hash: true },
    });
    const content = {
      claimId: input.claimId,
      sequence: (previous?.sequence ?? 0) + 1,
      action: input.action,
      actorId: input.actorId,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      fromAssigneeId: input.fromAssigneeId ?? null,
      toAssigneeId: input.toAssigneeId ?? null,
      note: input.note ?? null,
      details: JSON.stringify(input.details ?? {}),
      createdAt: isoNow(),
      prevHash: previous?.hash ?? null,
    };
    return manager.getRepository(ReviewEventEntity).save({ ...content, hash: hashEvent(content) });
  }
}
