import type { ArticleResponseDto } from './article.dto';
import type { ArticleEntity } from './article.entity';

export function mapArticle(article: ArticleEntity, claimCount: number): ArticleResponseDto {
  return {
    id: article.id,
    title: article.title,
    body: article.body,
    language: article.language,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt,
    byline: article.byline,
    wireAgencies: JSON.parse(article.wireAgencies) as string[],
    revision: article.revision,
    contentHash: article.contentHash,
    claimCount,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
  };
}
