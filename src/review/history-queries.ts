import { EntityManager, In } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { verifyChain } from './history-chain';
import type { ReviewEventResponseDto } from './review.dto';
import { ReviewEventEntity } from './review-event.entity';

/** A claim's history in order, each event checked against the hash chain. */
export async function loadHistory(manager: EntityManager, claimId: number): Promise<{ items: ReviewEventResponseDto[]; verified: boolean }> {
  const events = await manager.getRepository(ReviewEventEntity).find({ where: { claimId }, order: { sequence: 'ASC' } });
  const actorIds = [...new Set(events.map((event) => event.actorId))];
  const actors = new Map((await manager.getRepository(UserEntity).find({ where: { id: In(actorIds) }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]));
  const intact = verifyChain(events);
  const items = events.map((event, index) => ({
    id: event.id,
    sequence: event.sequence,
    action: event.action,
    actorId: event.actorId,
    actorName: actors.get(event.actorId) ?? null,
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
