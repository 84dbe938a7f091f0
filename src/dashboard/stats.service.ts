import { Injectable } from '@nestjs/common';
import { ArticlesRepository } from '../articles/articles.repository';
import type { DeskTallyEntity } from '../claims/desk-tally.entity';
import { ClaimsRepository } from '../claims/claims.repository';
import { TalliesRepository } from '../claims/tallies.repository';
import { SourcesService } from '../sources/sources.service';
import { backlogByAge } from './backlog';
import type { StatsResponseDto } from './stats.dto';

export const TOP = 20;
const HOUR = 3_600_000;

const counts = (tally: DeskTallyEntity) => ({
  claims: tally.claims, open: tally.open, corroborated: tally.corroborated, disputed: tally.disputed, inconclusive: tally.inconclusive,
});

/**
 * The desk at a glance, from the running tallies: a handful of indexed rows whatever the size of the
 * desk. The backlog's ages come from the open claims counted per creation hour, with the hours that
 * straddle a bucket's edge counted exactly on the claims' (status, created_at) index.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly tallies: TalliesRepository,
    private readonly claims: ClaimsRepository,
    private readonly articles: ArticlesRepository,
    private readonly sources: SourcesService,
  ) {}

  async deskStats(now = new Date()): Promise<StatsResponseDto> {
    const [desk, topSources, topArticles, hours] = await Promise.all([
      this.tallies.desk(), this.tallies.top('source', TOP), this.tallies.top('article', TOP), this.tallies.openHours(),
    ]);
    const [sourceNames, titles, backlog] = await Promise.all([
      this.sources.summaries(topSources.map((t) => t.scopeId)),
      this.articles.titles(topArticles.map((t) => t.scopeId)),
      backlogByAge(hours, now, (hour, fromIso) => this.claims.openBetween(fromIso, new Date((hour + 1) * HOUR).toISOString())),
    ]);
    return {
      generatedAt: now.toISOString(),
      total: desk?.claims ?? 0,
      byStatus: {
        unverified: desk?.unverified ?? 0, in_review: desk?.inReview ?? 0, corroborated: desk?.corroborated ?? 0, disputed: desk?.disputed ?? 0, inconclusive: desk?.inconclusive ?? 0,
      },
      awaitingApproval: desk?.awaitingApproval ?? 0,
      bySource: topSources.filter((t) => sourceNames.has(t.scopeId)).map((t) => ({ source: sourceNames.get(t.scopeId)!, ...counts(t) })),
      byArticle: topArticles.filter((t) => titles.has(t.scopeId)).map((t) => ({ articleId: t.scopeId, title: titles.get(t.scopeId)!, ...counts(t) })),
      backlog,
    };
  }
}
