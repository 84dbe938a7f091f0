import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../common/vocabulary';
import { ListArticlesQueryDto } from '../articles/article.dto';
import { ArticlesService } from '../articles/articles.service';
import type { ClaimResponseDto } from '../claims/claim.dto';
import { ClaimsService } from '../claims/claims.service';
import { DeskPulse } from '../dashboard/desk-pulse';
import { articlePage } from './pages/article.page';
import { articlesPage } from './pages/articles.page';
import { dashboardPage } from './pages/dashboard.page';
import { pageQuery } from './page-query';
import { sendPage } from './page-session';

/** More claims than this on one article are listed but not highlighted (a pathological import). */
const MAX_HIGHLIGHTED_CLAIMS = 5000;

/** The dashboard and the article pages (routes: web-routes.ts). */
@Injectable()
export class DeskPages {
  constructor(
    private readonly pulse: DeskPulse,
    private readonly articles: ArticlesService,
    private readonly claims: ClaimsService,
  ) {}

  async dashboard(actor: Actor, reply: FastifyReply): Promise<void> {
    sendPage(reply, dashboardPage(actor, await this.pulse.snapshot()));
  }

  async articleList(actor: Actor, rawQuery: Record<string, unknown>, reply: FastifyReply): Promise<void> {
    const { query, filters, problem } = await pageQuery(ListArticlesQueryDto, rawQuery, ['q', 'outlet', 'language', 'cursor']);
    const page = await this.articles.listArticles({ ...query, limit: 50 }, actor);
    sendPage(reply, articlesPage(actor, filters, page, problem));
  }

  /** A claim's own address (the `url` of its ClaimReview, links in reports): its article, opened at the claim. */
  async claim(id: number, reply: FastifyReply): Promise<void> {
    const claim = await this.claims.getClaim(id);
    void reply.code(302).header('location', `/articles/${claim.articleId}#claim-${claim.id}`).header('cache-control', 'no-store').send();
  }

  async article(id: number, actor: Actor, reply: FastifyReply): Promise<void> {
    const article = await this.articles.getArticle(id);
    sendPage(reply, articlePage(actor, article, await this.allClaimsOf(id)));
  }

  private async allClaimsOf(articleId: number): Promise<ClaimResponseDto[]> {
    const claims: ClaimResponseDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.claims.listClaims({ articleId, limit: 200, cursor });
      claims.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && claims.length < MAX_HIGHLIGHTED_CLAIMS);
    return claims;
  }
}
