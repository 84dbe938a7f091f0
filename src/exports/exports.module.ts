import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ClaimsModule } from '../claims/claims.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HistoryModule } from '../history/history.module';
import { SourcesModule } from '../sources/sources.module';
import { UsersModule } from '../users/users.module';
import { DeskExport } from './desk-export';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { ReportBuilder } from './report-builder';

/** Annotated reports of an article (HTML, PDF, Markdown, JSON, CSV, ClaimReview, W3C) and the streamed whole-desk export. */
@Module({
  imports: [ArticlesModule, ClaimsModule, EvidenceModule, HistoryModule, SourcesModule, UsersModule],
  controllers: [ExportsController],
  providers: [ExportsService, ReportBuilder, DeskExport],
  exports: [ExportsService],
})
export class ExportsModule {}
