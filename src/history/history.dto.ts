import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_STATUSES, ClaimStatus } from '../common/vocabulary';

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
