import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { MAX_INT } from '../common/http/ids';
import { SourceSummaryDto } from '../sources/source-summary.dto';
import { EVIDENCE_STANCES, EvidenceStance } from '../common/vocabulary';

export class CreateEvidenceDto {
  @ApiProperty({ enum: EVIDENCE_STANCES }) @IsIn(EVIDENCE_STANCES) stance: EvidenceStance;
  @ApiPropertyOptional() @IsOmittable() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(2000) url?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MinLength(1) @MaxLength(10000) note?: string;
  @ApiPropertyOptional({ description: 'Another claim that bears on this one' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) claimId?: number;
  @ApiPropertyOptional({ description: 'The source that published the evidence' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) sourceId?: number;
  @ApiPropertyOptional({ description: 'Claim version this change is based on; refused with 409 if stale' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) version?: number;
}

export class LinkedClaimDto {
  @ApiProperty() id: number;
  @ApiProperty() articleId: number;
  @ApiProperty() text: string;
}

export class EvidenceResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() claimId: number;
  @ApiProperty({ enum: EVIDENCE_STANCES }) stance: EvidenceStance;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: LinkedClaimDto }) linkedClaim: LinkedClaimDto | null;
  @ApiProperty({ nullable: true, type: SourceSummaryDto }) source: SourceSummaryDto | null;
  @ApiProperty({ description: 'Whether its publisher is independent of the claim\'s own sources and their affiliations' }) independent: boolean;
  @ApiProperty() createdById: number;
  @ApiProperty() createdAt: string;
}
