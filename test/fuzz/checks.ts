import { freshCounts, storedTallies } from '../support/fresh-count';
import type { TestDb } from '../support/test-db';
import type { RawAnswer } from './http-client';
import { COUNTED, CountKey, Ledger, tokenHash } from './ledger';
import type { World } from './world';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CountRow {
  table: CountKey;
  initial: number;
  expected: number;
  actual: number;
}

export async function countRows(db: TestDb): Promise<Record<CountKey, number>> {
  const counts = {} as Record<CountKey, number>;
  for (const [key, sql] of Object.entries(COUNTED) as [CountKey, string][]) counts[key] = Number((await db.query<{ n: unknown }>(sql))[0].n);
  return counts;
}

const sample = (items: unknown[], n = 5) => `${items.slice(0, n).map((i) => JSON.stringify(i)).join('; ')}${items.length > n ? ` … (${items.length})` : ''}`;

/**
 * What the database itself must hold after the run: the counts the answers predict, the claims'
 * versions, statuses and evidence, the sessions signed out, sound merges, an intact history, tallies
 * equal to a fresh count, and on SQLite a file that passes its own integrity checks.
 */
export async function checkDatabase(db: TestDb, world: World, ledger: Ledger, initial: Record<CountKey, number>, read: (path: string) => Promise<RawAnswer>): Promise<{ counts: CountRow[]; checks: CheckResult[]; integrity: string }> {
  const checks: CheckResult[] = [];
  const add = (name: string, problems: unknown[], fine: string) => checks.push({ name, ok: problems.length === 0, detail: problems.length ? sample(problems) : fine });
  const yes = db.dialect === 'postgres' ? true : 1;
  const no = db.dialect === 'postgres' ? false : 0;

  const actual = await countRows(db);
  const counts = (Object.keys(COUNTED) as CountKey[]).map((table) => ({ table, initial: initial[table], expected: ledger.expected[table], actual: actual[table] }));
  add('row counts match the acknowledged writes', counts.filter((c) => c.expected !== c.actual), `${counts.length} tables`);

  add('answers agree with each other', ledger.inconsistencies, 'no contradiction');

  // Claims: each 200 review moved the version on by one; the newest answer's status is the stored one; evidence is what was acknowledged.
  const rows = await db.query<{ id: number; version: unknown; status: string }>('SELECT id, version, status FROM claims');
  const stored = new Map(rows.map((r) => [Number(r.id), r]));
  const versionProblems: unknown[] = [];
  for (const claim of world.claims.values()) {
    const row = stored.get(claim.id);
    if (!row) {
      versionProblems.push({ claim: claim.id, problem: 'acknowledged but not stored' });
      continue;
    }
    const expectedVersion = claim.initialVersion + claim.reviewed;
    const expectedStatus = claim.lastReview?.status ?? claim.initialStatus;
    if (Number(row.version) !== expectedVersion || row.status !== expectedStatus) versionProblems.push({ claim: claim.id, version: Number(row.version), expectedVersion, status: row.status, expectedStatus });
  }
  for (const id of stored.keys()) if (!world.claims.has(id)) versionProblems.push({ claim: id, problem: 'stored but never acknowledged' });
  add('each claim: version = 1 + its 200 reviews, status = the newest answer', versionProblems, `${world.claims.size} claims`);

  const evidenceRows = await db.query<{ id: number; claim_id: number }>('SELECT id, claim_id FROM evidence');
  const evidenceByClaim = new Map<number, Set<number>>();
  for (const r of evidenceRows) evidenceByClaim.set(Number(r.claim_id), (evidenceByClaim.get(Number(r.claim_id)) ?? new Set()).add(Number(r.id)));
  const evidenceProblems: unknown[] = [];
  for (const claim of world.claims.values()) {
    const have = [...(evidenceByClaim.get(claim.id) ?? [])].sort((a, b) => a - b);
    const want = [...claim.evidence].sort((a, b) => a - b);
    if (have.join(',') !== want.join(',')) evidenceProblems.push({ claim: claim.id, stored: have, acknowledged: want });
  }
  add('each claim: its evidence rows are exactly the acknowledged ones', evidenceProblems, `${evidenceRows.length} pieces`);

  // History: one unbroken sequence per claim, and the chain verifies.
  const sequences = await db.query<{ claim_id: number; n: unknown; low: unknown; high: unknown }>('SELECT claim_id, COUNT(*) AS n, MIN(sequence) AS low, MAX(sequence) AS high FROM review_events GROUP BY claim_id');
  add('history: each claim\'s events are numbered 1..n without gaps', sequences.filter((s) => Number(s.low) !== 1 || Number(s.high) !== Number(s.n)).map((s) => ({ claim: Number(s.claim_id), n: Number(s.n), low: Number(s.low), high: Number(s.high) })), `${sequences.length} claims`);
  const unverified: unknown[] = [];
  for (const claim of world.claims.values()) {
    const answer = await read(`/api/claims/${claim.id}/history`);
    if (answer.status !== 200 || answer.json?.verified !== true) unverified.push({ claim: claim.id, status: answer.status, verified: answer.json?.verified });
  }
  add('history: every claim\'s chain verifies (GET /api/claims/:id/history)', unverified, `${world.claims.size} chains`);

  // Sources: merges never loop, point at a live source, and leave nothing attached to the merged record.
  const sources = await db.query<{ id: number; merged_into_id: number | null }>('SELECT id, merged_into_id FROM sources');
  const mergedInto = new Map(sources.map((s) => [Number(s.id), s.merged_into_id === null ? null : Number(s.merged_into_id)]));
  const mergeProblems: unknown[] = [];
  for (const [id, into] of mergedInto) {
    if (into === null) continue;
    if (into === id) mergeProblems.push({ source: id, problem: 'merged into itself' });
    else if (!mergedInto.has(into)) mergeProblems.push({ source: id, into, problem: 'merged into a missing source' });
    else if (mergedInto.get(into) !== null) mergeProblems.push({ source: id, into, problem: 'merged into a merged source' });
  }
  const attached = await db.query('SELECT a.id, a.source_id FROM attributions a JOIN sources s ON s.id = a.source_id WHERE s.merged_into_id IS NOT NULL');
  const published = await db.query('SELECT e.id, e.source_id FROM evidence e JOIN sources s ON s.id = e.source_id WHERE s.merged_into_id IS NOT NULL');
  const affiliated = await db.query('SELECT p.id, p.affiliation_id FROM sources p JOIN sources s ON s.id = p.affiliation_id WHERE s.merged_into_id IS NOT NULL AND p.merged_into_id IS NULL');
  mergeProblems.push(...attached.map((r) => ({ attribution: r.id, mergedSource: r.source_id })), ...published.map((r) => ({ evidence: r.id, mergedSource: r.source_id })), ...affiliated.map((r) => ({ source: r.id, affiliatedWithMerged: r.affiliation_id })));
  const duplicates = await db.query('SELECT claim_id, source_id, role, COUNT(*) AS n FROM attributions GROUP BY claim_id, source_id, role HAVING COUNT(*) > 1');
  mergeProblems.push(...duplicates.map((r) => ({ duplicateAttribution: r })));
  add('sources: merges point directly at a live source; nothing refers to a merged record; no attribution twice', mergeProblems, `${[...mergedInto.values()].filter((v) => v !== null).length} merged of ${mergedInto.size}`);

  // Deleted articles: their claims are marked as off the desk, and no other claim is.
  const mismarked = await db.query(
    `SELECT c.id, c.article_id FROM claims c JOIN articles a ON a.id = c.article_id WHERE (a.deleted_at IS NULL AND c.article_deleted = ?) OR (a.deleted_at IS NOT NULL AND c.article_deleted = ?)`,
    [yes, no],
  );
  add('claims of deleted articles, and only those, are off the desk', mismarked, 'consistent');

  // Sessions: signed out and access-changed tokens are revoked, every other token still works.
  const tokens = await db.query<{ token_hash: string; revoked_at: string | null }>('SELECT token_hash, revoked_at FROM auth_tokens');
  const revokedByHash = new Map(tokens.map((r) => [r.token_hash, r.revoked_at !== null]));
  const tokenProblems: unknown[] = [];
  let either = 0;
  for (const session of ledger.issued) {
    const fate = ledger.fateOf(session);
    const revoked = revokedByHash.get(tokenHash(session.token));
    if (revoked === undefined) tokenProblems.push({ user: session.userId, problem: 'token handed out but not stored' });
    else if (fate === 'revoked' && !revoked) tokenProblems.push({ user: session.userId, problem: 'signed out or access changed, token still live' });
    else if (fate === 'live' && revoked) tokenProblems.push({ user: session.userId, problem: 'token revoked without a sign-out or access change' });
    if (fate === 'either') either++;
  }
  add('sessions: signed-out and access-changed tokens revoked, all others live', tokenProblems, `${ledger.issued.length} tokens (${either} either way)`);

  // The dashboard's running counts equal a count from scratch.
  const fresh = await freshCounts(db);
  const tallies = await storedTallies(db);
  const keys = [...new Set([...Object.keys(fresh), ...Object.keys(tallies)])];
  add('desk tallies equal a fresh count', keys.filter((k) => JSON.stringify(fresh[k]) !== JSON.stringify(tallies[k])).map((k) => ({ scope: k, stored: tallies[k], fresh: fresh[k] })), `${keys.length} tallies`);

  let integrity = 'n/a on PostgreSQL (constraints enforced by the server)';
  if (db.dialect === 'sqlite') {
    const result = (await db.query<{ integrity_check: string }>('PRAGMA integrity_check')).map((r) => r.integrity_check);
    const foreignKeys = await db.query('PRAGMA foreign_key_check');
    integrity = `integrity_check: ${result.join(', ')}; foreign_key_check: ${foreignKeys.length} violations`;
    add('SQLite integrity_check and foreign_key_check', [...result.filter((r) => r !== 'ok'), ...foreignKeys], integrity);
  }
  return { counts, checks, integrity };
}
