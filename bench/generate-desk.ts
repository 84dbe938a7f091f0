import 'reflect-metadata';
import { existsSync, rmSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { hashPassword } from '../src/users/password';
import { recountAllTallies } from './recount-tallies';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { searchTerms } from '../src/claims/search-terms';

/**
 * A realistic desk for the benchmark, built inside SQLite with recursive CTEs (seconds, not minutes):
 * 20,000 articles of 50 claims each (1,000,000 claims), 5,000 sources cited the way newsrooms cite
 * them (a few agencies and services everywhere, a long tail of people), a relay on half the claims,
 * evidence on a fifth of the verdicts, and a history of created/take/verdict/approve events. Old claims
 * are mostly resolved, the newest tenth mostly open. History hashes and seals are random here (the
 * desk does not verify): nothing reads the chain on the measured paths, and new events still link to
 * the ledger's head. Claims say one of a hundred things (TOPICS) in German or English, so that a
 * full-text search matches a realistic share of them, and the search index is filled as the service
 * would have filled it (search-terms.ts, in JS).
 */
export interface DeskSize {
  articles: number;
  claimsPerArticle: number;
  sources: number;
}

/** What the generated claims say: phrases a desk on the Korea–Russia story would hold, in both languages, each with some numbers. */
const SUBJECTS = ['nordkoreanische Soldaten', 'North Korean troops', 'südkoreanische Regierung', 'the South Korean government', 'russische Truppen', 'Russian forces',
  'der Geheimdienst NIS', 'the intelligence service', 'die NATO', 'NATO officials'];
const PREDICATES = ['sind in Russland eingetroffen', 'have arrived in eastern Russia', 'bereiten einen Einsatz in der Ukraine vor', 'are preparing for deployment in Ukraine',
  'wurden nach Wladiwostok verlegt', 'were moved to Vladivostok', 'dementiert jede Beteiligung', 'denies any involvement', 'fordert eine Untersuchung', 'calls for an inquiry'];
export const TOPICS = SUBJECTS.flatMap((subject) => PREDICATES.map((predicate) => `${subject} ${predicate}`));
/** Words a benchmark search uses: two that meet in about one claim in a hundred, one that is rarer. */
export const BENCH_SEARCHES = { common: 'Soldaten Russland', rare: 'Wladiwostok 4711' };

export const FULL_DESK: DeskSize = { articles: 20_000, claimsPerArticle: 50, sources: 5_000 };
export const BENCH_PASSWORD = 'bench-password-1';
const BENCH_EMAIL = 'bench-admin@desk.test';

/** Signs in to the generated desk on a running service at `base` (as its admin unless told otherwise); the bearer token. */
export async function benchToken(base: string, email = BENCH_EMAIL, password = BENCH_PASSWORD): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return ((await login.json()) as { token: string }).token;
}

function run(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve())));
}

/** A uniform random number in [0, 1) as SQL. */
const UNIFORM = '((abs(random()) % 1000000) / 1000000.0)';
const SPAN_SECONDS = 2 * 365 * 24 * 3600;

export async function generateDesk(file: string, size: DeskSize = FULL_DESK): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);
  const schema = new DataSource(buildDataSourceOptions({ type: 'sqlite', path: file }));
  await schema.initialize(); // runs the real migrations
  await schema.destroy();

  const db = new sqlite3.Database(file);
  const claims = size.articles * size.claimsPerArticle;
  const at = (secondsAgo: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (${secondsAgo}) || ' seconds')`;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await run(db, 'PRAGMA journal_mode = WAL');
  await run(db, 'PRAGMA synchronous = OFF');
  await run(db, 'BEGIN');
  await run(db, `INSERT INTO users (email, display_name, role, password_hash, disabled, created_at) VALUES
    (?, 'Bench Admin', 'admin', ?, 0, ${at('0')})`, [BENCH_EMAIL, passwordHash]);
  await run(db, `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30)
    INSERT INTO users (email, display_name, role, password_hash, disabled, created_at)
    SELECT 'checker' || n || '@desk.test', 'Checker ' || n, CASE WHEN n <= 5 THEN 'editor' ELSE 'checker' END, ?, 0, ${at('0')} FROM seq`, [passwordHash]);

  // The first 50 sources are wire services and agencies; every ninth of the rest a person affiliated with the source before it.
  await run(db, `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${size.sources})
    INSERT INTO sources (name, name_key, type, country, affiliation_id, merged_into_id, created_at, updated_at)
    SELECT 'Source ' || n, 'source ' || n,
      CASE WHEN n <= 50 THEN 'news_agency' WHEN n % 9 = 0 THEN 'person' WHEN n % 9 = 1 THEN 'government'
           WHEN n % 9 = 2 THEN 'intelligence_agency' WHEN n % 9 = 3 THEN 'anonymous' ELSE 'international_organization' END,
      'KR', CASE WHEN n > 50 AND n % 9 = 0 THEN n - 1 END, NULL, ${at(String(SPAN_SECONDS))}, ${at(String(SPAN_SECONDS))} FROM seq`);
  await run(db, `INSERT INTO source_aliases (source_id, alias, alias_key) SELECT id, 'Alias of source ' || id, 'alias of source ' || id FROM sources`);

  await run(db, `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${size.articles})
    INSERT INTO articles (title, title_key, body, language, outlet, url, published_at, byline, wire_agencies, content_hash, revision, created_by_id, created_at, updated_at, deleted_at)
    SELECT 'Article ' || n || ': ' || CASE n % 4 WHEN 0 THEN 'Seoul reports troop movements' WHEN 1 THEN 'Moskau schweigt' WHEN 2 THEN 'Pjöngjang schickt Truppen' ELSE 'Kiew warnt' END,
      'article ' || n,
      printf('%.*c', 1500, 'x') || ' article ' || n, CASE WHEN n % 3 = 0 THEN 'en' ELSE 'de' END, CASE n % 4 WHEN 0 THEN 'ntv.de' WHEN 1 THEN 'Reuters' WHEN 2 THEN 'Spiegel' ELSE 'AP' END,
      'https://news.example/' || n, ${at(`(${size.articles} - n) * ${Math.floor(SPAN_SECONDS / size.articles)}`)}, 'Desk', '["AFP","dpa"]',
      printf('%064d', n), 1, 1, ${at(`(${size.articles} - n) * ${Math.floor(SPAN_SECONDS / size.articles)}`)}, ${at(`(${size.articles} - n) * ${Math.floor(SPAN_SECONDS / size.articles)}`)}, NULL
    FROM seq`);

  await run(db, 'CREATE TEMP TABLE topics (i INTEGER PRIMARY KEY, topic TEXT)');
  for (const [i, topic] of TOPICS.entries()) await run(db, 'INSERT INTO topics (i, topic) VALUES (?, ?)', [i, topic]);
  // Status by age: the newest tenth is mostly open, older claims mostly have verdicts.
  await run(db, `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${claims}),
    drawn AS (SELECT n, abs(random()) % 100 AS r, CASE WHEN n > ${claims * 0.9} THEN 70 ELSE 5 END AS open_share FROM seq)
    INSERT INTO claims (article_id, text, kind, status, origin, version, assignee_id, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end,
      orphaned, confidence, hedged, verdict_rationale, verdict_by_id, verdict_at, approved_by_id, approved_at, created_by_id, created_at, updated_at)
    SELECT 1 + (n - 1) / ${size.claimsPerArticle}, 'Claim ' || n || ': ' || t.topic || ', ' || (n % 9000 + 1000) || ' Mann',
      CASE n % 5 WHEN 0 THEN 'statistic' WHEN 1 THEN 'quote' WHEN 2 THEN 'statement' WHEN 3 THEN 'event' ELSE 'prediction' END,
      CASE WHEN r < open_share * 0.8 THEN 'unverified' WHEN r < open_share THEN 'in_review'
           WHEN r < open_share + (100 - open_share) * 0.5 THEN 'corroborated' WHEN r < open_share + (100 - open_share) * 0.8 THEN 'disputed' ELSE 'inconclusive' END,
      CASE WHEN n % 7 = 0 THEN 'manual' ELSE 'extracted' END, 1, NULL, 'soldiers', 'prefix ', ' suffix', (n % 50) * 20, (n % 50) * 20 + 8,
      0, 0.8, n % 3 = 0, NULL, NULL, NULL, NULL, NULL, 1, ${at(`(${claims} - n) * ${(SPAN_SECONDS / claims).toFixed(3)}`)}, ${at(`(${claims} - n) * ${(SPAN_SECONDS / claims).toFixed(3)}`)}
    FROM drawn JOIN topics t ON t.i = (n * 7919) % ${TOPICS.length}`);
  await run(db, `UPDATE claims SET assignee_id = 2 + id % 30, version = 2 WHERE status = 'in_review'`);
  await run(db, `UPDATE claims SET assignee_id = 2 + id % 30, version = 3, verdict_rationale = 'Checked against two independent sources',
    verdict_by_id = 2 + id % 30, verdict_at = updated_at WHERE status IN ('corroborated', 'disputed', 'inconclusive')`);
  await run(db, `UPDATE claims SET approved_by_id = 2 + id % 5, approved_at = updated_at, version = 4 WHERE verdict_at IS NOT NULL AND id % 10 < 7`);

  // Newsrooms cite a few sources constantly and most rarely: the speaker is drawn with a cubic skew.
  await run(db, `INSERT INTO attributions (claim_id, source_id, role, cue, created_at)
    SELECT id, 1 + CAST(${size.sources - 1} * u * u * u AS INTEGER), 'speaker', 'said', created_at
    FROM (SELECT id, created_at, ${UNIFORM} AS u FROM claims)`);
  await run(db, `INSERT OR IGNORE INTO attributions (claim_id, source_id, role, cue, created_at)
    SELECT id, 1 + abs(random()) % 50, 'relay', 'according to', created_at FROM claims WHERE id % 2 = 0`);
  await run(db, `INSERT INTO evidence (claim_id, stance, url, note, linked_claim_id, source_id, created_by_id, created_at)
    SELECT id, CASE status WHEN 'disputed' THEN 'refutes' WHEN 'corroborated' THEN 'supports' ELSE 'context' END,
      'https://evidence.example/' || id, NULL, NULL, 1 + abs(random()) % ${size.sources}, 1, updated_at
    FROM claims WHERE verdict_at IS NOT NULL AND id % 5 = 0`);

  const event = (sequence: number, action: string, from: string, to: string, where: string) =>
    run(db, `INSERT INTO review_events (claim_id, sequence, action, actor_id, from_status, to_status, from_assignee_id, to_assignee_id, note, details, created_at, prev_hash, hash)
      SELECT id, ${sequence}, '${action}', COALESCE(assignee_id, 1), ${from}, ${to}, NULL, assignee_id, NULL, '{}', created_at,
        ${sequence === 1 ? 'NULL' : "lower(hex(randomblob(32)))"}, lower(hex(randomblob(32))) FROM claims ${where}`);
  await event(1, 'created', 'NULL', "'unverified'", '');
  await event(2, 'take', "'unverified'", "'in_review'", "WHERE status <> 'unverified'");
  await event(3, 'verdict', "'in_review'", 'status', 'WHERE verdict_at IS NOT NULL');
  await event(4, 'approve', 'status', 'status', 'WHERE approved_at IS NOT NULL');
  // Every event in the ledger's sequence (in insertion order), so the service has no earlier history to adopt on start.
  await run(db, 'UPDATE review_events SET ledger_seq = id');
  await run(db, `INSERT INTO ledger_head (id, seq, hash, seal, updated_at) SELECT 1, MAX(id), lower(hex(randomblob(32))), lower(hex(randomblob(32))), ${at('0')} FROM review_events`);
  await run(db, `UPDATE claims SET history_count = (SELECT MAX(sequence) FROM review_events e WHERE e.claim_id = claims.id)`);
  await recountAllTallies({ query: (sql: string) => run(db, sql) }, 'sqlite');
  await fillSearchIndex(db);
  await run(db, 'COMMIT');
  await run(db, 'ANALYZE');
  await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

function all<T>(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
}

/** The full-text index as the service keeps it: each claim's text, quoted words and article title, stemmed (search-terms.ts). */
async function fillSearchIndex(db: sqlite3.Database): Promise<void> {
  const titles = new Map((await all<{ id: number; title: string }>(db, 'SELECT id, title FROM articles')).map((a) => [a.id, a.title]));
  for (let after = 0; ;) {
    const rows = await all<{ id: number; text: string; quote_exact: string; article_id: number }>(db, 'SELECT id, text, quote_exact, article_id FROM claims WHERE id > ? ORDER BY id LIMIT 20000', [after]);
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    const values = rows.map((row) => [row.id, searchTerms([row.text, row.quote_exact, titles.get(row.article_id)])]);
    for (let i = 0; i < values.length; i += 400) {
      const chunk = values.slice(i, i + 400);
      await run(db, `INSERT INTO claim_search (rowid, terms) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
    }
  }
}
