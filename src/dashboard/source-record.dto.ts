import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTION_ROLES, AttributionRole, CLAIM_STATUSES, ClaimStatus } from '../common/vocabulary';

export class SourceClaimDto {
  @ApiProperty() id: number;
  @ApiProperty() articleId: number;
  @ApiProperty() text: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty({ enum: ATTRIBUTION_ROLES }) role: AttributionRole;
  @ApiProperty({ nullable: true, type: String }) cue: string | null;
}

export class SourceRecordDto {
  @ApiProperty({ description: 'Claims attributed to it, by status', type: 'object', additionalProperties: { type: 'number' } }) byStatus: Record<string, number>;
  @ApiProperty() total: number;
}

export class SourceRecordResponseDto {
  @ApiProperty() sourceId: number;
  @ApiProperty({ type: SourceRecordDto }) record: SourceRecordDto;
  @ApiProperty({ type: [SourceClaimDto], description: 'The newest 100 claims; page through all with GET /api/claims?sourceId=' }) claims: SourceClaimDto[];
}
