import { ApiProperty } from '@nestjs/swagger';
import { ClaimResponseDto } from '../claims/claim.dto';
import { EvidenceResponseDto } from '../evidence/evidence.dto';
import { ReviewEventResponseDto } from '../history/history.dto';
import { CLAIM_ACTIONS, ClaimAction } from './workflow';

/** A claim as the signed-in reader may act on it. */
export class ReviewedClaimResponseDto extends ClaimResponseDto {
  @ApiProperty({ enum: CLAIM_ACTIONS, isArray: true, description: 'What the signed-in reader may do to the claim now (the workflow decides; the desk shows these)' })
  allowedActions: ClaimAction[];
}

/** One claim with everything a checker needs to review it. */
export class ClaimDetailResponseDto extends ReviewedClaimResponseDto {
  @ApiProperty({ type: [EvidenceResponseDto] }) evidence: EvidenceResponseDto[];
  @ApiProperty({ type: [ReviewEventResponseDto] }) history: ReviewEventResponseDto[];
  @ApiProperty({ description: 'The history chain is intact' }) historyVerified: boolean;
}
