import { Injectable } from '@nestjs/common';
import type { ClaimEntity } from '../claims/claim.entity';
import { ClaimsRepository } from '../claims/claims.repository';
import { HistoryKey } from '../history/history-key';
import { HistoryRepository } from '../history/history.repository';
import type { AuditHeadDto, AuditVerificationDto } from './audit.dto';
import { LedgerVerifier } from './ledger-verifier';

const BATCH = 5000;
/** Enough to act on; the count says how many there are in all. */
const MAX_REPORTED = 1000;

type ClaimOrderEvent = Awaited<ReturnType<HistoryRepository['claimOrderBatch']>>[number];

/** Verification of the whole history, for the admin API and the command line (`audit verify`). */
@Injectable()
export class AuditService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly claims: ClaimsRepository,
    private readonly historyKey: HistoryKey,
  ) {}

  async head(): Promise<AuditHeadDto> {
    const head = await this.history.head();
    return { seq: head?.seq ?? 0, hash: head?.hash ?? null, seal: head?.seal ?? null, updatedAt: head?.updatedAt ?? null };
  }

  async verify(): Promise<AuditVerificationDto> {
    const verifier = new LedgerVerifier(this.historyKey.key);
    for (let afterSeq = 0; ;) {
      const batch = await this.history.ledgerBatch(afterSeq, BATCH);
      if (batch.length === 0) break;
      for (const event of batch) verifier.ledgerEvent({ ...event, ledgerSeq: event.ledgerSeq! });
      afterSeq = batch[batch.length - 1].ledgerSeq!;
    }
    for (const event of await this.history.outsideLedger(MAX_REPORTED)) verifier.outsideLedger(event);
    verifier.ledgerHead(await this.history.head());
    await this.walkClaims(verifier);
    return { ok: verifier.ok, events: verifier.events, claims: verifier.claims, brokenCount: verifier.broken.length, broken: verifier.broken.slice(0, MAX_REPORTED) };
  }

  /** Claims in id order beside their events in claim order: each claim meets its own events, and events without a claim show. */
  private async walkClaims(verifier: LedgerVerifier): Promise<void> {
    const events = this.eventsInClaimOrder();
    let next = await events.next();
    for await (const claim of this.claimsInOrder()) {
      while (!next.done && next.value.claimId < claim.id) {
        verifier.orphanEvents(next.value.claimId, next.value.id);
        next = await events.next();
      }
      const own: ClaimOrderEvent[] = [];
      while (!next.done && next.value.claimId === claim.id) {
        own.push(next.value);
        next = await events.next();
      }
      verifier.claim(claim, own);
    }
    for (; !next.done; next = await events.next()) verifier.orphanEvents(next.value.claimId, next.value.id);
  }

  private async *claimsInOrder(): AsyncGenerator<ClaimEntity> {
    for (let afterId = 0; ;) {
      const batch = await this.claims.batchById(afterId, BATCH);
      if (batch.length === 0) return;
      yield* batch;
      afterId = batch[batch.length - 1].id;
    }
  }

  private async *eventsInClaimOrder(): AsyncGenerator<ClaimOrderEvent> {
    for (let after = { claimId: 0, sequence: 0 }; ;) {
      const batch = await this.history.claimOrderBatch(after, BATCH);
      if (batch.length === 0) return;
      yield* batch;
      const last = batch[batch.length - 1];
      after = { claimId: last.claimId, sequence: last.sequence };
    }
  }
}
