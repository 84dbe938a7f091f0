import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { MAX_INT } from '../common/http/ids';
import { CLAIM_STATUSES, ClaimStatus, Verdict, VERDICTS } from '../common/vocabulary';
import { REVIEW_ACTIONS, ReviewAction } from './workflow';

export class ReviewRequestDto {
  @ApiProperty({ enum: REVIEW_ACTIONS }) @IsIn(REVIEW_ACTIONS) action: ReviewAction;
  @ApiProperty({ description: 'The claim version this decision is based on' }) @IsInt() @Min(1) @Max(MAX_INT) version: number;
  @ApiPropertyOptional({ enum: VERDICTS }) @IsOmittable() @IsIn(VERDICTS) verdict?: Verdict;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(10000) rationale?: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'reassign: the new assignee, or null to unassign' })
  @ValidateIf((_object, value) => value !== null)
  @IsOptional()
  @IsInt()
  @Min(1) @Max(MAX_INT)
  assigneeId?: number | null;
  @ApiPropertyOptional({ description: 'reopen: the reason; any action: a note for the history' }) @IsOmittable() @IsString() @MaxLength(10000) note?: string;
}

export class ReviewEventResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() sequence: number;
  @ApiProperty({ example: 'verdict' }) action: string;
  @ApiProperty() actorId: number;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ nullable: true, enum: CLAIM_STATUSES }) fromStatus: ClaimStatus | null;
  @ApiProperty({ nullable: true, enum: CLAIM_STATUSES }) toStatus: ClaimStatus | null;
  @ApiProperty({ nullable: true, type: Number }) fromAssigneeId: number | null;
  @ApiProperty({ nullable: true, type: Number }) toAssigneeId: number | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Action details, e.g. evidenceIds a verdict rests on' }) details: Record<string, unknown>;
  @ApiProperty() createdAt: string;
  @ApiProperty() hash: string;
  @ApiProperty({ nullable: true, type: String }) prevHash: string | null;
  @ApiProperty({ description: 'This event and all before it are intact and correctly chained' }) verified: boolean;
}

export class ClaimHistoryResponseDto {
  @ApiProperty() claimId: number;
  @ApiProperty({ description: 'The whole chain is intact' }) verified: boolean;
  @ApiProperty({ type: [ReviewEventResponseDto] }) items: ReviewEventResponseDto[];
}
