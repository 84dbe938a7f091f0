import { Module } from '@nestjs/common';
import { ActivityController } from './activity.controller';
import { ActivityService } from './activity.service';
import { DeskPulse } from './desk-pulse';
import { StatsStreamController } from './stats-stream.controller';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({
  controllers: [StatsController, ActivityController, StatsStreamController],
  providers: [StatsService, ActivityService, DeskPulse],
  exports: [StatsService, ActivityService, DeskPulse],
})
export class DashboardModule {}
