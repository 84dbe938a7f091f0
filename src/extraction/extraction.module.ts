import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SourcesModule } from '../sources/sources.module';
import { ClaimExtractionService } from './claim-extraction.service';
import { SourceResolver } from './source-resolver';

@Module({
  imports: [ClaimsModule, SourcesModule],
  providers: [ClaimExtractionService, SourceResolver],
  exports: [ClaimExtractionService],
})
export class ExtractionModule {}
