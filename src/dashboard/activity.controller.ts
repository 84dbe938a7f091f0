import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/http/authenticated.decorator';
import { ActivityQueryDto, ActivityResponseDto, FlowQueryDto, FlowResponseDto } from './activity.dto';
import { ActivityService } from './activity.service';

@ApiTags('dashboard')
@Controller('stats')
export class ActivityController {
  constructor(private readonly activity: ActivityService) {}

  @Get('activity')
  @ApiOperation({ summary: "The desk's recent history events" })
  @Authenticated()
  @ApiOkResponse({ type: ActivityResponseDto, description: 'The latest review events with claim text and actor' })
  recentActivity(@Query() query: ActivityQueryDto): Promise<ActivityResponseDto> {
    return this.activity.recentActivity(query.limit);
  }

  @Get('flow')
  @ApiOperation({ summary: 'Claims opened and resolved per day' })
  @Authenticated()
  @ApiOkResponse({ type: FlowResponseDto, description: 'Claims opened and resolved per day' })
  flow(@Query() query: FlowQueryDto): Promise<FlowResponseDto> {
    return this.activity.flow(query.days);
  }
}
