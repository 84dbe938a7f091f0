import type { CreateArticleDto } from '../articles/article.dto';
import type { ArticlesService, ImportArticleOptions } from '../articles/articles.service';
import { ConflictError, DomainError } from '../common/problem/domain-error';
import type { Actor } from '../common/vocabulary';
import { isUniqueViolation } from '../database/db-errors';

/** What became of one article of a bulk import (the API's jobs and the command line alike). */
export type ImportOutcome =
  | { outcome: 'imported'; articleId: number; claims: number }
  | { outcome: 'duplicate'; articleId: number; reason: string }
  | { outcome: 'refused'; reason: string };

/**
 * Imports one article through the articles feature (its own transaction). A body already on the
 * desk is a duplicate to skip, not an error; any other refusal by the product's rules is reported
 * with its reason. Anything else (the database going away) is thrown: the article was not processed.
 */
export async function importOne(articles: ArticlesService, input: CreateArticleDto, actor: Actor, options: ImportArticleOptions = {}): Promise<ImportOutcome> {
  try {
    return await importOnce(articles, input, actor, options);
  } catch (error) {
    // Two imports of one body at once (two instances, or two lanes of one run) race on the unique
    // content hash: the loser tries again and now finds the winner's article, a duplicate.
    if (!isUniqueViolation(error)) throw error;
    return importOnce(articles, input, actor, options);
  }
}

async function importOnce(articles: ArticlesService, input: CreateArticleDto, actor: Actor, options: ImportArticleOptions): Promise<ImportOutcome> {
  try {
    const article = await articles.importArticle(input, actor, options);
    return { outcome: 'imported', articleId: article.id, claims: article.extractedClaims };
  } catch (error) {
    if (error instanceof ConflictError && typeof error.extensions.existingArticleId === 'number') {
      return { outcome: 'duplicate', articleId: error.extensions.existingArticleId, reason: `duplicate of article ${error.extensions.existingArticleId}` };
    }
    // Any other refusal by the product's rules is this article's, reported with its reason; the run goes on.
    if (error instanceof DomainError) return { outcome: 'refused', reason: error.message };
    throw error;
  }
}
