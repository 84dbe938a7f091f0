import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListClaimsQueryDto } from '../claims/claim.dto';
import { EXPORT_FORMAT_NAMES, ExportFormatName } from './formats';

export class ArticleExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMAT_NAMES }) @IsIn(EXPORT_FORMAT_NAMES) format: ExportFormatName;
  @ApiPropertyOptional({ enum: ['claims', 'attributions'], default: 'claims', description: 'csv: one row per claim, or one per attribution' })
  @IsOptional()
  @IsIn(['claims', 'attributions'])
  rows?: 'claims' | 'attributions';
}

export const DESK_EXPORT_FORMATS = ['csv', 'jsonl'] as const;

/** The claim list's filters, plus the format; streamed, so no limit or cursor. */
export class DeskExportQueryDto extends ListClaimsQueryDto {
  @ApiProperty({ enum: DESK_EXPORT_FORMATS }) @IsIn(DESK_EXPORT_FORMATS) format: (typeof DESK_EXPORT_FORMATS)[number];
}
