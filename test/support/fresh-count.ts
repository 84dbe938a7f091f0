import type { TestDb } from './test-db';

type Counts = Record<string, number>;

/**
 * What the desk tallies should say, counted afresh from the claims with plain SQL written here (not
 * the service's own recount): live claims only, each claim once per source citing it, open claims
 * per creation hour.
 */
export async function freshCounts(db: TestDb): Promise<Record<string, Counts>> {
  const counted: Record<string, Counts> = {};
  const add = (key: string, row: Record<string, unknown>) => {
    const status = String(row.status);
    const entry = (counted[key] ??= { claims: 0, unverified: 0, in_review: 0, corroborated: 0, disputed: 0, inconclusive: 0, open: 0, awaiting_approval: 0 });
    entry.claims++;
    entry[status]++;
    if (status === 'unverified' || status === 'in_review') entry.open++;
    if (row.verdict_at !== null && row.approved_at === null) entry.awaiting_approval++;
  };
  const claims = await db.query('SELECT id, article_id, status, verdict_at, approved_at, created_at FROM claims WHERE article_deleted = ?', [db.dialect === 'postgres' ? false : 0]);
  const citing = await db.query<{ claim_id: number; source_id: number }>('SELECT DISTINCT claim_id, source_id FROM attributions');
  const byId = new Map(claims.map((c) => [Number(c.id), c]));
  for (const claim of claims) {
    add('desk:0', claim);
    add(`article:${Number(claim.article_id)}`, claim);
    if (claim.status === 'unverified' || claim.status === 'in_review') {
      const hour = Math.floor(Date.parse(String(claim.created_at)) / 3_600_000);
      const entry = (counted[`openhour:${hour}`] ??= { claims: 0, unverified: 0, in_review: 0, corroborated: 0, disputed: 0, inconclusive: 0, open: 0, awaiting_approval: 0 });
      entry.open++;
    }
  }
  for (const { claim_id: claimId, source_id: sourceId } of citing) {
    const claim = byId.get(Number(claimId));
    if (claim) add(`source:${Number(sourceId)}`, claim);
  }
  return counted;
}

/** The desk tallies as stored, without the all-zero rows (a tally whose claims all left). */
export async function storedTallies(db: TestDb): Promise<Record<string, Counts>> {
  const rows = await db.query('SELECT * FROM desk_tallies');
  const stored: Record<string, Counts> = {};
  for (const row of rows) {
    const counts = Object.fromEntries(['claims', 'unverified', 'in_review', 'corroborated', 'disputed', 'inconclusive', 'open', 'awaiting_approval'].map((c) => [c, Number(row[c])]));
    if (Object.values(counts).some((n) => n !== 0)) stored[`${String(row.scope)}:${Number(row.scope_id)}`] = counts;
  }
  return stored;
}
