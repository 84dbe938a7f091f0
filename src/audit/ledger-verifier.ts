import { ClaimSealContent, claimSeal, EventContent, eventHash, headSeal, LedgerHead, sameDigest } from '../history/history-chain';

export interface BrokenLink {
  claimId: number | null;
  eventId: number | null;
  reason: string;
}

type StoredEvent = EventContent & { id: number; hash: string };
type ClaimRow = Omit<ClaimSealContent, 'claimId'> & { id: number; historySeal: string | null };

/**
 * Verifies the ledger in two streaming walks (so memory stays flat at a million claims): the desk's
 * sequence in order (every event authenticated and linked to the one before, no gap, ending where
 * the sealed head says), then claim by claim (each chain whole and linked, and the claim row's count,
 * head and seal agreeing with it). Names the first broken link per claim. Plain TypeScript.
 */
export class LedgerVerifier {
  readonly broken: BrokenLink[] = [];
  private readonly brokenClaims = new Set<number | null>();
  private expectedSeq = 1;
  private previousHash: string | null = null;
  events = 0;
  claims = 0;

  constructor(private readonly key: Buffer) {}

  private report(claimId: number | null, eventId: number | null, reason: string): void {
    if (this.brokenClaims.has(claimId)) return;
    this.brokenClaims.add(claimId);
    this.broken.push({ claimId, eventId, reason });
  }

  /** Walk 1: the next event in the desk's order. */
  ledgerEvent(event: StoredEvent): void {
    this.events++;
    if (event.ledgerSeq !== this.expectedSeq) {
      this.report(event.claimId, event.id, `events ${this.expectedSeq}–${event.ledgerSeq - 1} of the desk's history are missing before this one`);
    } else if (event.ledgerPrev !== this.previousHash) {
      this.report(event.claimId, event.id, 'not linked to the event before it in the desk\'s history');
    }
    if (!sameDigest(eventHash(this.key, event), event.hash)) this.report(event.claimId, event.id, 'altered: its content does not match its authentication (or it was recomputed without the key)');
    this.expectedSeq = event.ledgerSeq + 1;
    this.previousHash = event.hash;
  }

  /** Events that have no place in the desk's sequence were added outside the service. */
  outsideLedger(event: { id: number; claimId: number }): void {
    this.report(event.claimId, event.id, 'not part of the ledger: added outside the service');
  }

  /** After walk 1: the head must be authentic and where the walk ended. */
  ledgerHead(head: (LedgerHead & { seal: string }) | null): void {
    const lastSeq = this.expectedSeq - 1;
    if (!head) {
      if (lastSeq > 0) this.report(null, null, 'the ledger\'s head is missing');
      return;
    }
    if (!sameDigest(headSeal(this.key, head), head.seal)) this.report(null, null, 'the ledger\'s head was altered');
    else if (head.seq !== lastSeq || head.hash !== this.previousHash) {
      this.report(null, null, head.seq > lastSeq ? `the history ends at event ${lastSeq} but the head says ${head.seq}: events at the end were deleted` : `the history goes on past the head (${head.seq}) to ${lastSeq}`);
    }
  }

  /** Walk 2: a claim row with its events in order (those of the claim found in the claim-ordered walk). */
  claim(row: ClaimRow, events: Pick<StoredEvent, 'id' | 'sequence' | 'prevHash' | 'hash'>[]): void {
    this.claims++;
    let previous: string | null = null;
    for (const [index, event] of events.entries()) {
      if (event.sequence !== index + 1) return this.report(row.id, event.id, `event ${index + 1} of the claim's history is missing`);
      if (event.prevHash !== previous) return this.report(row.id, event.id, 'not linked to the claim\'s previous event');
      previous = event.hash;
    }
    if (row.historyCount !== events.length) {
      return this.report(row.id, events.at(-1)?.id ?? null, `the claim row counts ${row.historyCount} events, its history has ${events.length}: ${row.historyCount > events.length ? 'events were deleted' : 'events were added outside the service'}`);
    }
    if (row.historyHead !== previous) return this.report(row.id, events.at(-1)?.id ?? null, 'the claim row\'s head is not its newest event');
    const seal = claimSeal(this.key, { ...row, claimId: row.id });
    if (!sameDigest(seal, row.historySeal)) this.report(row.id, null, 'the claim row was changed outside the service: its seal does not match');
  }

  /** Walk 2: events whose claim row is gone. */
  orphanEvents(claimId: number, eventId: number): void {
    this.report(claimId, eventId, 'its claim row is gone');
  }

  get ok(): boolean {
    return this.broken.length === 0;
  }
}
