import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ArticlesRepository } from '../articles/articles.repository';
import { ArticlesService } from '../articles/articles.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ConflictError } from '../common/problem/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { UsersService } from '../users/users.service';
import { loadDemoArticle } from './demo-article';

/** On an empty database, the demo article is on the desk the moment the service is up. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly articlesRepository: ArticlesRepository,
    private readonly articles: ArticlesService,
    private readonly users: UsersService,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.getOrThrow<AppConfig>(APP_CONFIG).seedDemo) return;
    // Any article ever imported, even a deleted one, means this desk is in use: leave it alone.
    if (await this.articlesRepository.any()) return;
    const admin = await this.users.oldestAdmin();
    try {
      const article = await this.articles.importArticle(loadDemoArticle(), { id: admin.id, role: admin.role, displayName: admin.displayName });
      this.logger.log(`Imported the demo article ${article.id} ("${article.title}") with ${article.extractedClaims} extracted claims`);
    } catch (error) {
      if (error instanceof ConflictError || isUniqueViolation(error)) return; // a second instance imported it first
      throw error;
    }
  }
}
