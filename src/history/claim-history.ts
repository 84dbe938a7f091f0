import { Injectable } from '@nestjs/common';
import { isoNow } from '../common/time';
import type { ClaimStatus } from '../common/vocabulary';
import type { WriteTx } from '../database/write-tx';
import { UsersRepository } from '../users/users.repository';
import { hashEvent, verifyChain } from './history-chain';
import type { ReviewEventResponseDto } from './history.dto';
import { HistoryRepository } from './history.repository';
import type { ReviewEventEntity } from './review-event.entity';

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
 * A claim's append-only history: every change of status, assignment, verdict, evidence and
 * attribution, written in the transaction of the change itself (so a change and its event land
 * together or not at all) and chained so that tampering shows. The claims feature is its one writer.
 */
@Injectable()
export class ClaimHistory {
  constructor(
    private readonly events: HistoryRepository,
    private readonly users: UsersRepository,
  ) {}

  async append(tx: WriteTx, input: NewReviewEvent): Promise<ReviewEventEntity> {
    const previous = await this.events.lastOf(tx, input.claimId);
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
    return this.events.insert(tx, { ...content, hash: hashEvent(content) });
  }

  /** A claim's history in order, each event checked against the chain. */
  async historyOf(claimId: number, tx?: WriteTx): Promise<{ items: ReviewEventResponseDto[]; verified: boolean }> {
    const events = await this.events.eventsOf([claimId], tx);
    const names = await this.users.displayNames(events.map((event) => event.actorId), tx);
    const intact = verifyChain(events);
    const items = events.map((event, index) => ({
      id: event.id,
      sequence: event.sequence,
      action: event.action,
      actorId: event.actorId,
      actorName: names.get(event.actorId) ?? null,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      fromAssigneeId: event.fromAssigneeId,
      toAssigneeId: event.toAssigneeId,
      note: event.note,
      details: JSON.parse(event.details) as Record<string, unknown>,
      createdAt: event.createdAt,
      hash: event.hash,
      prevHash: event.prevHash,
      verified: intact[index],
    }));
    return { items, verified: intact.every(Boolean) };
  }
}
