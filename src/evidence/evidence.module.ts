import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { ReviewHistoryModule } from '../review/review-history.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [ClaimsModule, ReviewHistoryModule],
  controllers: [EvidenceController],
  providers: [EvidenceService],
})
export class EvidenceModule {}
