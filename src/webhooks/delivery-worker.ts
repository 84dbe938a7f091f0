import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig, IntakeConfig } from '../config/app-config';
import { PollingLoop } from '../common/concurrency/polling-loop';
import { newInstanceId } from '../common/instance-id';
import { isoNow } from '../common/time';
import { Database } from '../database/database';
import { Meters } from '../metrics/meters';
import { retryDelayMs } from './retry-schedule';
import { DeliveryResult, postWebhook } from './sender';
import { signature } from './signing';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity';
import type { WebhookMessageEntity } from './webhook-message.entity';
import type { WebhookEntity } from './webhook.entity';
import { WebhooksRepository } from './webhooks.repository';

const BATCH = 16;

/**
 * Sends the outbox in the background, on every instance: takes due deliveries (skip-locked on
 * PostgreSQL), signs and posts each, logs the attempt, and on failure schedules the next one by
 * the retry schedule or gives the message up. A webhook that fails `webhookDisableAfterFailures`
 * times in a row is disabled with the reason, which its admin sees on GET /api/webhooks/:id.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly config: IntakeConfig;
  /** Names this worker on the rows it takes. */
  readonly instance = newInstanceId();
  private readonly polling: PollingLoop;

  constructor(
    private readonly db: Database,
    private readonly webhooks: WebhooksRepository,
    private readonly meters: Meters,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG).intake;
    this.polling = new PollingLoop(() => this.runBatch(), this.config.pollIntervalMs, (error) =>
      this.logger.warn({ msg: 'webhook batch failed; retrying at the next poll', err: error.message }));
  }

  onApplicationBootstrap(): void {
    this.polling.start();
  }

  kick(): void {
    this.polling.kick();
  }

  /** Lets the attempts in flight finish (and their outcome be logged) before the database closes. */
  async onModuleDestroy(): Promise<void> {
    await this.polling.stop();
  }

  private async runBatch(): Promise<boolean> {
    const now = isoNow();
    // Held past one attempt's timeout: if this instance dies mid-attempt, the delivery is due again then.
    const holdUntil = new Date(Date.now() + this.config.webhookTimeoutMs + 30_000).toISOString();
    const due = await this.db.write((tx) => this.webhooks.claimDue(tx, this.instance, now, holdUntil, BATCH));
    if (due.length === 0) return false;
    const [messages, webhooks] = await Promise.all([this.webhooks.messages(due.map((d) => d.messageId)), this.webhooks.webhooksByIds(due.map((d) => d.webhookId))]);
    await Promise.all(due.map(async (delivery) => {
      const message = messages.get(delivery.messageId);
      const webhook = webhooks.get(delivery.webhookId);
      if (message && webhook) await this.attempt(delivery, message, webhook);
    }));
    return true;
  }

  private async attempt(delivery: WebhookDeliveryEntity, message: WebhookMessageEntity, webhook: WebhookEntity): Promise<void> {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': message.messageId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature(webhook.secret, message.messageId, timestamp, message.payload) };
    const result = await postWebhook(webhook.url, message.payload, headers, { timeoutMs: this.config.webhookTimeoutMs, allowHosts: this.config.webhookAllowHttpHosts });
    this.meters.webhookDuration.observe(result.responseMs / 1000);
    await this.settle(delivery, webhook, result);
  }

  private async settle(delivery: WebhookDeliveryEntity, webhook: WebhookEntity, result: DeliveryResult): Promise<void> {
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const attempts = delivery.attempts + 1;
    const now = isoNow();
    const givenUp = !ok && attempts >= this.config.webhookMaxAttempts;
    this.meters.webhookDeliveries.inc({ outcome: ok ? 'delivered' : givenUp ? 'given_up' : 'failed' });
    await this.db.write(async (tx) => {
      await this.webhooks.insertAttempt(tx, { deliveryId: delivery.id, attempt: attempts, status: result.status, error: result.error, responseMs: result.responseMs, createdAt: now });
      await this.webhooks.updateDelivery(tx, delivery.id, {
        attempts, lastStatus: result.status, lastError: result.error, lastResponseMs: result.responseMs, claimedBy: null,
        ...(ok ? { state: 'delivered' as const, deliveredAt: now }
          : givenUp ? { state: 'failed' as const }
            : { nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, this.config.webhookRetryBaseMs, this.config.webhookRetryMaxMs)).toISOString() }),
      });
      const current = await this.webhooks.lockWebhook(tx, webhook.id);
      if (!current) return;
      if (ok) {
        if (current.consecutiveFailures !== 0) await this.webhooks.updateWebhook(tx, webhook.id, { consecutiveFailures: 0 });
        return;
      }
      const failures = current.consecutiveFailures + 1;
      const disable = current.enabled && failures >= this.config.webhookDisableAfterFailures;
      const what = result.status !== null ? `HTTP ${result.status}` : result.error;
      await this.webhooks.updateWebhook(tx, webhook.id, {
        consecutiveFailures: failures,
        ...(disable ? { enabled: false, disabledAt: now, updatedAt: now, disabledReason: `Disabled after ${failures} failed deliveries in a row; the last one (${now}) got: ${what}. Fix the receiver, then PATCH {"enabled": true}.` } : {}),
      });
      if (disable) this.logger.warn({ msg: 'webhook disabled after repeated failures', webhookId: webhook.id, failures });
    });
  }
}
