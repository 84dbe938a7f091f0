import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ClaimsModule } from '../claims/claims.module';
import { SourcesModule } from '../sources/sources.module';
import { EvidenceBasis } from './evidence-basis';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { RelatedClaimsController } from './related/related-claims.controller';
import { RelatedClaimsService } from './related/related-claims.service';

/** What bears on a claim: evidence with its stance and publisher, weighed by the independence rule, and corroboration candidates. */
@Module({
  imports: [ClaimsModule, SourcesModule, ArticlesModule],
  controllers: [EvidenceController, RelatedClaimsController],
  providers: [EvidenceService, EvidenceBasis, EvidenceRepository, RelatedClaimsService],
  exports: [EvidenceService, EvidenceBasis, EvidenceRepository],
})
export class EvidenceModule {}
