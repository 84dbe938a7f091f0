import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsOmittable } from '../common/http/is-omittable';
import { MAX_INT } from '../common/http/ids';
import { CLAIM_KINDS, ClaimKind } from '../common/vocabulary';

export class CreateSavedFilterDto {
  @ApiProperty({ example: 'Wartet auf Freigabe' }) @IsString() @MinLength(1) @MaxLength(100) name: string;
  @ApiProperty({ description: 'The queue\'s query string, as in /claims?…', example: 'awaitingApproval=true&sort=oldest' }) @IsString() @MaxLength(2000) query: string;
  @ApiPropertyOptional({ description: 'Shared with the whole desk (else only yours)', default: false }) @IsOmittable() @IsBoolean() shared?: boolean;
}

export class SavedFilterResponseDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() query: string;
  @ApiProperty() shared: boolean;
  @ApiProperty() ownerId: number;
  @ApiProperty({ description: 'The caller saved it (and may delete it)' }) mine: boolean;
}

export class SavedFilterListDto {
  @ApiProperty({ type: [SavedFilterResponseDto] }) items: SavedFilterResponseDto[];
}

export const BULK_ACTIONS = ['assign', 'take', 'tag', 'untag', 'kind'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export class BulkClaimRefDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_INT) id: number;
  @ApiProperty({ description: 'The version on screen: a claim changed since is refused, not overwritten' }) @IsInt() @Min(1) @Max(MAX_INT) version: number;
}

export class BulkRequestDto {
  @ApiProperty({ enum: BULK_ACTIONS }) @IsIn(BULK_ACTIONS) action: BulkAction;
  @ApiProperty({ type: [BulkClaimRefDto], maxItems: 200 }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => BulkClaimRefDto) claims: BulkClaimRefDto[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'assign: the user, or null for nobody' })
  @ValidateIf((_object, value) => value !== null) @IsOptional() @IsInt() @Min(1) @Max(MAX_INT) assigneeId?: number | null;
  @ApiPropertyOptional({ description: 'tag, untag: the tag' }) @IsOmittable() @IsString() @MinLength(1) @MaxLength(60) tag?: string;
  @ApiPropertyOptional({ enum: CLAIM_KINDS, description: 'kind: the new kind' }) @IsOmittable() @IsIn(CLAIM_KINDS) kind?: ClaimKind;
}

export class BulkChangedDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The claim\'s version after the change' }) version: number;
}

export class BulkRefusedDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The HTTP status the single request would have had' }) status: number;
  @ApiProperty({ nullable: true, type: String, description: 'The rule that refused it' }) rule: string | null;
  @ApiProperty() detail: string;
}

export class BulkResultDto {
  @ApiProperty({ type: [BulkChangedDto] }) changed: BulkChangedDto[];
  @ApiProperty({ type: [BulkRefusedDto] }) refused: BulkRefusedDto[];
}
