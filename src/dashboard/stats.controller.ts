import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
import { StatsResponseDto } from './stats.dto';
import { StatsService } from './stats.service';

@ApiTags('dashboard')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @ApiOperation({ summary: 'Counts by status, source and article, and the backlog by age' })
  @Authenticated()
  @ApiOkResponse({ type: StatsResponseDto })
  getStats(): Promise<StatsResponseDto> {
    return this.stats.deskStats();
  }
}
