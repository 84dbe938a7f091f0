import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import { encodeCursor } from '../src/common/pagination/cursor';
import { BENCH_PASSWORD, BENCH_SEARCHES, benchToken, FULL_DESK, generateDesk } from './generate-desk';
import { load, LoadResult, startServer } from './load';
import { copyDeskToPostgres } from './postgres-desk';

const APP_PORT = 3901;
const BASELINE_PORT = 3902;
const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const POSTGRES_DESK = 'claimtrack_bench';

export interface ScenarioResult {
  name: string;
  app: LoadResult;
  baseline: LoadResult;
}

const NO_RUN: LoadResult = { requestsPerSecond: 0, p99Ms: 0, meanMs: 0, non2xx: 0 };

export interface MixedResult {
  database: string;
  reads: LoadResult;
  verdictsSent: number;
  verdictsAcknowledged: number;
  verdictsFoundCommitted: number;
  verdictP99Ms: number;
}

export interface DeskBenchResult {
  sqlite: ScenarioResult[];
  postgres: ScenarioResult[];
  singleReader: LoadResult;
  /** The baseline on one read connection: what the read pool can add when no framework runs beside it. */
  baselineSingleReader: LoadResult;
  mixed: MixedResult[];
}

function mean(runs: LoadResult[]): LoadResult {
  const avg = (pick: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return { requestsPerSecond: avg((r) => r.requestsPerSecond), p99Ms: avg((r) => r.p99Ms), meanMs: avg((r) => r.meanMs), non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0) };
}

/** Reads from the benchmark's desk with a connection of its own (not the service's). */
interface DeskSql {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function sqliteDesk(file: string): DeskSql {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  return {
    rows: <T>(sql: string, params: unknown[] = []) => new Promise<T[]>((resolve, reject) => db.all(sql.replace(/\$\d+/g, '?'), params, (e, rows) => (e ? reject(e) : resolve(rows as T[])))),
    close: () => new Promise((resolve) => db.close(() => resolve())),
  };
}

async function postgresDesk(url: string): Promise<DeskSql> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return { rows: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[], close: () => client.end() };
}

/**
 * The desk benchmark: the claim list (status + source filter, first and a deep cursor page) and
 * /api/stats on a 1,000,000-claim desk, on SQLite and on the same desk copied into PostgreSQL, each
 * beside a bare node:http baseline running the same SQL on the same read pool; the list with a
 * single read connection (the write path before this release shared one); and a mixed run, reads at
 * 32 connections while a writer commits verdicts at 20 a second, checked in the database afterwards.
 */
export async function benchDesk(options: { seconds: number; connections: number; reuse: boolean; postgres: boolean }): Promise<DeskBenchResult> {
  const dir = join(process.cwd(), 'data', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'desk.sqlite');
  if (!options.reuse || !existsSync(file)) {
    const started = Date.now();
    console.log(`Generating the desk (${FULL_DESK.articles * FULL_DESK.claimsPerArticle} claims, ${FULL_DESK.articles} articles, ${FULL_DESK.sources} sources)…`);
    await generateDesk(file);
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const desk = sqliteDesk(file);
  // The most cited source, and a cursor 100 claims from the end of its corroborated claims: hundreds of pages deep.
  const [{ sourceId, total }] = await desk.rows<{ sourceId: number; total: number }>(`SELECT t.scope_id AS "sourceId", t.corroborated AS total FROM desk_tallies t WHERE t.scope = 'source' ORDER BY t.claims DESC LIMIT 1`);
  const [{ deepId }] = await desk.rows<{ deepId: number }>(`SELECT a.claim_id AS "deepId" FROM attributions a JOIN claims c ON c.id = a.claim_id WHERE a.source_id = $1 AND c.status = 'corroborated' ORDER BY a.claim_id ASC LIMIT 1 OFFSET 100`, [sourceId]);
  await desk.close();
  console.log(`List filter: status=corroborated, sourceId=${sourceId} (${total} matching claims); deep page ≈ page ${Math.round((total - 100) / 50)}`);
  const list = `/api/claims?status=corroborated&sourceId=${sourceId}&limit=50`;
  const search = (q: string) => `/api/claims?q=${encodeURIComponent(q)}&limit=50`;
  const scenarios = [
    { name: 'claims list, first page', path: list, connections: options.connections },
    { name: 'claims list, deep cursor page', path: `${list}&cursor=${encodeCursor(deepId)}`, connections: options.connections },
    { name: 'stats', path: '/api/stats', connections: 1 },
    // Full-text search, ranked: every match is ranked on every page, so this is its worst case on this desk.
    { name: `search q="${BENCH_SEARCHES.common}" (~1 % of claims), ranked`, path: search(BENCH_SEARCHES.common), connections: 1 },
    { name: `search q="${BENCH_SEARCHES.rare}", ranked`, path: search(BENCH_SEARCHES.rare), connections: 1 },
    { name: `search q="${BENCH_SEARCHES.common}" + status=unverified`, path: `${search(BENCH_SEARCHES.common)}&status=unverified`, connections: 1 },
    { name: 'claims list, first page', path: list, connections: 1 },
  ];

  const sqliteUrl = `sqlite:${file}`;
  const result: DeskBenchResult = { sqlite: [], postgres: [], singleReader: NO_RUN, baselineSingleReader: NO_RUN, mixed: [] };
  result.sqlite = await compare(sqliteUrl, scenarios, options);
  result.singleReader = await alone('app-server.js', sqliteUrl, list, options, { DATABASE_READ_CONNECTIONS: '1' });
  result.baselineSingleReader = await alone('baseline-server.js', sqliteUrl, list, options, { DATABASE_READ_CONNECTIONS: '1' });
  result.mixed.push(await mixed('SQLite', sqliteUrl, () => Promise.resolve(sqliteDesk(file)), list, options));
  if (options.postgres) {
    const postgresUrl = await postgresCopy(file, options.reuse);
    result.postgres = await compare(postgresUrl, scenarios, options);
    result.mixed.push(await mixed('PostgreSQL', postgresUrl, () => postgresDesk(postgresUrl), list, options));
  }
  return result;
}

async function postgresCopy(file: string, reuse: boolean): Promise<string> {
  const target = new URL(POSTGRES_SERVER);
  target.pathname = `/${POSTGRES_DESK}`;
  if (reuse) {
    const probe = new Client({ connectionString: target.toString() });
    const ready = await probe.connect().then(async () => Number((await probe.query('SELECT COUNT(*) AS n FROM claims')).rows[0].n) > 0, () => false).finally(() => probe.end().catch(() => undefined));
    if (ready) return target.toString();
  }
  const started = Date.now();
  console.log('Copying the desk into PostgreSQL…');
  const url = await copyDeskToPostgres(file, POSTGRES_SERVER, POSTGRES_DESK);
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return url;
}

/** The app and the baseline on one database, scenario by scenario, alternating so neither always goes first. */
async function compare(databaseUrl: string, scenarios: { name: string; path: string; connections: number }[], options: { seconds: number }): Promise<ScenarioResult[]> {
  const app = await startServer(join(__dirname, 'app-server.js'), [databaseUrl, String(APP_PORT)]);
  const baseline = await startServer(join(__dirname, 'baseline-server.js'), [databaseUrl, String(BASELINE_PORT)]);
  try {
    const headers = { authorization: `Bearer ${await benchToken(`http://127.0.0.1:${APP_PORT}`)}` };
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const appUrl = `http://127.0.0.1:${APP_PORT}${scenario.path}`;
      const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}${scenario.path}`;
      const run = { connections: scenario.connections, seconds: options.seconds };
      // Warm both so that neither pays for cold pages.
      await load(appUrl, { ...run, seconds: 2, headers });
      await load(baselineUrl, { ...run, seconds: 2 });
      const appRuns: LoadResult[] = [];
      const baselineRuns: LoadResult[] = [];
      for (let round = 0; round < 2; round++) {
        appRuns.push(await load(appUrl, { ...run, seconds: run.seconds / 2, headers }));
        baselineRuns.push(await load(baselineUrl, { ...run, seconds: run.seconds / 2 }));
      }
      results.push({ name: `${scenario.name} (${scenario.connections} conn.)`, app: mean(appRuns), baseline: mean(baselineRuns) });
    }
    return results;
  } finally {
    app.kill();
    baseline.kill();
  }
}

/** The app (or the baseline) alone on one scenario, with extra environment (a single read connection, say). */
async function alone(server: 'app-server.js' | 'baseline-server.js', databaseUrl: string, path: string, options: { seconds: number; connections: number }, env: Record<string, string>): Promise<LoadResult> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const app = await startServer(join(__dirname, server), [databaseUrl, String(APP_PORT)]);
  process.env = saved;
  try {
    const headers = server === 'app-server.js' ? { authorization: `Bearer ${await benchToken(`http://127.0.0.1:${APP_PORT}`)}` } : undefined;
    const url = `http://127.0.0.1:${APP_PORT}${path}`;
    await load(url, { connections: options.connections, seconds: 2, headers });
    return await load(url, { connections: options.connections, seconds: options.seconds, headers });
  } finally {
    app.kill();
  }
}

/**
 * Reads at full load while an editor gives verdicts on claims in review at 20 a second; afterwards
 * every verdict answered 200 must be in the database (read with the benchmark's own connection).
 */
async function mixed(name: string, databaseUrl: string, open: () => Promise<DeskSql>, path: string, options: { seconds: number; connections: number }): Promise<MixedResult> {
  const before = await open();
  const candidates = (await before.rows<{ id: number }>("SELECT id FROM claims WHERE status = 'in_review' AND version = 2 ORDER BY id DESC LIMIT $1", [Math.ceil(options.seconds * 20) + 20])).map((r) => Number(r.id));
  await before.close();
  const app = await startServer(join(__dirname, 'app-server.js'), [databaseUrl, String(APP_PORT)]);
  try {
    const base = `http://127.0.0.1:${APP_PORT}`;
    const headers = { authorization: `Bearer ${await benchToken(base)}` };
    const editor = await benchToken(base, 'checker1@desk.test', BENCH_PASSWORD);
    const acknowledged: number[] = [];
    const latencies: number[] = [];
    let sent = 0;
    const writes: Promise<void>[] = [];
    const writer = setInterval(() => {
      const id = candidates[sent++];
      if (id === undefined) return;
      const started = Date.now();
      writes.push(fetch(`${base}/api/claims/${id}/review`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({ action: 'verdict', version: 2, verdict: 'inconclusive', rationale: 'Mixed-load check' }),
      }).then((response) => {
        latencies.push(Date.now() - started);
        if (response.status === 200) acknowledged.push(id);
      }, () => undefined));
    }, 50);
    const reads = await load(`${base}${path}`, { connections: options.connections, seconds: options.seconds, headers });
    clearInterval(writer);
    await Promise.all(writes);
    const after = await open();
    const committed = acknowledged.length === 0 ? [] : await after.rows<{ id: number }>(
      `SELECT c.id FROM claims c WHERE c.id IN (${acknowledged.join(',')}) AND c.status = 'inconclusive' AND EXISTS (SELECT 1 FROM review_events e WHERE e.claim_id = c.id AND e.action = 'verdict' AND e.note = 'Mixed-load check')`,
    );
    await after.close();
    latencies.sort((a, b) => a - b);
    return {
      database: name, reads, verdictsSent: sent, verdictsAcknowledged: acknowledged.length, verdictsFoundCommitted: committed.length,
      verdictP99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    };
  } finally {
    app.kill();
  }
}
