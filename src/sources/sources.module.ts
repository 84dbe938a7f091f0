import { Module } from '@nestjs/common';
import { ReviewHistoryModule } from '../review/review-history.module';
import { SourceMergeService } from './source-merge.service';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';

@Module({
  imports: [ReviewHistoryModule],
  controllers: [SourcesController],
  providers: [SourcesService, SourceMergeService],
  exports: [SourcesService],
})
export class SourcesModule {}
