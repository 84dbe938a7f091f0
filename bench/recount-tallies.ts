import type { Dialect } from '../src/database/write-tx';

/**
 * Recounts every tally from the claims themselves, for the benchmark's generated desk (the service
 * keeps them in step with every write; the write-path migration recounts with its own copy of these
 * rules). Claims of deleted articles count nowhere; a source counts each claim citing it once.
 */
const COUNTS = `COUNT(*),
  SUM(CASE WHEN c.status = 'unverified' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'in_review' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'corroborated' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'disputed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'inconclusive' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status IN ('unverified', 'in_review') THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.verdict_at IS NOT NULL AND c.approved_at IS NULL THEN 1 ELSE 0 END)`;
const COLUMNS = 'scope, scope_id, claims, unverified, in_review, corroborated, disputed, inconclusive, open, awaiting_approval';
const LIVE = 'c.article_deleted = false';

export function hourSql(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `CAST(FLOOR(EXTRACT(EPOCH FROM CAST(${column} AS timestamptz)) / 3600) AS INTEGER)`
    : `CAST(strftime('%s', substr(${column}, 1, 19)) AS INTEGER) / 3600`;
}

export async function recountAllTallies(runner: { query(sql: string): Promise<unknown> }, dialect: Dialect): Promise<void> {
  await runner.query('DELETE FROM desk_tallies');
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'desk', 0, ${COUNTS} FROM claims c WHERE ${LIVE} HAVING COUNT(*) > 0`);
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'article', c.article_id, ${COUNTS} FROM claims c WHERE ${LIVE} GROUP BY c.article_id`);
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'source', a.source_id, ${COUNTS}
    FROM (SELECT DISTINCT source_id, claim_id FROM attributions) a JOIN claims c ON c.id = a.claim_id WHERE ${LIVE} GROUP BY a.source_id`);
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'openhour', h.hour, 0, 0, 0, 0, 0, 0, h.open, 0
    FROM (SELECT ${hourSql(dialect, 'c.created_at')} AS hour, COUNT(*) AS open FROM claims c
          WHERE ${LIVE} AND c.status IN ('unverified', 'in_review') GROUP BY ${hourSql(dialect, 'c.created_at')}) h`);
}
