import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SourcesModule } from '../sources/sources.module';
import { ArticleExtraction } from './article-extraction';
import { ArticlesController } from './articles.controller';
import { ArticlesRepository } from './articles.repository';
import { ArticlesService } from './articles.service';
import { MarkedClaimsController } from './marked-claims.controller';
import { SearchIndexAdoption } from './search-index-adoption';

/** Articles and their revisions; importing one puts its extracted claims on the desk, revising it re-anchors them. */
@Module({
  imports: [ClaimsModule, SourcesModule],
  controllers: [ArticlesController, MarkedClaimsController],
  providers: [ArticlesService, ArticlesRepository, ArticleExtraction, SearchIndexAdoption],
  exports: [ArticlesService, ArticlesRepository],
})
export class ArticlesModule {}
