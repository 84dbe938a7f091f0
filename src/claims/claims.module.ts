import { DeskTalliesModule } from '../dashboard/desk-tallies.module';
import { Module } from '@nestjs/common';
import { ReviewHistoryModule } from '../review/review-history.module';
import { AttributionsService } from './attributions.service';
import { ClaimWriter } from './claim-writer';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { RelatedClaimsService } from './related/related-claims.service';

@Module({
  imports: [ReviewHistoryModule, DeskTalliesModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, AttributionsService, ClaimWriter, RelatedClaimsService],
  exports: [ClaimsService, ClaimWriter],
})
export class ClaimsModule {}
