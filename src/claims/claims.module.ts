import { Module } from '@nestjs/common';
import { ReviewHistoryModule } from '../review/review-history.module';
import { AttributionsService } from './attributions.service';
import { ClaimWriter } from './claim-writer';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';

@Module({
  imports: [ReviewHistoryModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, AttributionsService, ClaimWriter],
  exports: [ClaimsService, ClaimWriter],
})
export class ClaimsModule {}
