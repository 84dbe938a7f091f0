import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
import { StatsResponseDto } from './stats.dto';
import { StatsService } from './stats.service';

@ApiTags('dashboard')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: StatsResponseDto })
  getStats(): Promise<StatsResponseDto> {
    return this.stats.deskStats();
  }
}
