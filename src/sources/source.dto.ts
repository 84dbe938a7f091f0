import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { MAX_INT } from '../common/http/ids';
import { SourceSummaryDto } from './source-summary.dto';
import { SOURCE_TYPES, SourceType } from '../common/vocabulary';

const COUNTRY = /^[A-Z]{2}$/;

/** Clients echo the Source resource's shape back: accept `affiliation` as an id or as `{id}`. */
const affiliationRef = ({ value }: { value: unknown }) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;

export class CreateSourceDto {
  @ApiProperty({ example: 'National Intelligence Service' }) @IsString() @MinLength(1) @MaxLength(300) name: string;
  @ApiPropertyOptional({ enum: SOURCE_TYPES, description: 'Taken from the source registry for well-known names, else other, when left out' }) @IsOmittable() @IsIn(SOURCE_TYPES) type?: SourceType;
  @ApiPropertyOptional({ example: 'KR', description: 'ISO 3166-1 alpha-2' }) @IsOmittable() @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code such as KR' }) country?: string;
  @ApiPropertyOptional({ type: [String], example: ['NIS', 'südkoreanischer Geheimdienst'] }) @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(300, { each: true }) aliases?: string[];
  @ApiPropertyOptional({ description: 'The organisation this person speaks for' }) @IsOmittable() @IsInt() @Min(1) @Max(MAX_INT) affiliationId?: number;
  @ApiPropertyOptional({ description: 'Same as affiliationId, named as in the Source resource; an id or {id}' }) @IsOmittable() @Transform(affiliationRef) @IsInt() @Min(1) @Max(MAX_INT) affiliation?: number;
}

export class UpdateSourceDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @MinLength(1) @MaxLength(300) name?: string;
  @ApiPropertyOptional({ enum: SOURCE_TYPES }) @IsOmittable() @IsIn(SOURCE_TYPES) type?: SourceType;
  @ApiPropertyOptional({ nullable: true, type: String }) @ValidateIf((_o, v) => v !== null) @IsOptional() @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code such as KR' }) country?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Replaces the aliases' }) @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(300, { each: true }) aliases?: string[];
  @ApiPropertyOptional({ nullable: true, type: Number }) @ValidateIf((_o, v) => v !== null) @IsOptional() @IsInt() @Min(1) @Max(MAX_INT) affiliationId?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'Same as affiliationId, named as in the Source resource; an id, {id} or null' })
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @Transform(affiliationRef)
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  affiliation?: number | null;
}

export class MergeSourceDto {
  @ApiProperty({ description: 'The source that remains; this one is merged into it' }) @IsInt() @Min(1) @Max(MAX_INT) intoId: number;
}

export class ListSourcesQueryDto {
  @ApiPropertyOptional({ description: 'Name or any alias, case- and accent-insensitive' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) q?: string;
  @ApiPropertyOptional({ enum: SOURCE_TYPES }) @IsOptional() @IsIn(SOURCE_TYPES) type?: SourceType;
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY) country?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class SourceResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SOURCE_TYPES }) type: SourceType;
  @ApiProperty({ nullable: true, type: String }) country: string | null;
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty({ nullable: true, type: SourceSummaryDto }) affiliation: SourceSummaryDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Set when this record was merged into another' }) mergedIntoId: number | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class SourcePageDto {
  @ApiProperty({ type: [SourceResponseDto] }) items: SourceResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class SourceDetailResponseDto extends SourceResponseDto {
  @ApiProperty({ type: [SourceSummaryDto], description: 'People affiliated with this organisation' }) members: SourceSummaryDto[];
}

export class MergeResultDto {
  @ApiProperty({ type: SourceResponseDto }) source: SourceResponseDto;
  @ApiProperty({ description: 'Claims whose attributions moved to the surviving source' }) movedAttributions: number;
  @ApiProperty({ description: 'Attributions folded into the survivor\'s because the claim already had it in the same role (kept in its history)' }) foldedAttributions: number;
  @ApiProperty() movedEvidence: number;
}
