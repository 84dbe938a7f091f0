import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ArticleEntity } from '../articles/article.entity';

/** Puts an article's extracted claims on the desk inside the import's transaction. */
@Injectable()
export class ClaimExtractionService {
  async extractInto(_manager: EntityManager, _article: ArticleEntity, _actorId: number): Promise<number> {
    return 0;
  }
}
