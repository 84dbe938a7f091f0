import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AuthModule } from '../auth/auth.module';
import { ClaimsModule } from '../claims/claims.module';
import { HistoryModule } from '../history/history.module';
import { SourcesModule } from '../sources/sources.module';
import { UsersModule } from '../users/users.module';
import { ActivityController } from './activity.controller';
import { ActivityService } from './activity.service';
import { DeskPulse } from './desk-pulse';
import { LiveStreams } from './live-streams';
import { SourceRecordController } from './source-record.controller';
import { SourceRecordService } from './source-record.service';
import { StatsStreamController } from './stats-stream.controller';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

/** The desk at a glance: counts, backlog, activity, a source's record, live over SSE. */
@Module({
  imports: [AuthModule, ClaimsModule, HistoryModule, ArticlesModule, SourcesModule, UsersModule],
  controllers: [StatsController, ActivityController, StatsStreamController, SourceRecordController],
  providers: [StatsService, ActivityService, DeskPulse, SourceRecordService, LiveStreams],
  exports: [StatsService, ActivityService, DeskPulse, SourceRecordService, LiveStreams],
})
export class DashboardModule {}
