import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { MAX_INT } from '../common/http/ids';
import { SourceSummaryDto } from '../sources/source-summary.dto';
import { CLAIM_STATUSES, ClaimStatus } from '../common/vocabulary';
import { ATTRIBUTION_ROLES, AttributionRole, CLAIM_KINDS, CLAIM_ORIGINS, ClaimKind, ClaimOrigin } from '../common/vocabulary';

export class CreateClaimDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_INT) articleId: number;
  @ApiProperty({ description: 'First code point of the span in the article body (Unicode code points, not UTF-16 units)' }) @IsInt() @Min(0) @Max(MAX_INT) start: number;
  @ApiProperty({ description: 'Code point after the span' }) @IsInt() @Min(1) @Max(MAX_INT) end: number;
  @ApiPropertyOptional({ description: 'The claim as a checker phrases it; defaults to the quoted words' }) @IsOmittable() @IsString() @MinLength(1) @MaxLength(5000) text?: string;
  @ApiPropertyOptional({ enum: CLAIM_KINDS, default: 'statement' }) @IsOmittable() @IsIn(CLAIM_KINDS) kind?: ClaimKind;
}

/** `true`/`false` arrive as strings in a query. */
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListClaimsQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_INT) articleId?: number;
  @ApiPropertyOptional({ enum: CLAIM_STATUSES }) @IsOptional() @IsIn(CLAIM_STATUSES) status?: ClaimStatus;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_INT) sourceId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_INT) assigneeId?: number;
  @ApiPropertyOptional({ enum: CLAIM_KINDS }) @IsOptional() @IsIn(CLAIM_KINDS) kind?: ClaimKind;
  @ApiPropertyOptional({ enum: CLAIM_ORIGINS }) @IsOptional() @IsIn(CLAIM_ORIGINS) origin?: ClaimOrigin;
  @ApiPropertyOptional({ description: 'Only claims whose words were lost in a revision' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() orphaned?: boolean;
  @ApiPropertyOptional({ description: 'Words in the claim text (case-insensitive)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) text?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class CreateAttributionDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_INT) sourceId: number;
  @ApiProperty({ enum: ATTRIBUTION_ROLES }) @IsIn(ATTRIBUTION_ROLES) role: AttributionRole;
  @ApiPropertyOptional({ example: 'nach Angaben', description: 'The words that attribute the claim' }) @IsOmittable() @IsString() @MaxLength(200) cue?: string;
  @ApiPropertyOptional({ description: 'Claim version this change is based on; refused with 409 if stale' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) version?: number;
}

export class AttributionResponseDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ATTRIBUTION_ROLES }) role: AttributionRole;
  @ApiProperty({ nullable: true, type: String }) cue: string | null;
  @ApiProperty({ type: SourceSummaryDto }) source: SourceSummaryDto;
}

export class QuoteDto {
  @ApiProperty() exact: string;
  @ApiProperty() prefix: string;
  @ApiProperty() suffix: string;
  @ApiProperty({ description: 'Unicode code points' }) start: number;
  @ApiProperty({ description: 'Unicode code points' }) end: number;
}

export class VerdictDto {
  @ApiProperty({ nullable: true, type: String }) rationale: string | null;
  @ApiProperty({ nullable: true, type: Number }) givenById: number | null;
  @ApiProperty({ nullable: true, type: String }) givenAt: string | null;
  @ApiProperty({ nullable: true, type: Number }) approvedById: number | null;
  @ApiProperty({ nullable: true, type: String }) approvedAt: string | null;
}

export class ClaimResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() articleId: number;
  @ApiProperty() text: string;
  @ApiProperty({ enum: CLAIM_KINDS }) kind: ClaimKind;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty({ enum: CLAIM_ORIGINS }) origin: ClaimOrigin;
  @ApiProperty({ description: 'Send it back with every change; a stale one gets 409' }) version: number;
  @ApiProperty({ nullable: true, type: Number }) assigneeId: number | null;
  @ApiProperty({ type: QuoteDto }) quote: QuoteDto;
  @ApiProperty({ type: [AttributionResponseDto] }) attributions: AttributionResponseDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Extractor confidence 0..1; null for manual claims' }) confidence: number | null;
  @ApiProperty({ description: 'The article only attributes it (subjunctive, "reportedly"), without standing behind it' }) hedged: boolean;
  @ApiProperty({ description: 'Its words are gone from the current revision of the article' }) orphaned: boolean;
  @ApiProperty({ type: VerdictDto, nullable: true }) verdict: VerdictDto | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ClaimPageDto {
  @ApiProperty({ type: [ClaimResponseDto] }) items: ClaimResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

