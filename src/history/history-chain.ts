import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The history as a ledger that proves itself. Every event is authenticated with the server's key
 * (HMAC-SHA-256) over its content and two links: to the claim's previous event (per-claim chain) and
 * to the previous event of the whole desk (the global sequence). Each claim row carries its event
 * count, the head of its chain and a seal over its own state; the ledger's head carries the newest
 * sequence number. So an edit, a deleted event (middle, tail or all of a claim's), a forged claim row
 * or a chain recomputed without the key all show, in one pass and naming the first broken link.
 * Plain functions: no database, no framework.
 */
export interface EventContent {
  claimId: number;
  /** 1, 2, … within the claim. */
  sequence: number;
  action: string;
  actorId: number;
  fromStatus: string | null;
  toStatus: string | null;
  fromAssigneeId: number | null;
  toAssigneeId: number | null;
  note: string | null;
  /** JSON text, as stored. */
  details: string;
  createdAt: string;
  /** The claim's previous event's hash (null for its first). */
  prevHash: string | null;
  /** 1, 2, … across every claim of the desk. */
  ledgerSeq: number;
  /** The hash of the desk's previous event (null for the very first). */
  ledgerPrev: string | null;
}

/** What a claim row must agree with: the claim's own state, and the count and head of its chain. */
export interface ClaimSealContent {
  claimId: number;
  articleId: number;
  text: string;
  kind: string;
  status: string;
  origin: string;
  version: number;
  assigneeId: number | null;
  quoteExact: string;
  quoteStart: number;
  quoteEnd: number;
  orphaned: boolean;
  verdictRationale: string | null;
  verdictById: number | null;
  verdictAt: string | null;
  approvedById: number | null;
  approvedAt: string | null;
  historyCount: number;
  historyHead: string | null;
  /** A withdrawn claim's withdrawal (when and why): sealed only while it is withdrawn, so the seals of claims never withdrawn stay as they were. */
  withdrawnAt?: string | null;
  withdrawalReason?: string | null;
}

export interface LedgerHead {
  seq: number;
  hash: string | null;
}

const mac = (key: Buffer, kind: string, values: unknown[]) => createHmac('sha256', key).update(JSON.stringify([kind, ...values])).digest('hex');

export function eventHash(key: Buffer, e: EventContent): string {
  return mac(key, 'event', [
    e.claimId, e.sequence, e.action, e.actorId, e.fromStatus, e.toStatus, e.fromAssigneeId, e.toAssigneeId, e.note, e.details, e.createdAt,
    e.prevHash, e.ledgerSeq, e.ledgerPrev,
  ]);
}

export function claimSeal(key: Buffer, c: ClaimSealContent): string {
  return mac(key, 'claim', [
    c.claimId, c.articleId, c.text, c.kind, c.status, c.origin, c.version, c.assigneeId, c.quoteExact, c.quoteStart, c.quoteEnd, c.orphaned,
    c.verdictRationale, c.verdictById, c.verdictAt, c.approvedById, c.approvedAt, c.historyCount, c.historyHead,
    ...(c.withdrawnAt ? [c.withdrawnAt, c.withdrawalReason ?? null] : []),
  ]);
}

export function headSeal(key: Buffer, head: LedgerHead): string {
  return mac(key, 'head', [head.seq, head.hash]);
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a.length !== b.length) return a === b;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/** For each of a claim's events in order: whether it and every event before it are intact and correctly linked in the claim's chain. */
export function verifyClaimChain(key: Buffer, events: (EventContent & { hash: string })[]): boolean[] {
  let previous: string | null = null;
  let intact = true;
  return events.map((event, index) => {
    intact = intact && event.prevHash === previous && event.sequence === index + 1 && sameDigest(eventHash(key, event), event.hash);
    previous = event.hash;
    return intact;
  });
}
