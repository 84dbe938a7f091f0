import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import type { Actor } from '../common/vocabulary';
import { CreateWebhookDto, DeliveryPageDto, DeliveryResponseDto, ListDeliveriesQueryDto, UpdateWebhookDto, WebhookListDto, WebhookResponseDto } from './webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Subscribe a URL to the desk\'s events' })
  @Authenticated('admin')
  @ApiCreatedResponse({ type: WebhookResponseDto, description: 'Deliveries are signed per Standard Webhooks with `secret` (generated when not given)' })
  create(@Body() body: CreateWebhookDto, @CurrentActor() actor: Actor): Promise<WebhookResponseDto> {
    return this.webhooks.create(body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'The webhook subscriptions' })
  @Authenticated('admin')
  @ApiOkResponse({ type: WebhookListDto })
  async list(): Promise<WebhookListDto> {
    return { items: await this.webhooks.list() };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One webhook subscription' })
  @Authenticated('admin')
  @ApiOkResponse({ type: WebhookResponseDto })
  get(@Param('id', ParseIdPipe) id: number): Promise<WebhookResponseDto> {
    return this.webhooks.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a subscription: URL, events, secret, enabled' })
  @Authenticated('admin')
  @ApiOkResponse({ type: WebhookResponseDto })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateWebhookDto): Promise<WebhookResponseDto> {
    return this.webhooks.update(id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Remove a subscription with its deliveries and their log' })
  @HttpCode(204)
  @Authenticated('admin')
  remove(@Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.webhooks.remove(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'A subscription\'s deliveries with their attempts' })
  @Authenticated('admin')
  @ApiOkResponse({ type: DeliveryPageDto, description: 'Newest first, each with its log of attempts (status, response time, error)' })
  deliveries(@Param('id', ParseIdPipe) id: number, @Query() query: ListDeliveriesQueryDto): Promise<DeliveryPageDto> {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @ApiOperation({ summary: 'Send a delivery again' })
  @HttpCode(202)
  @Authenticated('admin')
  @ApiOkResponse({ type: DeliveryResponseDto, description: 'A new delivery of the same message, due now' })
  redeliver(@Param('id', ParseIdPipe) id: number, @Param('deliveryId', ParseIdPipe) deliveryId: number): Promise<DeliveryResponseDto> {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
