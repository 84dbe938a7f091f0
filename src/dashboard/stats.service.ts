import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import type { SourceType } from '../common/vocabulary';
import { backlogQuery, deskTallyQuery, topArticlesQuery, topSourcesQuery } from './stats-queries';
import type { StatsResponseDto } from './stats.dto';

type Row = Record<string, string | number | null>;
const counts = (row: Row) => ({
  claims: Number(row.claims), open: Number(row.open), corroborated: Number(row.corroborated), disputed: Number(row.disputed), inconclusive: Number(row.inconclusive),
});

/** The desk at a glance, aggregated by the database: no claim rows are loaded into the service. */
@Injectable()
export class StatsService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async deskStats(now = new Date()): Promise<StatsResponseDto> {
    const [desk, sources, articles, backlog] = await Promise.all([
      deskTallyQuery(this.manager).getOne(),
      topSourcesQuery(this.manager).getRawMany<Row>(),
      topArticlesQuery(this.manager).getRawMany<Row>(),
      backlogQuery(this.manager, now).getRawOne<Row>(),
    ]);
    const oldest = (backlog?.oldest as string | null) ?? null;
    return {
      generatedAt: now.toISOString(),
      total: desk?.claims ?? 0,
      byStatus: {
        unverified: desk?.unverified ?? 0, in_review: desk?.inReview ?? 0, corroborated: desk?.corroborated ?? 0, disputed: desk?.disputed ?? 0, inconclusive: desk?.inconclusive ?? 0,
      },
      awaitingApproval: desk?.awaitingApproval ?? 0,
      bySource: sources.map((row) => ({ source: { id: Number(row.id), name: String(row.name), type: row.type as SourceType }, ...counts(row) })),
      byArticle: articles.map((row) => ({ articleId: Number(row.id), title: String(row.title), ...counts(row) })),
      backlog: {
        open: Number(backlog?.open ?? 0),
        oldestOpenSince: oldest,
        oldestAgeHours: oldest ? Math.round(((now.getTime() - Date.parse(oldest)) / 3_600_000) * 10) / 10 : null,
        byAge: { under1Day: Number(backlog?.under1 ?? 0), from1To7Days: Number(backlog?.under7 ?? 0), from7To30Days: Number(backlog?.under30 ?? 0), over30Days: Number(backlog?.over30 ?? 0) },
      },
    };
  }
}
