import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import { findFixture } from '../src/demo/demo-article';
import { extractClaims } from '../src/extraction';
import { startServer } from './load';

const HISTORY_KEY = 'bench-history-key-bench-history-key-0123456789';
const ADMIN = { email: 'bench@desk.test', password: 'bench-password-1' };

/** `count` distinct news articles of about 3 KB: paragraphs of the annotated texts, rotated and numbered. */
export function generateArticles(count: number): { title: string; body: string; language: string; outlet: string }[] {
  const dir = findFixture('extraction');
  const texts = [readFileSync(findFixture('ntv-2024-10-24-nordkorea-soldaten-russland.txt'), 'utf8'), ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'))];
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 80);
  return Array.from({ length: count }, (_, n) => {
    let body = '';
    for (let i = 0; Buffer.byteLength(body) < 3000; i++) body += `${paragraphs[(n * 7 + i) % paragraphs.length]}\n\n`;
    body += `Meldung ${n}, Stand ${1000 + (n % 9000)}.`;
    return { title: `Bench ${n}`, body, language: /\b(der|die|und)\b/.test(body) ? 'de' : 'en', outlet: 'Bench' };
  });
}

/**
 * The most articles per second any import can reach while each article is its own durable
 * transaction: a loop of BEGIN, one ~3 KB row, COMMIT on the same database (SQLite in WAL mode with
 * the writer's settings, PostgreSQL with its defaults), nothing else. COMMIT waits for the disk
 * (fsync) in both, so this is the disk's figure, not the code's.
 */
async function durableTransactionCeiling(databaseUrl: string, transactions = 1000): Promise<number> {
  const row = 'x'.repeat(3000);
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new sqlite3.Database(databaseUrl.slice('sqlite:'.length));
    const run = (sql: string, params: unknown[] = []) => new Promise<void>((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve())));
    await run('PRAGMA journal_mode = WAL');
    await run('CREATE TABLE ceiling (id INTEGER PRIMARY KEY, body TEXT)');
    const started = Date.now();
    for (let i = 0; i < transactions; i++) {
      await run('BEGIN IMMEDIATE');
      await run('INSERT INTO ceiling (body) VALUES (?)', [row]);
      await run('COMMIT');
    }
    const ms = Date.now() - started;
    await new Promise((resolve) => db.close(resolve));
    return rate(transactions, ms);
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE TABLE ceiling (id serial PRIMARY KEY, body text)');
    const started = Date.now();
    for (let i = 0; i < transactions; i++) {
      await client.query('BEGIN');
      await client.query('INSERT INTO ceiling (body) VALUES ($1)', [row]);
      await client.query('COMMIT');
    }
    return rate(transactions, Date.now() - started);
  } finally {
    await client.end();
  }
}

function rate(count: number, ms: number): number {
  return (count / ms) * 1000;
}

async function freshPostgres(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function runCliImport(databaseUrl: string, file: string): number {
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(__dirname, '../src/cli/main.js'), 'import', file], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HISTORY_KEY, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) console.log(`cli import exited ${run.status}: ${run.stdout.split('\n').slice(0, 6).join(' | ')}`);
  return Date.now() - started;
}

async function runApiImport(databaseUrl: string, body: string, count: number, port: number): Promise<number> {
  Object.assign(process.env, { HISTORY_KEY, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO: 'false', BACKGROUND_POLL_MS: '200' });
  const server = await startServer(join(__dirname, 'app-server.js'), [databaseUrl, String(port)]);
  try {
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const { token } = (await login.json()) as { token: string };
    const started = Date.now();
    const accepted = await fetch(`${base}/api/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body });
    if (accepted.status !== 202) throw new Error(`POST /api/imports answered ${accepted.status}: ${await accepted.text()}`);
    const { id } = (await accepted.json()) as { id: number };
    for (;;) {
      const job = (await (await fetch(`${base}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { state: string; imported: number; report: { line: number; reason: string }[] };
      if (job.state === 'done') {
        const ms = Date.now() - started;
        if (job.imported !== count) console.log(`api import: ${job.imported} of ${count} imported; not imported: ${JSON.stringify(job.report.slice(0, 3))}`);
        return ms;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

/**
 * Bulk import: BENCH_IMPORT_ARTICLES (default 10,000) generated articles of ~3 KB, with extraction,
 * through the command line and through the API's background job, on SQLite and on PostgreSQL
 * (BENCH_POSTGRES=0 skips it), beside the extractor alone over the same texts in one process.
 */
export async function benchImports(options: { postgres: boolean; postgresUrl: string }): Promise<void> {
  const count = Number(process.env.BENCH_IMPORT_ARTICLES ?? 10_000);
  const articles = generateArticles(count);
  const dir = join(tmpdir(), `claimtrack-bench-import-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'articles.jsonl');
  const body = articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
  writeFileSync(file, body);

  for (const a of articles.slice(0, 200)) extractClaims(a.body, { language: a.language as 'de' }); // warm-up
  const started = Date.now();
  let claims = 0;
  for (const a of articles) claims += extractClaims(a.body, { language: a.language as 'de', title: a.title }).claims.length;
  const extractorMs = Date.now() - started;
  const baseline = rate(count, extractorMs);

  const ceilings: Record<string, string | number>[] = [];
  const addCeiling = (database: string, perSecond: number) =>
    ceilings.push({ database, 'durable transactions/s': Math.round(perSecond), 'extractor alone articles/s': Math.round(baseline), 'ceiling ratio': `${((perSecond / baseline) * 100).toFixed(0)} %` });
  const rows: Record<string, string | number>[] = [];
  const add = (path: string, database: string, ms: number) =>
    rows.push({ path, database, articles: count, seconds: Number((ms / 1000).toFixed(1)), 'articles/s': Math.round(rate(count, ms)), 'extractor alone articles/s': Math.round(baseline), ratio: `${((rate(count, ms) / baseline) * 100).toFixed(0)} %` });
  try {
    addCeiling('sqlite', await durableTransactionCeiling(`sqlite:${join(dir, 'ceiling.sqlite')}`));
    if (options.postgres) addCeiling('postgres', await durableTransactionCeiling(await freshPostgres(options.postgresUrl, 'claimtrack_bench_ceiling')));
    add('cli', 'sqlite', runCliImport(`sqlite:${join(dir, 'cli.sqlite')}`, file));
    add('api', 'sqlite', await runApiImport(`sqlite:${join(dir, 'api.sqlite')}`, body, count, 39_881));
    if (options.postgres) {
      add('cli', 'postgres', runCliImport(await freshPostgres(options.postgresUrl, 'claimtrack_bench_import_cli'), file));
      add('api', 'postgres', await runApiImport(await freshPostgres(options.postgresUrl, 'claimtrack_bench_import_api'), body, count, 39_882));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`(${(claims / count).toFixed(1)} claims per article, ${(Buffer.byteLength(body) / count / 1024).toFixed(1)} KB per JSON line)`);
  console.table(rows);
  console.log('Ceiling: one durable transaction per article (BEGIN, one 3 KB row, COMMIT, nothing else) on the same disk; no import that commits each article on its own can pass it');
  console.table(ceilings);
}
