import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In, IsNull } from 'typeorm';
import type { Actor } from '../auth/roles';
import { DeskTallyEntity } from '../dashboard/desk-tally.entity';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { ConflictError, NotFoundError } from '../common/problem/domain-error';
import { searchKey } from '../common/text/search-key';
import { isoNow } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { ClaimExtractionService } from '../extraction/claim-extraction.service';
import { detectLanguage } from '../extraction';
import type { ExtractionResponseDto, HeadlineCheckDto, ArticleImportResponseDto, ArticleResponseDto, ArticleRevisionResponseDto, CreateArticleDto, ListArticlesQueryDto, UpdateArticleDto } from './article.dto';
import { ArticleEntity } from './article.entity';
import { mapArticle } from './article.mapper';
import { ArticleRevisionEntity } from './article-revision.entity';
import { contentHash } from './content-hash';
import { ClaimReanchoring } from './claim-reanchoring';

@Injectable()
export class ArticlesService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly transactions: TransactionRunner,
    private readonly extraction: ClaimExtractionService,
    private readonly reanchoring: ClaimReanchoring,
  ) {}

  /** Imports an article and, unless told not to, puts its extracted claims on the desk: all in one transaction. */
  async importArticle(input: CreateArticleDto, actor: Actor): Promise<ArticleImportResponseDto> {
    const hash = contentHash(input.body);
    const { article, extraction } = await this.transactions.run(async (manager) => {
      await this.refuseDuplicate(manager, hash);
      const now = isoNow();
      const article = await manager.getRepository(ArticleEntity).save({
        title: input.title.trim(),
        titleKey: searchKey(input.title),
        body: input.body,
        language: input.language ?? detectLanguage(input.body),
        outlet: input.outlet?.trim() || null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ? new Date(input.publishedAt).toISOString() : null,
        byline: input.byline?.trim() || null,
        wireAgencies: JSON.stringify(input.wireAgencies ?? []),
        contentHash: hash,
        revision: 1,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
      await manager.getRepository(ArticleRevisionEntity).insert({ articleId: article.id, revision: 1, body: article.body, contentHash: hash, createdById: actor.id, createdAt: now });
      const extraction = input.extract === false ? null : await this.extraction.runExtraction(manager, article, actor.id);
      return { article, extraction };
    });
    const extracted = extraction?.created ?? 0;
    return { ...mapArticle(article, extracted), extractedClaims: extracted, headline: headlineCheck(extraction?.headline) };
  }

  /** Runs the extractor again (after an extractor update or a revision); claims already on the desk stay as they are. */
  async extractAgain(id: number, actor: Actor): Promise<ExtractionResponseDto> {
    const outcome = await this.transactions.run(async (manager) => this.extraction.runExtraction(manager, await this.findLive(manager, id), actor.id));
    return { articleId: id, language: outcome.language, created: outcome.created, skipped: outcome.skipped, headline: headlineCheck(outcome.headline) };
  }

  private async refuseDuplicate(manager: EntityManager, hash: string, exceptId?: number): Promise<void> {
    const existing = await manager.getRepository(ArticleEntity).findOne({ where: { contentHash: hash, deletedAt: IsNull() }, select: { id: true, title: true } });
    if (existing && existing.id !== exceptId) {
      throw new ConflictError(`This body is already on the desk as article ${existing.id} ("${existing.title}").`, {
        rule: 'no-duplicate-articles',
        existingArticleId: existing.id,
        existing: `/api/articles/${existing.id}`,
      });
    }
  }

  async listArticles(query: ListArticlesQueryDto): Promise<Page<ArticleResponseDto>> {
    const limit = query.limit ?? 50;
    const afterId = decodeCursor(query.cursor);
    const select = this.manager.getRepository(ArticleEntity).createQueryBuilder('a').where('a.deleted_at IS NULL');
    if (query.outlet) select.andWhere('LOWER(a.outlet) = :outlet', { outlet: query.outlet.trim().toLowerCase() });
    if (query.language) select.andWhere('(a.language = :language OR a.language LIKE :languagePrefix)', { language: query.language, languagePrefix: `${query.language}-%` });
    if (query.publishedFrom) select.andWhere('a.published_at >= :from', { from: new Date(query.publishedFrom).toISOString() });
    if (query.publishedTo) select.andWhere('a.published_at < :to', { to: new Date(query.publishedTo).toISOString() });
    if (query.q) select.andWhere('a.title_key LIKE :q', { q: `%${searchKey(query.q)}%` });
    if (afterId !== null) select.andWhere('a.id < :afterId', { afterId });
    const articles = await select.orderBy('a.id', 'DESC').limit(limit + 1).getMany();
    const counts = await this.claimCounts(articles.map((a) => a.id));
    return toPage(articles, limit, (article) => mapArticle(article, counts.get(article.id) ?? 0));
  }

  /** Claims per article, from the desk tallies every claim write keeps current (no counting of claims). */
  private async claimCounts(articleIds: number[]): Promise<Map<number, number>> {
    if (articleIds.length === 0) return new Map();
    const tallies = await this.manager.getRepository(DeskTallyEntity).find({ where: { scope: 'article', scopeId: In(articleIds) }, select: { scopeId: true, claims: true } });
    return new Map(tallies.map((tally) => [tally.scopeId, tally.claims]));
  }

  async findLive(manager: EntityManager, id: number): Promise<ArticleEntity> {
    const article = await manager.getRepository(ArticleEntity).findOneBy({ id, deletedAt: IsNull() });
    if (!article) throw new NotFoundError('Article', id);
    return article;
  }

  async getArticle(id: number): Promise<ArticleResponseDto> {
    const article = await this.findLive(this.manager, id);
    return mapArticle(article, (await this.claimCounts([id])).get(id) ?? 0);
  }

  /** Metadata edits change the article in place; a new body is a new revision and the claims re-anchor. */
  async reviseArticle(id: number, input: UpdateArticleDto, actor: Actor): Promise<ArticleRevisionResponseDto> {
    const { article, reanchoring } = await this.transactions.run(async (manager) => {
      const article = await this.findLive(manager, id);
      const now = isoNow();
      if (input.title !== undefined) Object.assign(article, { title: input.title.trim(), titleKey: searchKey(input.title) });
      if (input.language !== undefined) article.language = input.language;
      if (input.outlet !== undefined) article.outlet = input.outlet.trim() || null;
      if (input.url !== undefined) article.url = input.url;
      if (input.publishedAt !== undefined) article.publishedAt = new Date(input.publishedAt).toISOString();
      if (input.byline !== undefined) article.byline = input.byline.trim() || null;
      if (input.wireAgencies !== undefined) article.wireAgencies = JSON.stringify(input.wireAgencies);
      let reanchoring = null;
      if (input.body !== undefined && contentHash(input.body) !== article.contentHash) {
        const hash = contentHash(input.body);
        await this.refuseDuplicate(manager, hash, id);
        Object.assign(article, { body: input.body, contentHash: hash, revision: article.revision + 1 });
        await manager.getRepository(ArticleRevisionEntity).insert({ articleId: id, revision: article.revision, body: input.body, contentHash: hash, createdById: actor.id, createdAt: now });
        reanchoring = await this.reanchoring.reanchorClaims(manager, article, actor.id);
      }
      article.updatedAt = now;
      await manager.getRepository(ArticleEntity).save(article);
      return { article, reanchoring };
    });
    return { ...mapArticle(article, (await this.claimCounts([id])).get(id) ?? 0), reanchoring };
  }

  /** Soft delete: claims, their history and evidence stay for the record; the article leaves the desk. */
  async deleteArticle(id: number): Promise<void> {
    await this.transactions.run(async (manager) => {
      const article = await this.findLive(manager, id);
      await manager.getRepository(ArticleEntity).update({ id: article.id }, { deletedAt: isoNow() });
    });
  }
}

/** The extractor's headline check as the API shows it (only its two fields). */
function headlineCheck(headline: { statesAsFact: boolean; note: string } | null | undefined): HeadlineCheckDto | null {
  return headline ? { statesAsFact: headline.statesAsFact, note: headline.note } : null;
}
