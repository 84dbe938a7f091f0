import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { CLAIM_STATUSES, OPEN_STATUSES } from '../review/claim-status';
import type { StatsResponseDto } from './stats.dto';

const TOP = 20;
const HOUR = 3_600_000;

/** Per-status counts as SQL columns, so one grouped query yields a source's or article's whole record. */
const STATUS_COLUMNS = `
  SUM(CASE WHEN c.status IN ('unverified', 'in_review') THEN 1 ELSE 0 END) AS open,
  SUM(CASE WHEN c.status = 'corroborated' THEN 1 ELSE 0 END) AS corroborated,
  SUM(CASE WHEN c.status = 'disputed' THEN 1 ELSE 0 END) AS disputed,
  SUM(CASE WHEN c.status = 'inconclusive' THEN 1 ELSE 0 END) AS inconclusive`;

type Counts = { claims: number; open: number; corroborated: number; disputed: number; inconclusive: number };
const toCounts = (row: Record<string, unknown>): Counts => ({
  claims: Number(row.claims), open: Number(row.open), corroborated: Number(row.corroborated), disputed: Number(row.disputed), inconclusive: Number(row.inconclusive),
});

/** The desk at a glance, aggregated by the database: no claim rows are loaded into the service. */
@Injectable()
export class StatsService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async deskStats(now = new Date()): Promise<StatsResponseDto> {
    const [byStatus, awaitingApproval, bySource, byArticle, backlog] = await Promise.all([
      this.countByStatus(), this.countAwaitingApproval(), this.topSources(), this.topArticles(), this.backlog(now),
    ]);
    return {
      generatedAt: now.toISOString(),
      total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
      byStatus, awaitingApproval, bySource, byArticle, backlog,
    };
  }

  private async countByStatus(): Promise<Record<string, number>> {
    const rows: { status: string; count: string | number }[] = await this.manager.query('SELECT status, COUNT(*) AS count FROM claims GROUP BY status');
    const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0]));
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  private async countAwaitingApproval(): Promise<number> {
    const [row] = await this.manager.query(
      "SELECT COUNT(*) AS count FROM claims WHERE status IN ('corroborated', 'disputed', 'inconclusive') AND approved_at IS NULL",
    );
    return Number(row.count);
  }

  private async topSources(): Promise<StatsResponseDto['bySource']> {
    const rows: Record<string, unknown>[] = await this.manager.query(`
      SELECT s.id AS id, s.name AS name, s.type AS type, t.claims, t.open, t.corroborated, t.disputed, t.inconclusive
      FROM (
        SELECT a.source_id, COUNT(*) AS claims, ${STATUS_COLUMNS}
        FROM attributions a JOIN claims c ON c.id = a.claim_id
        GROUP BY a.source_id
        ORDER BY COUNT(*) DESC
        LIMIT ${TOP}
      ) t JOIN sources s ON s.id = t.source_id
      ORDER BY t.claims DESC, s.id`);
    return rows.map((row) => ({ source: { id: Number(row.id), name: String(row.name), type: row.type as never }, ...toCounts(row) }));
  }

  private async topArticles(): Promise<StatsResponseDto['byArticle']> {
    const rows: Record<string, unknown>[] = await this.manager.query(`
      SELECT ar.id AS id, ar.title AS title, t.claims, t.open, t.corroborated, t.disputed, t.inconclusive
      FROM (
        SELECT c.article_id, COUNT(*) AS claims, ${STATUS_COLUMNS}
        FROM claims c
        GROUP BY c.article_id
        ORDER BY open DESC
        LIMIT ${TOP}
      ) t JOIN articles ar ON ar.id = t.article_id
      WHERE ar.deleted_at IS NULL
      ORDER BY t.open DESC, ar.id`);
    return rows.map((row) => ({ articleId: Number(row.id), title: String(row.title), ...toCounts(row) }));
  }

  private async backlog(now: Date): Promise<StatsResponseDto['backlog']> {
    const ago = (hours: number) => new Date(now.getTime() - hours * HOUR).toISOString();
    const row = await this.manager
      .createQueryBuilder()
      .from('claims', 'c')
      .select('COUNT(*)', 'open')
      .addSelect('MIN(c.created_at)', 'oldest')
      .addSelect('SUM(CASE WHEN c.created_at >= :day THEN 1 ELSE 0 END)', 'under1')
      .addSelect('SUM(CASE WHEN c.created_at < :day AND c.created_at >= :week THEN 1 ELSE 0 END)', 'under7')
      .addSelect('SUM(CASE WHEN c.created_at < :week AND c.created_at >= :month THEN 1 ELSE 0 END)', 'under30')
      .addSelect('SUM(CASE WHEN c.created_at < :month THEN 1 ELSE 0 END)', 'over30')
      .where('c.status IN (:...open)', { open: OPEN_STATUSES })
      .setParameters({ day: ago(24), week: ago(24 * 7), month: ago(24 * 30) })
      .getRawOne<Record<string, string | number | null>>();
    if (!row) throw new Error('aggregate query returned no row');
    const oldest = (row.oldest as string | null) ?? null;
    return {
      open: Number(row.open),
      oldestOpenSince: oldest,
      oldestAgeHours: oldest ? Math.round(((now.getTime() - Date.parse(oldest)) / HOUR) * 10) / 10 : null,
      byAge: { under1Day: Number(row.under1 ?? 0), from1To7Days: Number(row.under7 ?? 0), from7To30Days: Number(row.under30 ?? 0), over30Days: Number(row.over30 ?? 0) },
    };
  }
}
