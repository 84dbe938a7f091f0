import { randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ArticleImported } from '../articles/article-events';
import { ClaimReviewed, ClaimsCreated } from '../claims/claim-events';
import { isoNow } from '../common/time';
import { TransactionEvents } from '../database/tx-events';
import type { WriteTx } from '../database/write-tx';
import { SourceMerged } from '../sources/source-events';
import type { WebhookEntity } from './webhook.entity';
import { claimData, eventsOf, eventsOfReview, WebhookEvent } from './webhook-events';
import { WebhooksRepository } from './webhooks.repository';

const SUBSCRIBERS = Symbol('webhook subscribers in this transaction');

/** The message id (`webhook-id`): unique, the same on every attempt. */
export const newMessageId = () => `msg_${randomBytes(18).toString('base64url')}`;

/**
 * The transactional outbox: each event is written in the transaction of the change it reports, one
 * message and one delivery per subscribed webhook, so a change that rolls back sends nothing and a
 * committed change cannot lose its event. DeliveryWorker sends them afterwards.
 */
@Injectable()
export class WebhookOutbox implements OnModuleInit {
  constructor(
    private readonly events: TransactionEvents,
    private readonly webhooks: WebhooksRepository,
  ) {}

  onModuleInit(): void {
    this.events.on(ClaimsCreated, (tx, { claims, actorId }) => this.record(tx, claims.map((claim) => ({ type: 'claim.created', data: { claim: claimData(claim), actorId } }))));
    this.events.on(ClaimReviewed, (tx, review) => this.record(tx, eventsOfReview(review)));
    this.events.on(ArticleImported, (tx, { article, extractedClaims, actorId }) => this.record(tx, [{
      type: 'article.imported',
      data: {
        article: { id: article.id, title: article.title, language: article.language, outlet: article.outlet, url: article.url, publishedAt: article.publishedAt, wireAgencies: JSON.parse(article.wireAgencies) as string[], revision: article.revision },
        extractedClaims, actorId,
      },
    }]));
    this.events.on(SourceMerged, (tx, { from, into, actorId }) => this.record(tx, [{
      type: 'source.merged', data: { from: { id: from.id, name: from.name, type: from.type }, into: { id: into.id, name: into.name, type: into.type }, actorId },
    }]));
  }

  /** Writes the events that some enabled webhook subscribes to; nothing at all when none does. */
  async record(tx: WriteTx, events: WebhookEvent[]): Promise<void> {
    if (events.length === 0) return;
    const subscribers = await tx.scoped(SUBSCRIBERS, () => this.webhooks.enabledWebhooks(tx).then((rows) => rows.map((w) => ({ webhook: w, events: eventsOf(w) }))));
    const now = isoNow();
    for (const event of events) {
      const targets = subscribers.filter((s) => s.events.includes(event.type)).map((s) => s.webhook);
      if (targets.length === 0) continue;
      const payload = JSON.stringify({ type: event.type, timestamp: now, data: event.data });
      const message = await this.webhooks.insertMessage(tx, { messageId: newMessageId(), eventType: event.type, payload, createdAt: now });
      await this.webhooks.insertDeliveries(tx, targets.map((webhook: WebhookEntity) => ({
        webhookId: webhook.id, messageId: message.id, state: 'pending' as const, attempts: 0, nextAttemptAt: now, claimedBy: null,
        lastStatus: null, lastError: null, lastResponseMs: null, createdAt: now, deliveredAt: null,
      })));
    }
  }
}
