import { Injectable } from '@nestjs/common';
import { ClaimReanchoring } from '../claims/claim-reanchoring';
import { ClaimWriter } from '../claims/claim-writer';
import { ClaimEditor } from '../claims/claim-editor';
import type { CorrectClaimDto, CreateClaimDto, ClaimResponseDto } from '../claims/claim.dto';
import { ClaimsService } from '../claims/claims.service';
import { TalliesRepository } from '../claims/tallies.repository';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/problem/domain-error';
import { searchKey } from '../common/text/search-key';
import { isoNow } from '../common/time';
import { Actor, hasRole } from '../common/vocabulary';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import type { WriteTx } from '../database/write-tx';
import { detectLanguage } from '../extraction';
import { SOURCES_LOCK } from '../sources/sources.service';
import type { ArticleImportResponseDto, ArticleResponseDto, ArticleRevisionResponseDto, CreateArticleDto, ExtractionResponseDto, HeadlineCheckDto, ListArticlesQueryDto, UpdateArticleDto } from './article.dto';
import type { ArticleEntity } from './article.entity';
import { ArticleImported } from './article-events';
import { ArticleExtraction, extractFrom } from './article-extraction';
import { mapArticle } from './article.mapper';
import { ArticlesRepository } from './articles.repository';
import { contentHash } from './content-hash';

/** What a caller importing in bulk adds to an import's transaction. */
export interface ImportArticleOptions {
  /**
   * Runs inside the import's transaction once the article and its claims are written: what it records
   * (an import job marking its item done) commits with the article or rolls back with it; throwing
   * undoes the import.
   */
  inTransaction?: (tx: WriteTx, article: ArticleEntity) => Promise<void>;
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly db: Database,
    private readonly articles: ArticlesRepository,
    private readonly extraction: ArticleExtraction,
    private readonly reanchoring: ClaimReanchoring,
    private readonly writer: ClaimWriter,
    private readonly editor: ClaimEditor,
    private readonly claims: ClaimsService,
    private readonly tallies: TalliesRepository,
    private readonly events: TransactionEvents,
  ) {}

  /**
   * Imports an article and, unless told not to, puts its extracted claims on the desk: all in one
   * transaction. The extractor runs before it, so the writer is held only for the inserts.
   */
  async importArticle(input: CreateArticleDto, actor: Actor, options: ImportArticleOptions = {}): Promise<ArticleImportResponseDto> {
    const hash = contentHash(input.body);
    const language = input.language ?? detectLanguage(input.body);
    const extracted = input.extract === false ? null : extractFrom({ body: input.body, language, title: input.title });
    const { article, outcome } = await this.db.write(async (tx) => {
      await tx.lock(SOURCES_LOCK, 'shared');
      await this.refuseDuplicate(tx, hash);
      const now = isoNow();
      const article = await this.articles.insert(tx, {
        title: input.title.trim(),
        titleKey: searchKey(input.title),
        body: input.body,
        language,
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
      await this.articles.insertRevision(tx, { articleId: article.id, revision: 1, body: article.body, contentHash: hash, createdById: actor.id, createdAt: now });
      const outcome = extracted ? await this.extraction.putOnDesk(tx, article, extracted, actor.id, { newArticle: true }) : null;
      await this.events.publish(tx, ArticleImported, { article, extractedClaims: outcome?.created ?? 0, actorId: actor.id });
      await options.inTransaction?.(tx, article);
      return { article, outcome };
    });
    const created = outcome?.created ?? 0;
    return { ...mapArticle(article, created), extractedClaims: created, headline: headlineCheck(outcome?.headline) };
  }

  /** Runs the extractor again (after an extractor update or a revision); claims already on the desk stay as they are. */
  async extractAgain(id: number, actor: Actor): Promise<ExtractionResponseDto> {
    const before = await this.findLive(id);
    let extracted = extractFrom(before);
    const outcome = await this.db.write(async (tx) => {
      await tx.lock(SOURCES_LOCK, 'shared');
      const article = await this.findLive(id, tx);
      // Revised in the meantime: extract the words as they are now (rare, so done in the transaction).
      if (article.contentHash !== before.contentHash || article.language !== before.language) extracted = extractFrom(article);
      return this.extraction.putOnDesk(tx, article, extracted, actor.id);
    });
    return { articleId: id, language: outcome.language, created: outcome.created, skipped: outcome.skipped, headline: headlineCheck(outcome.headline) };
  }

  /** A checker marks a span of the article by hand. */
  async markClaim(input: CreateClaimDto, actor: Actor): Promise<ClaimResponseDto> {
    return this.db.write(async (tx) => {
      const article = await this.findLive(input.articleId, tx);
      const [claim] = await this.writer.createMany(tx, article, [{ start: input.start, end: input.end, text: input.text, kind: input.kind, origin: 'manual' }], actor.id);
      return this.claims.getClaim(claim.id, tx);
    });
  }

  /** A claim's wording, kind or span corrected in one transaction, against the article's current body. */
  async correctClaim(claimId: number, input: CorrectClaimDto, actor: Actor): Promise<ClaimResponseDto> {
    return this.db.write(async (tx) => {
      const claim = await this.writer.loadForChange(tx, claimId, input.version);
      const article = await this.findLive(claim.articleId, tx);
      await this.editor.correct(tx, claim, { text: input.text, kind: input.kind, start: input.start, end: input.end }, actor, article);
      return this.claims.getClaim(claimId, tx);
    });
  }

  private async refuseDuplicate(tx: WriteTx, hash: string, exceptId?: number): Promise<void> {
    const existing = await this.articles.findLiveByContentHash(hash, tx);
    if (existing && existing.id !== exceptId) {
      throw new ConflictError(`This body is already on the desk as article ${existing.id} ("${existing.title}").`, {
        rule: 'no-duplicate-articles',
        existingArticleId: existing.id,
        existing: `/api/articles/${existing.id}`,
      });
    }
  }

  /** The live article with this body (same content hash), if there is one: what an import would be refused as a duplicate of. */
  duplicateOf(body: string): Promise<Pick<ArticleEntity, 'id' | 'title'> | null> {
    return this.articles.liveWithContentHash(contentHash(body));
  }

  /** Live articles; deleted ones only for admins, who may restore them. */
  async listArticles(query: ListArticlesQueryDto, actor: Actor): Promise<Page<ArticleResponseDto>> {
    if (query.deleted && !hasRole(actor.role, 'admin')) throw new ForbiddenError('Only an admin may list deleted articles.');
    const limit = query.limit ?? 50;
    const articles = await this.articles.list({
      deleted: query.deleted ?? false,
      outlet: query.outlet?.trim().toLowerCase(),
      language: query.language,
      publishedFrom: query.publishedFrom ? new Date(query.publishedFrom).toISOString() : undefined,
      publishedTo: query.publishedTo ? new Date(query.publishedTo).toISOString() : undefined,
      titleKey: query.q ? searchKey(query.q) : undefined,
      afterId: decodeCursor(query.cursor),
      rows: limit + 1,
    });
    const counts = await this.tallies.of('article', articles.slice(0, limit).map((a) => a.id));
    return toPage(articles, limit, (article) => mapArticle(article, counts.get(article.id)?.claims ?? 0));
  }

  /**
   * A live article. Inside a write it is locked until COMMIT: every change to an article's claims
   * (revising, extracting, marking, deleting, restoring) takes the article first, then its claims,
   * so two of them never interleave and never wait for each other in opposite orders.
   */
  async findLive(id: number, tx?: WriteTx): Promise<ArticleEntity> {
    const article = tx ? await this.articles.lock(tx, id) : await this.articles.findLive(id);
    if (!article || article.deletedAt !== null) throw new NotFoundError('Article', id);
    return article;
  }

  async getArticle(id: number): Promise<ArticleResponseDto> {
    const article = await this.findLive(id);
    return mapArticle(article, (await this.tallies.of('article', [id])).get(id)?.claims ?? 0);
  }

  /** Metadata edits change the article in place; a new body is a new revision and the claims re-anchor. */
  async reviseArticle(id: number, input: UpdateArticleDto, actor: Actor): Promise<ArticleRevisionResponseDto> {
    const { article, reanchoring } = await this.db.write(async (tx) => {
      const article = await this.findLive(id, tx);
      const now = isoNow();
      const changes: Partial<ArticleEntity> = { updatedAt: now };
      if (input.title !== undefined) Object.assign(changes, { title: input.title.trim(), titleKey: searchKey(input.title) });
      if (input.language !== undefined) changes.language = input.language;
      if (input.outlet !== undefined) changes.outlet = input.outlet.trim() || null;
      if (input.url !== undefined) changes.url = input.url;
      if (input.publishedAt !== undefined) changes.publishedAt = new Date(input.publishedAt).toISOString();
      if (input.byline !== undefined) changes.byline = input.byline.trim() || null;
      if (input.wireAgencies !== undefined) changes.wireAgencies = JSON.stringify(input.wireAgencies);
      let reanchoring = null;
      if (input.body !== undefined && contentHash(input.body) !== article.contentHash) {
        const hash = contentHash(input.body);
        await this.refuseDuplicate(tx, hash, id);
        Object.assign(changes, { body: input.body, contentHash: hash, revision: article.revision + 1 });
        await this.articles.insertRevision(tx, { articleId: id, revision: article.revision + 1, body: input.body, contentHash: hash, createdById: actor.id, createdAt: now });
        reanchoring = await this.reanchoring.reanchorClaims(tx, { id, body: input.body, title: changes.title ?? article.title, revision: article.revision + 1 }, actor.id);
      }
      await this.articles.update(tx, id, changes);
      // Claims are searched by their article's title too: a new title is indexed with them in this transaction.
      if (changes.title !== undefined && changes.title !== article.title) await this.editor.reindexArticle(tx, id, changes.title);
      return { article: { ...article, ...changes }, reanchoring };
    });
    return { ...mapArticle(article, (await this.tallies.of('article', [id])).get(id)?.claims ?? 0), reanchoring };
  }

  /** Soft delete: claims, their history and evidence stay for the record; the article and its claims leave every list, count and export. */
  async deleteArticle(id: number): Promise<void> {
    await this.db.write(async (tx) => {
      await this.findLive(id, tx);
      await this.articles.update(tx, id, { deletedAt: isoNow() });
      await this.writer.setArticleDeleted(tx, id, true);
    });
  }

  /** Brings a deleted article and its claims back to the desk, unless the same body was imported again since. */
  async restoreArticle(id: number): Promise<ArticleResponseDto> {
    const article = await this.db.write(async (tx) => {
      const article = await this.articles.lock(tx, id);
      if (!article) throw new NotFoundError('Article', id);
      if (article.deletedAt === null) throw new ConflictError(`Article ${id} is not deleted.`, { rule: 'restore-deleted-only' });
      await this.refuseDuplicate(tx, article.contentHash, id);
      await this.articles.update(tx, id, { deletedAt: null, updatedAt: isoNow() });
      await this.writer.setArticleDeleted(tx, id, false);
      return { ...article, deletedAt: null };
    });
    return mapArticle(article, (await this.tallies.of('article', [id])).get(id)?.claims ?? 0);
  }
}

/** The extractor's headline check as the API shows it (only its two fields). */
function headlineCheck(headline: { statesAsFact: boolean; note: string } | null | undefined): HeadlineCheckDto | null {
  return headline ? { statesAsFact: headline.statesAsFact, note: headline.note } : null;
}
