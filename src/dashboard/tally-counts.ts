import type { EntityManager } from 'typeorm';

/** The counted columns, in SQL: plain standard SQL that SQLite and PostgreSQL both run. */
const COUNTS = `COUNT(*),
  SUM(CASE WHEN c.status = 'unverified' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'in_review' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'corroborated' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'disputed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'inconclusive' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status IN ('unverified', 'in_review') THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.verdict_at IS NOT NULL AND c.approved_at IS NULL THEN 1 ELSE 0 END)`;
const COLUMNS = 'scope, scope_id, claims, unverified, in_review, corroborated, disputed, inconclusive, open, awaiting_approval';

/** Recounts every tally from the claims themselves: after the migration that adds them, and in the benchmark. */
export async function recountAllTallies(runner: { query(sql: string): Promise<unknown> }): Promise<void> {
  await runner.query('DELETE FROM desk_tallies');
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'desk', 0, ${COUNTS} FROM claims c HAVING COUNT(*) > 0`);
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'article', c.article_id, ${COUNTS} FROM claims c GROUP BY c.article_id`);
  await runner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'source', a.source_id, ${COUNTS} FROM attributions a JOIN claims c ON c.id = a.claim_id GROUP BY a.source_id`);
}

/** Recounts the tallies of some sources, after a merge moved their attributions. */
export async function recountSourceTallies(manager: EntityManager, sourceIds: number[]): Promise<void> {
  for (const sourceId of sourceIds) {
    await manager.createQueryBuilder().delete().from('desk_tallies').where('scope = :scope AND scope_id = :sourceId', { scope: 'source', sourceId }).execute();
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `INSERT INTO desk_tallies (${COLUMNS}) SELECT 'source', a.source_id, ${COUNTS} FROM attributions a JOIN claims c ON c.id = a.claim_id WHERE a.source_id = :sourceId GROUP BY a.source_id`,
      { sourceId },
      {},
    );
    await manager.query(sql, parameters);
  }
}
