import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { MAX_INT } from '../common/http/ids';
import { Verdict, VERDICTS } from '../common/vocabulary';
import { REVIEW_ACTIONS, ReviewAction } from './workflow';

export class ReviewRequestDto {
  @ApiProperty({ enum: REVIEW_ACTIONS }) @IsIn(REVIEW_ACTIONS) action: ReviewAction;
  @ApiProperty({ description: 'The claim version this decision is based on' }) @IsInt() @Min(1) @Max(MAX_INT) version: number;
  @ApiPropertyOptional({ enum: VERDICTS }) @IsOmittable() @IsIn(VERDICTS) verdict?: Verdict;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(10000) rationale?: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'reassign: the new assignee, or null to unassign' })
  @ValidateIf((_object, value) => value !== null)
  @IsOptional()
  @IsInt()
  @Min(1) @Max(MAX_INT)
  assigneeId?: number | null;
  @ApiPropertyOptional({ description: 'reopen: the reason; any action: a note for the history' }) @IsOmittable() @IsString() @MaxLength(10000) note?: string;
}
