import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ClaimEditor } from '../claims/claim-editor';
import { ArticlesRepository } from './articles.repository';

/**
 * On start: claims stored by a release without full-text search get their entries in the index
 * (their text, quoted words and article title), once. It lives with articles, which own the titles;
 * every claim written afterwards is indexed in its own transaction.
 */
@Injectable()
export class SearchIndexAdoption implements OnModuleInit {
  private readonly logger = new Logger(SearchIndexAdoption.name);

  constructor(
    private readonly editor: ClaimEditor,
    private readonly articles: ArticlesRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    const indexed = await this.editor.indexUnindexed((ids) => this.articles.titles(ids));
    if (indexed > 0) this.logger.log(`Indexed ${indexed} claims stored before full-text search for search`);
  }
}
