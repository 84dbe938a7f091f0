import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
import { ParseIdPipe } from '../common/http/ids';
import { SourceRecordResponseDto } from './source-record.dto';
import { SourceRecordService } from './source-record.service';

/** A source's record on the desk: the dashboard's view of one source, beside the source resource itself (GET /sources/:id). */
@ApiTags('dashboard')
@Controller('sources/:id/record')
export class SourceRecordController {
  constructor(private readonly records: SourceRecordService) {}

  @Get()
  @ApiOperation({ summary: "A source's record: its claims by status" })
  @Authenticated()
  @ApiOkResponse({ type: SourceRecordResponseDto })
  record(@Param('id', ParseIdPipe) id: number): Promise<SourceRecordResponseDto> {
    return this.records.recordOf(id);
  }
}
