import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { UsersModule } from '../users/users.module';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';

/** The review workflow (workflow.ts) applied to claims. */
@Module({
  imports: [ClaimsModule, EvidenceModule, HistoryModule, UsersModule],
  controllers: [ReviewController],
  providers: [ReviewService],
  exports: [ReviewService],
})
export class ReviewModule {}
