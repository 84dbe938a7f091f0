import { Module } from '@nestjs/common';
import { DeliveryWorker } from './delivery-worker';
import { WebhookOutbox } from './webhook-outbox';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Signed webhooks: an outbox written with each change, sent in the background with retries. */
@Module({
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhooksRepository, WebhookOutbox, DeliveryWorker],
})
export class WebhooksModule {}
