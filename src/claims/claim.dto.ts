import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CLAIM_SORTS, ClaimSort } from './claim-list';
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
  @ApiPropertyOptional({ description: 'Full-text search over the claim text, its quoted words and the article title: every word must match, German and English word forms and accents folded ("Soldaten Russland" finds "nordkoreanische Soldaten in Russland", "Sudkorea" finds "Südkorea"); ranked by relevance unless `sort` says otherwise' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) q?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_INT) articleId?: number;
  @ApiPropertyOptional({ enum: CLAIM_STATUSES }) @IsOptional() @IsIn(CLAIM_STATUSES) status?: ClaimStatus;
  @ApiPropertyOptional({ description: 'Open claims (unverified or in review: the backlog) (true), or those with a verdict (false)' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() open?: boolean;
  @ApiPropertyOptional({ description: 'A verdict was given and no editor has approved it yet (true), or not (false)' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() awaitingApproval?: boolean;
  @ApiPropertyOptional({ description: 'An editor approved its verdict (true), or not (false)' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() approved?: boolean;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_INT) sourceId?: number;
  @ApiPropertyOptional({ description: 'A user id, `me` (the caller) or `nobody` (unassigned)', example: 'me' })
  @IsOptional() @IsString() @Matches(/^(?:[1-9]\d{0,9}|me|nobody)$/, { message: 'assigneeId must be a user id, me or nobody' }) assigneeId?: string;
  @ApiPropertyOptional({ enum: CLAIM_KINDS }) @IsOptional() @IsIn(CLAIM_KINDS) kind?: ClaimKind;
  @ApiPropertyOptional({ enum: CLAIM_ORIGINS }) @IsOptional() @IsIn(CLAIM_ORIGINS) origin?: ClaimOrigin;
  @ApiPropertyOptional({ description: 'Claims carrying this tag (compared without case, accents or punctuation)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(60) tag?: string;
  @ApiPropertyOptional({ description: 'Created on or after this date or time (ISO 8601)', example: '2024-10-24' }) @IsOptional() @IsISO8601({ strict: true }) createdFrom?: string;
  @ApiPropertyOptional({ description: 'Created before this date or time (ISO 8601); a date alone includes that whole day', example: '2024-10-31' }) @IsOptional() @IsISO8601({ strict: true }) createdTo?: string;
  @ApiPropertyOptional({ description: 'Only claims whose words were lost in a revision' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() orphaned?: boolean;
  @ApiPropertyOptional({ description: 'Only withdrawn claims (editors), instead of the claims on the desk' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() withdrawn?: boolean;
  @ApiPropertyOptional({ description: 'Words in the claim text (case-insensitive substring; prefer q)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) text?: string;
  @ApiPropertyOptional({ enum: CLAIM_SORTS, description: 'newest (default), oldest, article (newest article first, its claims in order), relevance (default with q)' }) @IsOptional() @IsIn(CLAIM_SORTS) sort?: ClaimSort;
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

export class WithdrawalDto {
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: Number }) byId: number | null;
  @ApiProperty() at: string;
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
  @ApiProperty({ type: [String], description: 'Topic labels' }) tags: string[];
  @ApiProperty({ description: 'Withdrawn (extracted or marked by mistake): off the desk, its lists, counts and reports' }) withdrawn: boolean;
  @ApiProperty({ type: () => WithdrawalDto, nullable: true }) withdrawal: WithdrawalDto | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ClaimPageDto {
  @ApiProperty({ type: [ClaimResponseDto] }) items: ClaimResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}


export class CorrectClaimDto {
  @ApiProperty({ description: 'The claim version this correction is based on; a stale one gets 409' }) @IsInt() @Min(1) @Max(MAX_INT) version: number;
  @ApiPropertyOptional({ description: 'The claim as a checker phrases it' }) @IsOmittable() @IsString() @MinLength(1) @MaxLength(5000) text?: string;
  @ApiPropertyOptional({ enum: CLAIM_KINDS }) @IsOmittable() @IsIn(CLAIM_KINDS) kind?: ClaimKind;
  @ApiPropertyOptional({ description: 'New first code point of the span in the current body' }) @IsOmittable() @IsInt() @Min(0) @Max(MAX_INT) start?: number;
  @ApiPropertyOptional({ description: 'New code point after the span' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) end?: number;
}

export class WithdrawClaimDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_INT) version: number;
  @ApiProperty({ description: 'Why the claim is withdrawn: kept in its history' }) @IsString() @MaxLength(2000) reason: string;
}

export class RestoreClaimDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_INT) version: number;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(2000) note?: string;
}

export class TagClaimDto {
  @ApiPropertyOptional({ type: [String], example: ['Ukraine-Krieg'] }) @IsOmittable() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(60, { each: true }) add?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) remove?: string[];
  @ApiPropertyOptional({ description: 'Claim version this change is based on; refused with 409 if stale' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) version?: number;
}

export class TagCountDto {
  @ApiProperty() tag: string;
  @ApiProperty({ description: 'Live claims carrying it' }) claims: number;
}

export class TagListDto {
  @ApiProperty({ type: [TagCountDto] }) items: TagCountDto[];
}
