import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { ReviewModule } from '../review/review.module';
import { BulkActionsService } from './bulk-actions.service';
import { BulkActionsController, SavedFiltersController } from './queue.controller';
import { QueueService } from './queue.service';
import { SavedFiltersRepository } from './saved-filters.repository';

/** The claims queue's own nouns: saved filters and bulk actions (the list itself is GET /api/claims). */
@Module({
  imports: [ClaimsModule, ReviewModule],
  controllers: [SavedFiltersController, BulkActionsController],
  providers: [QueueService, SavedFiltersRepository, BulkActionsService],
  exports: [QueueService],
})
export class QueueModule {}
