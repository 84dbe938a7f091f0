import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';

/** BCP 47 language tags as newsrooms use them: `de`, `en`, `en-GB`, `zh-Hant`. */
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const MAX_BODY_LENGTH = 500_000;

export class CreateArticleDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(1000) title: string;
  @ApiProperty({ description: 'Plain text' }) @IsString() @MinLength(1) @MaxLength(MAX_BODY_LENGTH) body: string;
  @ApiPropertyOptional({ example: 'de', description: 'BCP 47 language tag; detected (de or en) when left out' }) @IsOmittable() @IsString() @Matches(BCP47, { message: 'language must be a BCP 47 tag such as de or en' }) language?: string;
  @ApiPropertyOptional({ example: 'ntv.de' }) @IsOmittable() @IsString() @MaxLength(200) outlet?: string;
  @ApiPropertyOptional() @IsOmittable() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(2000) url?: string;
  @ApiPropertyOptional({ example: '2024-10-24T14:17:00+02:00' }) @IsOmittable() @IsISO8601({ strict: true }) publishedAt?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(500) byline?: string;
  @ApiPropertyOptional({ type: [String], example: ['AFP', 'dpa', 'AP'] }) @IsOmittable() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true }) wireAgencies?: string[];
  @ApiPropertyOptional({ default: true, description: 'Run the claim extractor on import' }) @IsOmittable() @IsBoolean() extract?: boolean;
}

export class UpdateArticleDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @MinLength(1) @MaxLength(1000) title?: string;
  @ApiPropertyOptional({ description: 'A new body makes a new revision; claims re-anchor' }) @IsOmittable() @IsString() @MinLength(1) @MaxLength(MAX_BODY_LENGTH) body?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @Matches(BCP47, { message: 'language must be a BCP 47 tag such as de or en' }) language?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(200) outlet?: string;
  @ApiPropertyOptional() @IsOmittable() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(2000) url?: string;
  @ApiPropertyOptional() @IsOmittable() @IsISO8601({ strict: true }) publishedAt?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(500) byline?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true }) wireAgencies?: string[];
}

/** `true`/`false` arrive as strings in a query. */
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListArticlesQueryDto {
  @ApiPropertyOptional({ description: 'Admins: list the deleted articles instead (to restore one)' }) @IsOptional() @Transform(booleanQuery) @IsBoolean() deleted?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) outlet?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(BCP47) language?: string;
  @ApiPropertyOptional({ description: 'Published at or after (ISO 8601)' }) @IsOptional() @IsISO8601() publishedFrom?: string;
  @ApiPropertyOptional({ description: 'Published before (ISO 8601)' }) @IsOptional() @IsISO8601() publishedTo?: string;
  @ApiPropertyOptional({ description: 'Words in the title (case- and accent-insensitive)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) q?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class ArticleResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty() language: string;
  @ApiProperty({ nullable: true, type: String }) outlet: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) byline: string | null;
  @ApiProperty({ type: [String] }) wireAgencies: string[];
  @ApiProperty() revision: number;
  @ApiProperty() contentHash: string;
  @ApiProperty() claimCount: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleResponseDto] }) items: ArticleResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ReanchorReportDto {
  @ApiProperty({ description: 'Claims still found at their position' }) unchanged: number;
  @ApiProperty({ description: 'Claims whose words moved and were found again' }) moved: number;
  @ApiProperty({ type: [Number], description: 'Claims whose words are gone: flagged orphaned, kept for a checker' }) orphanedClaimIds: number[];
}

export class ArticleRevisionResponseDto extends ArticleResponseDto {
  @ApiProperty({ type: ReanchorReportDto, nullable: true, description: 'Set when the body changed' }) reanchoring: ReanchorReportDto | null;
}

export class HeadlineCheckDto {
  @ApiProperty({ description: 'The headline states as fact what the body only attributes to a source' }) statesAsFact: boolean;
  @ApiProperty() note: string;
}

export class ArticleImportResponseDto extends ArticleResponseDto {
  @ApiProperty({ description: 'Claims the extractor put on the desk' }) extractedClaims: number;
  @ApiProperty({ type: HeadlineCheckDto, nullable: true, description: 'Set when the extractor ran' }) headline: HeadlineCheckDto | null;
}

export class ExtractionResponseDto {
  @ApiProperty() articleId: number;
  @ApiProperty({ enum: ['de', 'en'] }) language: string;
  @ApiProperty({ description: 'New claims put on the desk' }) created: number;
  @ApiProperty({ description: 'Claims found again at words already on the desk, not added twice' }) skipped: number;
  @ApiProperty({ type: HeadlineCheckDto, nullable: true }) headline: HeadlineCheckDto | null;
}
