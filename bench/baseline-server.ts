import 'reflect-metadata';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import sqlite3 from 'sqlite3';
import { attributionsSql, claimListStatement } from '../src/claims/claims.repository';
import { decodeKeyedCursor, encodeCursor } from '../src/common/pagination/cursor';
import { queryGroups } from '../src/claims/search-terms';
import type { ClaimStatus } from '../src/common/vocabulary';
import { POOLS } from '../src/config/app-config';
import { POSTGRES_SESSION, SQLITE_PRAGMAS } from '../src/database/data-source-options';
import type { Dialect } from '../src/database/write-tx';
import { compileNamed, inList, listValue } from '../src/database/named-sql';

/**
 * The baseline: a bare node:http handler that runs the service's own SQL (the claim list's
 * statements; the stats as the same statements written out) through the same driver and the same
 * pool of read-only connections with the same settings, with no framework, no auth, no validation.
 * `node baseline-server.js DATABASE_URL PORT` (sqlite:FILE or postgres://…).
 */
async function main(): Promise<void> {
  const [databaseUrl, port] = process.argv.slice(2);
  const dialect: Dialect = databaseUrl.startsWith('postgres') ? 'postgres' : 'sqlite';
  const all = dialect === 'postgres' ? postgresPool(databaseUrl) : sqlitePool(databaseUrl.replace(/^sqlite:/, ''));
  const named = (text: string, params: Record<string, unknown>) => all(...compileNamed(dialect, text, params));

  async function listClaims(query: URLSearchParams): Promise<unknown> {
    const limit = Number(query.get('limit') ?? 50);
    const filter = {
      status: (query.get('status') ?? undefined) as ClaimStatus | undefined, sourceId: query.has('sourceId') ? Number(query.get('sourceId')) : undefined,
      search: query.has('q') ? queryGroups(query.get('q')!) : undefined,
    };
    const list = claimListStatement(filter, decodeKeyedCursor(query.get('cursor') ?? undefined), limit + 1, dialect);
    const rows = await named(list.text, list.params);
    const page = rows.slice(0, limit);
    const ids = page.map((row) => Number(row.id));
    const attributions = await named(attributionsSql(dialect), { claimIds: listValue(dialect, ids) });
    // The service reads each page's tags too: so does the baseline.
    await named(`SELECT id, claim_id, tag, tag_key, created_at FROM claim_tags WHERE claim_id ${inList(dialect, 'claimIds')} ORDER BY id ASC`, { claimIds: listValue(dialect, ids) });
    const sourceIds = [...new Set(attributions.map((a) => Number(a.source_id)))];
    const sources = new Map((await named(`SELECT id, name, type FROM sources WHERE id ${inList(dialect, 'ids')}`, { ids: listValue(dialect, sourceIds) })).map((s) => [s.id, s]));
    return {
      items: page.map((row) => ({
        id: row.id, articleId: row.article_id, text: row.text, kind: row.kind, status: row.status, origin: row.origin, version: row.version,
        assigneeId: row.assignee_id, quote: { exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix, start: row.quote_start, end: row.quote_end },
        attributions: attributions.filter((a) => a.claim_id === row.id).map((a) => ({ id: a.id, role: a.role, cue: a.cue, source: sources.get(a.source_id) })),
      })),
      nextCursor: rows.length > limit ? encodeCursor(ids[ids.length - 1], page[page.length - 1].sort_key === null ? null : Number(page[page.length - 1].sort_key)) : null,
    };
  }

  async function stats(): Promise<unknown> {
    const [desk, sources, articles, hours] = await Promise.all([
      named("SELECT * FROM desk_tallies WHERE scope = 'desk' AND scope_id = 0", {}),
      named("SELECT * FROM desk_tallies WHERE scope = 'source' AND claims > 0 ORDER BY claims DESC, scope_id ASC LIMIT 20", {}),
      named("SELECT * FROM desk_tallies WHERE scope = 'article' AND claims > 0 ORDER BY open DESC, scope_id DESC LIMIT 20", {}),
      named("SELECT scope_id, open FROM desk_tallies WHERE scope = 'openhour' AND open > 0 ORDER BY scope_id ASC", {}),
    ]);
    const [names, titles] = await Promise.all([
      named(`SELECT id, name, type FROM sources WHERE id ${inList(dialect, 'ids')}`, { ids: listValue(dialect, sources.map((s) => Number(s.scope_id))) }),
      named(`SELECT id, title FROM articles WHERE id ${inList(dialect, 'ids')}`, { ids: listValue(dialect, articles.map((a) => Number(a.scope_id))) }),
    ]);
    const oldestHour = Number(hours[0]?.scope_id ?? 0);
    const oldest = await named("SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM claims WHERE status IN ('unverified', 'in_review') AND created_at >= :from AND created_at < :to AND article_deleted = :deleted", {
      from: new Date(oldestHour * 3_600_000).toISOString(), to: new Date((oldestHour + 1) * 3_600_000).toISOString(), deleted: false,
    });
    return { desk: desk[0], bySource: sources, names, byArticle: articles, titles, hours: hours.length, oldest: oldest[0] };
  }

  createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://baseline');
    const work = url.pathname === '/api/claims' ? listClaims(url.searchParams) : url.pathname === '/api/stats' ? stats() : Promise.resolve(null);
    work.then(
      (body) => {
        response.writeHead(body === null ? 404 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      },
      (error: Error) => {
        response.writeHead(500);
        response.end(error.message);
      },
    );
  }).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
}

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The service's SQLite readers: the same count, read-only, with the same pragmas, the least busy one per query. */
function sqlitePool(file: string): Query {
  const pool = Array.from({ length: Number(process.env.DATABASE_READ_CONNECTIONS ?? POOLS.readConnections) }, () => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
    db.configure('busyTimeout', 10_000);
    for (const pragma of SQLITE_PRAGMAS.reader) db.run(pragma);
    return { db, active: 0 };
  });
  return async (sql, params) => {
    const connection = pool.reduce((least, c) => (c.active < least.active ? c : least));
    connection.active++;
    try {
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => connection.db.all(sql, params, (e, rows) => (e ? reject(e) : resolve(rows as Record<string, unknown>[]))));
    } finally {
      connection.active--;
    }
  };
}

/** The service's PostgreSQL read pool: the same size and session settings. */
function postgresPool(url: string): Query {
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? POOLS.poolSize), options: POSTGRES_SESSION.reader });
  return async (sql, params) => (await pool.query(sql, params)).rows as Record<string, unknown>[];
}

void main();
