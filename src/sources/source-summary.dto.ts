import { ApiProperty } from '@nestjs/swagger';
import { SOURCE_TYPES, SourceType } from '../common/vocabulary';

/** How a source appears inside other resources (an attribution, a piece of evidence). */
export class SourceSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SOURCE_TYPES }) type: SourceType;
}
