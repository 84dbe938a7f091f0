import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SourcesModule } from '../sources/sources.module';
import { ClaimExtractionService } from './claim-extraction.service';

@Module({
  imports: [ClaimsModule, SourcesModule],
  providers: [ClaimExtractionService],
  exports: [ClaimExtractionService],
})
export class ExtractionModule {}
