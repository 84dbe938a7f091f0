import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { WEBHOOK_EVENTS, type WebhookEventType } from './webhook-events';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://cms.example.org/hooks/claimtrack' }) @IsString() @MaxLength(2000) url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(WEBHOOK_EVENTS.length) @ArrayUnique() @IsIn(WEBHOOK_EVENTS, { each: true }) events: WebhookEventType[];
  @ApiPropertyOptional({ description: 'Standard Webhooks secret (`whsec_` + base64 of 24–64 bytes); generated when left out' }) @IsOmittable() @IsString() @MaxLength(200) secret?: string;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(2000) url?: string;
  @ApiPropertyOptional({ enum: WEBHOOK_EVENTS, isArray: true }) @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(WEBHOOK_EVENTS.length) @ArrayUnique() @IsIn(WEBHOOK_EVENTS, { each: true }) events?: WebhookEventType[];
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(200) secret?: string;
  @ApiPropertyOptional({ description: 'Re-enabling clears the failure count and the reason it was disabled' }) @IsOmittable() @IsBoolean() enabled?: boolean;
}

export class WebhookResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events: WebhookEventType[];
  @ApiProperty({ description: 'Shown in full: the admin who subscribes configures the receiver with it' }) secret: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was disabled automatically' }) disabledReason: string | null;
  @ApiProperty({ nullable: true, type: String }) disabledAt: string | null;
  @ApiProperty() consecutiveFailures: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class WebhookListDto {
  @ApiProperty({ type: [WebhookResponseDto] }) items: WebhookResponseDto[];
}

export class DeliveryAttemptDto {
  @ApiProperty() attempt: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The receiver\'s HTTP status; null without an answer' }) status: number | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty() responseMs: number;
  @ApiProperty() at: string;
}

export class DeliveryResponseDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The webhook-id header' }) messageId: string;
  @ApiProperty() event: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) state: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String, description: 'When the next attempt is due (pending only)' }) nextAttemptAt: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatus: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastResponseMs: number | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) deliveredAt: string | null;
  @ApiProperty({ type: [DeliveryAttemptDto] }) log: DeliveryAttemptDto[];
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryResponseDto] }) items: DeliveryResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ListDeliveriesQueryDto {
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}
