import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_INT } from './ids';

/** DELETEs on a claim's parts carry the claim version they were based on as a query parameter. */
export class VersionQueryDto {
  @ApiPropertyOptional({ description: 'Claim version this change is based on; refused with 409 if stale' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1) @Max(MAX_INT)
  version?: number;
}
