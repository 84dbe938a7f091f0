import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { SourcesModule } from '../sources/sources.module';
import { AttributionsService } from './attributions.service';
import { ClaimReanchoring } from './claim-reanchoring';
import { ClaimWriter } from './claim-writer';
import { ClaimsController, TagsController } from './claims.controller';
import { ClaimEditor } from './claim-editor';
import { ClaimEditsService } from './claim-edits.service';
import { ClaimsRepository } from './claims.repository';
import { ClaimsService } from './claims.service';
import { TalliesRepository } from './tallies.repository';

/** Claims and their attributions, and the desk's running counts of them. Every change to a claim goes through ClaimWriter. */
@Module({
  imports: [HistoryModule, SourcesModule],
  controllers: [ClaimsController, TagsController],
  providers: [ClaimsService, AttributionsService, ClaimWriter, ClaimEditor, ClaimEditsService, ClaimReanchoring, ClaimsRepository, TalliesRepository],
  exports: [ClaimsService, ClaimWriter, ClaimEditor, ClaimReanchoring, ClaimsRepository, TalliesRepository],
})
export class ClaimsModule {}
