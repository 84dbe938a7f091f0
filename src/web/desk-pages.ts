import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ListArticlesQueryDto } from '../articles/article.dto';
import { ArticlesRepository } from '../articles/articles.repository';
import { ArticlesService } from '../articles/articles.service';
import { ListClaimsQueryDto, type ClaimResponseDto } from '../claims/claim.dto';
import { ClaimsService } from '../claims/claims.service';
import { DeskPulse } from '../dashboard/desk-pulse';
import { QueueService } from '../queue/queue.service';
import { UsersService } from '../users/users.service';
import { articlePage } from './pages/article.page';
import { articlesPage } from './pages/articles.page';
import { dashboardPage } from './pages/dashboard.page';
import { QueueFilters, queuePage } from './pages/queue.page';
import { settingsPage } from './pages/settings.page';
import { pageQuery } from './page-query';
import { Reader, sendPage } from './page-session';

/** More claims than this on one article are listed but not highlighted (a pathological import). */
const MAX_HIGHLIGHTED_CLAIMS = 5000;
const QUEUE_KEYS = ['q', 'status', 'open', 'awaitingApproval', 'approved', 'assigneeId', 'sourceId', 'articleId', 'kind', 'origin', 'tag', 'createdFrom', 'createdTo', 'sort', 'withdrawn', 'cursor'] as const;

/** The dashboard, the claims queue, the article pages and the reader's settings (routes: web-routes.ts). */
@Injectable()
export class DeskPages {
  constructor(
    private readonly pulse: DeskPulse,
    private readonly articles: ArticlesService,
    private readonly articleRows: ArticlesRepository,
    private readonly claims: ClaimsService,
    private readonly users: UsersService,
    private readonly queue: QueueService,
  ) {}

  async dashboard(reader: Reader, reply: FastifyReply): Promise<void> {
    sendPage(reply, dashboardPage(reader, await this.pulse.snapshot()));
  }

  async articleList(reader: Reader, rawQuery: Record<string, unknown>, reply: FastifyReply): Promise<void> {
    const { query, filters, problem } = await pageQuery(ListArticlesQueryDto, rawQuery, ['q', 'outlet', 'language', 'cursor']);
    const page = await this.articles.listArticles({ ...query, limit: 50 }, reader.actor);
    sendPage(reply, articlesPage(reader, filters, page, problem));
  }

  /** The claims queue: the list's filters from a plain GET form (a source picked by name reads "Name (#id)"). */
  async claimQueue(reader: Reader, rawQuery: Record<string, unknown>, reply: FastifyReply): Promise<void> {
    const raw = { ...rawQuery };
    const picked = typeof raw.source === 'string' ? /#(\d+)\)?\s*$/.exec(raw.source) : null;
    if (picked && !raw.sourceId) raw.sourceId = picked[1];
    const { query, filters, problem } = await pageQuery(ListClaimsQueryDto, raw, [...QUEUE_KEYS]);
    if (query.withdrawn && reader.actor.role !== 'editor' && reader.actor.role !== 'admin') delete query.withdrawn;
    const [page, people, tags, saved] = await Promise.all([
      this.claims.listClaims({ ...query, limit: 50 }, reader.actor),
      this.users.assignable(),
      this.claims.tagsInUse(),
      this.queue.list(reader.actor),
    ]);
    const titles = await this.articleRows.titles(page.items.map((c) => c.articleId));
    const shown: QueueFilters = { ...filters };
    if (typeof raw.source === 'string' && raw.source.trim()) shown.source = raw.source.trim();
    const kept = new URLSearchParams(Object.entries(filters).filter(([key, value]) => key !== 'cursor' && value) as [string, string][]);
    sendPage(reply, queuePage(reader, {
      filters: shown, problem, page, titles, tags: tags.items.map((t) => t.tag), saved: saved.items, query: kept.toString(),
      people: people.map((p) => ({ id: p.id, displayName: p.displayName, role: p.role })),
    }));
  }

  /** A claim's own address (the `url` of its ClaimReview, links in reports): its article, opened at the claim. */
  async claim(id: number, reply: FastifyReply): Promise<void> {
    const claim = await this.claims.getClaim(id);
    void reply.code(302).header('location', `/articles/${claim.articleId}#claim-${claim.id}`).header('cache-control', 'no-store').send();
  }

  async article(id: number, reader: Reader, reply: FastifyReply): Promise<void> {
    const article = await this.articles.getArticle(id);
    sendPage(reply, articlePage(reader, article, await this.allClaimsOf(id, reader)));
  }

  async settings(reader: Reader, reply: FastifyReply): Promise<void> {
    const user = await this.users.get(reader.actor.id);
    sendPage(reply, settingsPage(reader, { language: user.language, timeZone: user.timeZone, displayName: user.displayName }, Intl.supportedValuesOf('timeZone')));
  }

  private async allClaimsOf(articleId: number, reader: Reader): Promise<ClaimResponseDto[]> {
    const claims: ClaimResponseDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.claims.listClaims({ articleId, limit: 200, cursor }, reader.actor);
      claims.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && claims.length < MAX_HIGHLIGHTED_CLAIMS);
    return claims;
  }
}
