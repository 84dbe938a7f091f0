import 'reflect-metadata';
import { createServer } from 'node:http';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { attributionRowsQuery, claimListQuery } from '../src/claims/claim-queries';
import { decodeCursor, encodeCursor } from '../src/common/pagination/cursor';
import { backlogQuery, deskTallyQuery, topArticlesQuery, topSourcesQuery } from '../src/dashboard/stats-queries';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { SQLITE_READ_PRAGMAS } from '../src/database/sqlite-tuning';
import type { ClaimStatus } from '../src/common/vocabulary';

/**
 * The baseline: a bare node:http handler that runs the service's own SQL (taken from the same query
 * builders) through the same sqlite3 driver on the same file, with no framework, no auth, no
 * validation. `node baseline-server.js FILE PORT`.
 */
async function main(): Promise<void> {
  const [file, port] = process.argv.slice(2);
  // TypeORM only builds the SQL text here; the statements run on a bare sqlite3 connection.
  const builder = new DataSource({ ...buildDataSourceOptions({ type: 'sqlite', path: file }), migrationsRun: false });
  await builder.initialize();
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  db.configure('busyTimeout', 10_000);
  // The same connection settings as the service's, so that the comparison is of the layers above the driver.
  for (const pragma of SQLITE_READ_PRAGMAS) db.run(pragma);
  const all = (sql: string, params: unknown[]) => new Promise<Record<string, unknown>[]>((resolve, reject) => db.all(sql, params, (e, rows) => (e ? reject(e) : resolve(rows as Record<string, unknown>[]))));

  async function listClaims(query: URLSearchParams): Promise<unknown> {
    const limit = Number(query.get('limit') ?? 50);
    const filter = { status: (query.get('status') ?? undefined) as ClaimStatus | undefined, sourceId: query.has('sourceId') ? Number(query.get('sourceId')) : undefined };
    const [sql, params] = claimListQuery(builder.manager, filter, decodeCursor(query.get('cursor') ?? undefined), limit + 1).getQueryAndParameters();
    const rows = await all(sql, params);
    const page = rows.slice(0, limit);
    const ids = page.map((row) => Number(row.c_id));
    const [attributionSql, attributionParams] = attributionRowsQuery(builder.manager, ids.length ? ids : [0]).getQueryAndParameters();
    const attributions = await all(attributionSql, attributionParams);
    return {
      items: page.map((row) => ({
        id: row.c_id, articleId: row.c_article_id, text: row.c_text, kind: row.c_kind, status: row.c_status, origin: row.c_origin, version: row.c_version,
        assigneeId: row.c_assignee_id, quote: { exact: row.c_quote_exact, prefix: row.c_quote_prefix, suffix: row.c_quote_suffix, start: row.c_quote_start, end: row.c_quote_end },
        attributions: attributions.filter((a) => a.claimId === row.c_id).map((a) => ({ id: a.id, role: a.role, cue: a.cue, source: { id: a.sourceId, name: a.sourceName, type: a.sourceType } })),
      })),
      nextCursor: rows.length > limit ? encodeCursor(ids[ids.length - 1]) : null,
    };
  }

  async function stats(): Promise<unknown> {
    const queries = [deskTallyQuery(builder.manager), topSourcesQuery(builder.manager), topArticlesQuery(builder.manager), backlogQuery(builder.manager, new Date())];
    const [desk, sources, articles, backlog] = await Promise.all(queries.map((q) => { const [sql, params] = q.getQueryAndParameters(); return all(sql, params); }));
    return { desk: desk[0], bySource: sources, byArticle: articles, backlog: backlog[0] };
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

void main();
