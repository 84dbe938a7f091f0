import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { Meters } from '../metrics/meters';
import { DeliveryWorker } from './delivery-worker';
import { generateSecret, isValidSecret } from './signing';
import { refuseTarget } from './target-address';
import type { CreateWebhookDto, DeliveryResponseDto, ListDeliveriesQueryDto, UpdateWebhookDto, WebhookResponseDto } from './webhook.dto';
import type { WebhookAttemptEntity, WebhookDeliveryEntity } from './webhook-delivery.entity';
import type { WebhookEntity } from './webhook.entity';
import { eventsOf } from './webhook-events';
import { WebhooksRepository } from './webhooks.repository';

function mapWebhook(webhook: WebhookEntity): WebhookResponseDto {
  return {
    id: webhook.id, url: webhook.url, events: eventsOf(webhook), secret: webhook.secret, enabled: webhook.enabled, disabledReason: webhook.disabledReason,
    disabledAt: webhook.disabledAt, consecutiveFailures: webhook.consecutiveFailures, createdAt: webhook.createdAt, updatedAt: webhook.updatedAt,
  };
}

function mapDelivery(delivery: WebhookDeliveryEntity, message: { messageId: string; eventType: string } | undefined, log: WebhookAttemptEntity[]): DeliveryResponseDto {
  return {
    id: delivery.id, messageId: message?.messageId ?? '', event: message?.eventType ?? '', state: delivery.state, attempts: delivery.attempts,
    nextAttemptAt: delivery.state === 'pending' ? delivery.nextAttemptAt : null, lastStatus: delivery.lastStatus, lastError: delivery.lastError,
    lastResponseMs: delivery.lastResponseMs, createdAt: delivery.createdAt, deliveredAt: delivery.deliveredAt,
    log: log.map((a) => ({ attempt: a.attempt, status: a.status, error: a.error, responseMs: a.responseMs, at: a.createdAt })),
  };
}

/** Subscriptions of outside systems (admin), and their delivery log. */
@Injectable()
export class WebhooksService {
  private readonly allowHosts: string[];

  constructor(
    private readonly db: Database,
    private readonly webhooks: WebhooksRepository,
    private readonly worker: DeliveryWorker,
    meters: Meters,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.allowHosts = config.getOrThrow<AppConfig>(APP_CONFIG).intake.webhookAllowHttpHosts;
    meters.gaugeFromDatabase('claimtrack_webhook_deliveries', 'Webhook deliveries by state (pending, delivered, failed)', ['state'], async () =>
      (await this.webhooks.deliveriesByState()).map((row) => ({ labels: { state: row.state }, value: row.n })));
  }

  private checkTarget(url: string): void {
    const refused = refuseTarget(url, this.allowHosts);
    if (refused) throw new RuleViolationError('webhook-target', `This URL cannot receive webhooks: ${refused}.`);
  }

  private checkSecret(secret: string | undefined): void {
    if (secret !== undefined && !isValidSecret(secret)) {
      throw new RuleViolationError('webhook-secret', 'A secret must be whsec_ followed by the base64 of 24 to 64 random bytes (Standard Webhooks); leave it out to have one generated.');
    }
  }

  async create(input: CreateWebhookDto, actor: Actor): Promise<WebhookResponseDto> {
    this.checkTarget(input.url);
    this.checkSecret(input.secret);
    const now = isoNow();
    const webhook = await this.db.write((tx) => this.webhooks.insertWebhook(tx, {
      url: input.url, events: JSON.stringify(input.events), secret: input.secret ?? generateSecret(), enabled: true, disabledReason: null, disabledAt: null,
      consecutiveFailures: 0, createdById: actor.id, createdAt: now, updatedAt: now,
    }));
    return mapWebhook(webhook);
  }

  async list(): Promise<WebhookResponseDto[]> {
    return (await this.webhooks.listWebhooks()).map(mapWebhook);
  }

  async get(id: number): Promise<WebhookResponseDto> {
    return mapWebhook(await this.found(id));
  }

  private async found(id: number): Promise<WebhookEntity> {
    const webhook = await this.webhooks.findWebhook(id);
    if (!webhook) throw new NotFoundError('Webhook', id);
    return webhook;
  }

  async update(id: number, input: UpdateWebhookDto): Promise<WebhookResponseDto> {
    if (input.url !== undefined) this.checkTarget(input.url);
    this.checkSecret(input.secret);
    const updated = await this.db.write(async (tx) => {
      const webhook = await this.webhooks.lockWebhook(tx, id);
      if (!webhook) throw new NotFoundError('Webhook', id);
      const changes: Partial<WebhookEntity> = { updatedAt: isoNow() };
      if (input.url !== undefined) changes.url = input.url;
      if (input.events !== undefined) changes.events = JSON.stringify(input.events);
      if (input.secret !== undefined) changes.secret = input.secret;
      if (input.enabled === true) Object.assign(changes, { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0 });
      if (input.enabled === false) Object.assign(changes, { enabled: false, disabledReason: 'Disabled by an admin.', disabledAt: changes.updatedAt });
      await this.webhooks.updateWebhook(tx, id, changes);
      return { ...webhook, ...changes };
    });
    if (input.enabled === true) this.worker.kick();
    return mapWebhook(updated);
  }

  async remove(id: number): Promise<void> {
    await this.db.write(async (tx) => {
      if (!(await this.webhooks.lockWebhook(tx, id))) throw new NotFoundError('Webhook', id);
      await this.webhooks.deleteWebhook(tx, id);
    });
  }

  async deliveries(id: number, query: ListDeliveriesQueryDto): Promise<Page<DeliveryResponseDto>> {
    await this.found(id);
    const limit = query.limit ?? 50;
    const rows = await this.webhooks.deliveries(id, decodeCursor(query.cursor), limit + 1);
    const shown = rows.slice(0, limit);
    const [messages, attempts] = await Promise.all([this.webhooks.messages(shown.map((d) => d.messageId)), this.webhooks.attemptsOf(shown.map((d) => d.id))]);
    return toPage(rows, limit, (d) => mapDelivery(d, messages.get(d.messageId), attempts.get(d.id) ?? []));
  }

  /** Sends a message again as a new delivery (the same webhook-id, so the receiver can tell). */
  async redeliver(id: number, deliveryId: number): Promise<DeliveryResponseDto> {
    const webhook = await this.found(id);
    if (!webhook.enabled) throw new RuleViolationError('webhook-disabled', `Webhook ${id} is disabled${webhook.disabledReason ? ` (${webhook.disabledReason})` : ''}: enable it first.`, 'conflict');
    const original = await this.webhooks.findDelivery(id, deliveryId);
    if (!original) throw new NotFoundError('Delivery', deliveryId);
    const now = isoNow();
    const created = await this.db.write((tx) => this.webhooks.insertDelivery(tx, {
      webhookId: id, messageId: original.messageId, state: 'pending', attempts: 0, nextAttemptAt: now, claimedBy: null,
      lastStatus: null, lastError: null, lastResponseMs: null, createdAt: now, deliveredAt: null,
    }));
    this.worker.kick();
    const messages = await this.webhooks.messages([original.messageId]);
    return mapDelivery(created, messages.get(original.messageId), []);
  }
}
