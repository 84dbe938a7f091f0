import { ApiProperty } from '@nestjs/swagger';
import { EvidenceResponseDto } from '../evidence/evidence.dto';
import { ReviewEventResponseDto } from '../review/review.dto';
import { ClaimResponseDto } from './claim.dto';

/** One claim with everything a checker needs to review it. */
export class ClaimDetailResponseDto extends ClaimResponseDto {
  @ApiProperty({ type: [EvidenceResponseDto] }) evidence: EvidenceResponseDto[];
  @ApiProperty({ type: [ReviewEventResponseDto] }) history: ReviewEventResponseDto[];
  @ApiProperty({ description: 'The history chain is intact' }) historyVerified: boolean;
}
