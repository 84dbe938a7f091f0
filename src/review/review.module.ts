import { DeskTalliesModule } from '../dashboard/desk-tallies.module';
import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { ClaimHistoryQuery } from './claim-history.query';
import { ReviewController } from './review.controller';
import { ReviewHistoryModule } from './review-history.module';
import { ReviewService } from './review.service';

@Module({
  imports: [ClaimsModule, ReviewHistoryModule, DeskTalliesModule],
  controllers: [ReviewController],
  providers: [ReviewService, ClaimHistoryQuery],
})
export class ReviewModule {}
