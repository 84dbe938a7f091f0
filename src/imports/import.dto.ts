import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_BODY_LENGTH } from '../articles/article.dto';
import { IsOmittable } from '../common/http/is-omittable';
import { IMPORT_JOB_STATES, type ImportJobState } from './import-job.entity';

export class ImportJobCreatedDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: IMPORT_JOB_STATES }) state: ImportJobState;
  @ApiProperty({ description: 'Articles (non-blank lines) in the upload' }) total: number;
}

export class ImportReportLineDto {
  @ApiProperty({ description: 'Line number in the upload (1-based)' }) line: number;
  @ApiProperty({ enum: ['duplicate', 'refused'] }) outcome: 'duplicate' | 'refused';
  @ApiProperty({ nullable: true, type: Number, description: 'For a duplicate: the article it repeats' }) articleId: number | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
}

export class ImportJobDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: IMPORT_JOB_STATES }) state: ImportJobState;
  @ApiProperty({ description: '`api` or the uploaded file\'s name' }) origin: string;
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Articles processed so far: imported + duplicates + refused' }) done: number;
  @ApiProperty() imported: number;
  @ApiProperty({ description: 'Bodies already on the desk: skipped, not an error' }) duplicates: number;
  @ApiProperty({ description: 'Lines that are not a valid article (see report)' }) refused: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiPropertyOptional({ type: [ImportReportLineDto], description: 'Duplicates and refusals with their reasons (the first 500), on GET /api/imports/:id' }) report?: ImportReportLineDto[];
}

export class ImportJobPageDto {
  @ApiProperty({ type: [ImportJobDto] }) items: ImportJobDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ListImportsQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_JOB_STATES }) @IsOptional() @IsIn(IMPORT_JOB_STATES) state?: ImportJobState;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class PreviewArticleDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(1000) title?: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(MAX_BODY_LENGTH) body: string;
  @ApiPropertyOptional({ description: 'BCP 47; detected when left out' }) @IsOmittable() @IsString() @Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as de or en' }) language?: string;
}

export class PreviewAttributionDto {
  @ApiProperty() role: string;
  @ApiProperty({ nullable: true, type: String }) cue: string | null;
  @ApiProperty() sourceName: string;
  @ApiProperty() sourceType: string;
}

export class PreviewClaimDto {
  @ApiProperty() text: string;
  @ApiProperty() kind: string;
  @ApiProperty({ description: 'Code points, as everywhere' }) start: number;
  @ApiProperty() end: number;
  @ApiProperty() exact: string;
  @ApiProperty() hedged: boolean;
  @ApiProperty({ type: [PreviewAttributionDto] }) attributions: PreviewAttributionDto[];
}

export class ImportPreviewDto {
  @ApiProperty({ description: 'The language the import would use: the one given, else the detected one' }) language: string;
  @ApiProperty({ description: 'What the detector reads the body as (de or en)' }) detectedLanguage: string;
  @ApiProperty({ type: [PreviewClaimDto], description: 'The claims an import would put on the desk' }) claims: PreviewClaimDto[];
  @ApiProperty({ nullable: true, type: Object, description: 'The live article with the same body, which an import would be refused as a duplicate of' }) duplicateOf: { id: number; title: string; url: string } | null;
  @ApiProperty({ nullable: true, type: Object }) headline: { statesAsFact: boolean; note: string } | null;
}
