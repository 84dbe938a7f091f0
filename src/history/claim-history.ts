import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { isoNow } from '../common/time';
import type { ClaimStatus } from '../common/vocabulary';
import type { WriteTx } from '../database/write-tx';
import { Database } from '../database/database';
import { UsersRepository } from '../users/users.repository';
import { EventContent, eventHash, headSeal, verifyClaimChain } from './history-chain';
import type { ReviewEventResponseDto } from './history.dto';
import { HistoryKey } from './history-key';
import { HistoryRepository, NewEventRow } from './history.repository';

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

/** The newest event of a claim's chain after a transaction: what the claim row's seal covers. */
export interface ClaimChainHead {
  count: number;
  head: string | null;
}

interface Pending {
  events: { input: NewReviewEvent; createdAt: string; base: ClaimChainHead | null | undefined }[];
  /** Filled when the ledger is written: each touched claim's new head. */
  heads: Map<number, ClaimChainHead>;
}

const PENDING = Symbol('pending history events');

/**
 * A claim's append-only history: every change of status, assignment, verdict, evidence and
 * attribution, written in the transaction of the change itself (so a change and its event land
 * together or not at all), authenticated and linked per claim and across the desk (history-chain.ts).
 * Events are collected during the transaction and written in its ledger phase, holding the ledger's
 * head only for that moment. The claims feature is its one writer.
 */
@Injectable()
export class ClaimHistory {
  private readonly logger = new Logger(ClaimHistory.name);

  constructor(
    private readonly db: Database,
    private readonly events: HistoryRepository,
    private readonly users: UsersRepository,
    private readonly historyKey: HistoryKey,
  ) {}

  /**
   * Adds an event to the claim's history when the transaction commits. `base`: the claim's chain as
   * its row, locked by this transaction, says (null for a claim created in it); without it the chain
   * is read from the events under the ledger's lock.
   */
  append(tx: WriteTx, input: NewReviewEvent, base?: ClaimChainHead | null): void {
    this.pending(tx).events.push({ input, createdAt: isoNow(), base });
  }

  /** After the ledger phase: the new head of each claim whose history moved in this transaction. */
  headsAfterCommit(tx: WriteTx): Map<number, ClaimChainHead> {
    return this.pending(tx).heads;
  }

  private pending(tx: WriteTx): Pending {
    return tx.scoped<Pending>(PENDING, () => {
      const pending: Pending = { events: [], heads: new Map() };
      tx.beforeCommit('ledger', () => this.writeLedger(tx, pending));
      return pending;
    });
  }

  private async writeLedger(tx: WriteTx, pending: Pending): Promise<void> {
    if (pending.events.length === 0) return;
    const key = this.historyKey.key;
    const head = await this.events.lockHead(tx);
    let ledgerSeq = head?.seq ?? 0;
    let ledgerPrev = head?.hash ?? null;
    const rows: NewEventRow[] = [];
    for (const { input, createdAt, base } of pending.events) {
      let chain = pending.heads.get(input.claimId) ?? (base && base.count > 0 ? base : undefined);
      if (!chain && base === undefined) {
        // Read under the ledger's lock: no other transaction can be adding to this claim's chain now.
        const last = await this.events.lastOf(tx, input.claimId);
        if (last) chain = { count: last.sequence, head: last.hash };
      }
      const content: EventContent = {
        claimId: input.claimId,
        sequence: (chain?.count ?? 0) + 1,
        action: input.action,
        actorId: input.actorId,
        fromStatus: input.fromStatus ?? null,
        toStatus: input.toStatus ?? null,
        fromAssigneeId: input.fromAssigneeId ?? null,
        toAssigneeId: input.toAssigneeId ?? null,
        note: input.note ?? null,
        details: JSON.stringify(input.details ?? {}),
        createdAt,
        prevHash: chain?.head ?? null,
        ledgerSeq: ++ledgerSeq,
        ledgerPrev,
      };
      const hash = eventHash(key, content);
      rows.push({ ...content, fromStatus: content.fromStatus as ClaimStatus | null, toStatus: content.toStatus as ClaimStatus | null, hash });
      pending.heads.set(input.claimId, { count: content.sequence, head: hash });
      ledgerPrev = hash;
    }
    await this.events.insertMany(tx, rows);
    await this.events.saveHead(tx, { seq: ledgerSeq, hash: ledgerPrev, seal: headSeal(key, { seq: ledgerSeq, hash: ledgerPrev }), updatedAt: isoNow() });
  }

  /** A claim's history in order, each event checked against the claim's chain and the key. */
  async historyOf(claimId: number): Promise<{ items: ReviewEventResponseDto[]; verified: boolean }> {
    const events = await this.events.eventsOf([claimId]);
    const names = await this.users.displayNames(events.map((event) => event.actorId));
    const intact = verifyClaimChain(this.historyKey.key, events.map((event) => ({ ...event, ledgerSeq: event.ledgerSeq ?? 0 })));
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

  /**
   * Brings history written before the ledger into it, once: claim by claim, each legacy chain (plain
   * SHA-256) is checked, then every event is authenticated with the key and given its place in the
   * desk's sequence. A chain that was already broken is reported, not silently blessed. Resumable:
   * each batch is a transaction, and the walk continues after the last adopted event.
   */
  async adoptLegacy(): Promise<number> {
    if (!(await this.events.hasLegacy())) return 0;
    const key = this.historyKey.key;
    let adopted = 0;
    let after = { claimId: 0, sequence: 0 };
    const broken: number[] = [];
    for (;;) {
      const batch = await this.db.write(async (tx) => {
        // The ledger's head first: another instance adopting at the same time waits here, then sees what this one adopted.
        const head = await this.events.lockHead(tx);
        const batch = await this.events.legacyBatch(tx, after, 2000);
        let ledgerSeq = head?.seq ?? 0;
        let ledgerPrev = head?.hash ?? null;
        let previous = null as { claimId: number; sequence: number; legacyHash: string | null; hash: string } | null;
        for (const event of batch) {
          if (previous?.claimId !== event.claimId) {
            // Its earlier events may be in the ledger already (an earlier batch, or an interrupted run): continue that chain.
            const adoptedBefore = await this.events.lastOf(tx, event.claimId, true);
            previous = adoptedBefore ? { claimId: event.claimId, sequence: adoptedBefore.sequence, legacyHash: null, hash: adoptedBefore.hash } : null;
          }
          const linked = previous === null ? event.prevHash === null : previous.legacyHash === null || event.prevHash === previous.legacyHash;
          if (legacyHash(event) !== event.hash || !linked || event.sequence !== (previous?.sequence ?? 0) + 1) {
            if (broken.at(-1) !== event.claimId) broken.push(event.claimId);
          }
          const content: EventContent = { ...event, prevHash: previous?.hash ?? null, ledgerSeq: ++ledgerSeq, ledgerPrev };
          const hash = eventHash(key, content);
          await this.events.authenticateLegacy(tx, event.id, { hash, prevHash: content.prevHash, ledgerSeq, ledgerPrev });
          previous = { claimId: event.claimId, sequence: event.sequence, legacyHash: event.hash, hash };
          ledgerPrev = hash;
        }
        if (batch.length > 0) await this.events.saveHead(tx, { seq: ledgerSeq, hash: ledgerPrev, seal: headSeal(key, { seq: ledgerSeq, hash: ledgerPrev }), updatedAt: isoNow() });
        return batch;
      });
      if (batch.length === 0) break;
      adopted += batch.length;
      after = { claimId: batch[batch.length - 1].claimId, sequence: batch[batch.length - 1].sequence };
      if (adopted % 100_000 < batch.length) this.logger.log(`Brought ${adopted} history events into the ledger`);
    }
    if (broken.length > 0) this.logger.warn(`History written before the ledger was already broken for claims ${broken.slice(0, 50).join(', ')}${broken.length > 50 ? ' …' : ''}`);
    return adopted;
  }
}

/** The plain SHA-256 per-claim chain history was written with before the ledger. */
function legacyHash(event: Omit<EventContent, 'ledgerSeq' | 'ledgerPrev'> & { prevHash: string | null }): string {
  const canonical = JSON.stringify([
    event.claimId, event.sequence, event.action, event.actorId, event.fromStatus, event.toStatus,
    event.fromAssigneeId, event.toAssigneeId, event.note, event.details, event.createdAt, event.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
