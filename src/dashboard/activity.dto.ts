import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CLAIM_STATUSES, ClaimStatus } from '../common/vocabulary';
import { StatsResponseDto } from './stats.dto';

export class ActivityQueryDto {
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class FlowQueryDto {
  @ApiPropertyOptional({ default: 30, maximum: 90, description: 'Days back from today (UTC), today included' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(90) days?: number;
}

export class ActivityItemDto {
  @ApiProperty({ description: 'The review event id' }) id: number;
  @ApiProperty({ example: 'verdict' }) action: string;
  @ApiProperty() claimId: number;
  @ApiProperty({ nullable: true, type: Number }) articleId: number | null;
  @ApiProperty({ nullable: true, type: String }) claimText: string | null;
  @ApiProperty() actorId: number;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ nullable: true, enum: CLAIM_STATUSES }) fromStatus: ClaimStatus | null;
  @ApiProperty({ nullable: true, enum: CLAIM_STATUSES }) toStatus: ClaimStatus | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: string;
}

export class ActivityResponseDto {
  @ApiProperty({ type: [ActivityItemDto], description: 'Latest review events first' }) items: ActivityItemDto[];
}

export class FlowDayDto {
  @ApiProperty({ example: '2024-10-24', description: 'UTC day' }) day: string;
  @ApiProperty({ description: 'Claims put on the desk that day' }) opened: number;
  @ApiProperty({ description: 'Verdicts given that day' }) resolved: number;
}

export class FlowResponseDto {
  @ApiProperty({ type: [FlowDayDto], description: 'One entry per day, oldest first, days without events included' }) days: FlowDayDto[];
}

/** What the live dashboard receives on every change of the desk. */
export class DeskSnapshotDto {
  @ApiProperty({ description: 'Changes whenever any claim changes; equal versions mean equal figures' }) deskVersion: string;
  @ApiProperty({ type: StatsResponseDto }) stats: StatsResponseDto;
  @ApiProperty({ type: FlowResponseDto }) flow: FlowResponseDto;
  @ApiProperty({ type: ActivityResponseDto }) activity: ActivityResponseDto;
}
