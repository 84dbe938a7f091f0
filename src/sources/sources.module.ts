import { Module } from '@nestjs/common';
import { SourceMergeService } from './source-merge.service';
import { SourceResolver } from './source-resolver';
import { SourcesController } from './sources.controller';
import { SourcesRepository } from './sources.repository';
import { SourcesService } from './sources.service';

/** Who claims are attributed to. A source's record on the desk (its claims by status) is the dashboard's: GET /sources/:id/record. */
@Module({
  controllers: [SourcesController],
  providers: [SourcesService, SourceMergeService, SourceResolver, SourcesRepository],
  exports: [SourcesService, SourceResolver, SourcesRepository],
})
export class SourcesModule {}
