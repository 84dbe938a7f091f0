import { createHash } from 'node:crypto';

/**
 * Review history is append-only and hash-chained per claim, like a ledger: each event's hash covers
 * its content and the previous event's hash, so editing or deleting any past event breaks every
 * hash after it, and `verifyChain` shows where.
 */
export interface ChainedEventContent {
  claimId: number;
  sequence: number;
  action: string;
  actorId: number;
  fromStatus: string | null;
  toStatus: string | null;
  fromAssigneeId: number | null;
  toAssigneeId: number | null;
  note: string | null;
  details: string;
  createdAt: string;
  prevHash: string | null;
}

export function hashEvent(event: ChainedEventContent): string {
  const canonical = JSON.stringify([
    event.claimId, event.sequence, event.action, event.actorId, event.fromStatus, event.toStatus,
    event.fromAssigneeId, event.toAssigneeId, event.note, event.details, event.createdAt, event.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** For each event in order: whether it is intact and correctly linked to the one before. */
export function verifyChain(events: (ChainedEventContent & { hash: string })[]): boolean[] {
  let previousHash: string | null = null;
  let intact = true;
  return events.map((event, index) => {
    const linked = event.prevHash === previousHash && event.sequence === index + 1;
    intact = intact && linked && hashEvent(event) === event.hash;
    previousHash = event.hash;
    return intact;
  });
}
