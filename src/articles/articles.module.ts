import { Module } from '@nestjs/common';
import { ExtractionModule } from '../extraction/extraction.module';
import { ReviewHistoryModule } from '../review/review-history.module';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { ClaimReanchoring } from './claim-reanchoring';

@Module({
  imports: [ExtractionModule, ReviewHistoryModule],
  controllers: [ArticlesController],
  providers: [ArticlesService, ClaimReanchoring],
  exports: [ArticlesService],
})
export class ArticlesModule {}
