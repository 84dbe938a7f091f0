import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import { Database } from '../src/database/database';

/** The tables of a desk in an order that satisfies their foreign keys. */
const TABLES = ['users', 'sources', 'source_aliases', 'articles', 'article_revisions', 'claims', 'attributions', 'evidence', 'review_events', 'ledger_head', 'desk_tallies', 'claim_search'];
/** SQLite's FTS5 table keys its rows by rowid; PostgreSQL's by claim_id, and computes its tsvector itself. */
const SQLITE_COLUMN: Record<string, string> = { claim_id: 'rowid' };
const BATCH = 10_000;

function all(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as Record<string, unknown>[]))));
}

/**
 * Copies the benchmark's SQLite desk into a fresh PostgreSQL database, so both are measured on the
 * same million claims: the schema from the real migrations, then every table row for row (one
 * unnest() insert per 10,000 rows), sequences moved past the copied ids, then ANALYZE.
 */
export async function copyDeskToPostgres(sqliteFile: string, serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  await (await Database.open({ type: 'postgres', url })).close(); // runs the real migrations

  const source = new sqlite3.Database(sqliteFile, sqlite3.OPEN_READONLY);
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    for (const table of TABLES) {
      const columns = await pg.query<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position", [table],
      );
      const names = columns.rows.map((c) => c.column_name);
      const types = columns.rows.map((c) => (c.data_type === 'character varying' ? 'text' : c.data_type));
      for (let after = -1; ;) {
        const selected = names.map((name) => (table === 'claim_search' && SQLITE_COLUMN[name] ? `${SQLITE_COLUMN[name]} AS ${name}` : name));
        const rows = await all(source, `SELECT rowid AS rowid_, ${selected.join(', ')} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`, [after]);
        if (rows.length === 0) break;
        after = Number(rows[rows.length - 1].rowid_);
        const arrays = names.map((column, i) => rows.map((row) => (types[i] === 'boolean' && row[column] !== null ? Boolean(row[column]) : row[column])));
        await pg.query(
          `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${names.map((_, i) => `$${i + 1}::${types[i]}[]`).join(', ')})`,
          arrays,
        );
      }
      if (names.includes('id') && table !== 'ledger_head') await pg.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT MAX(id) FROM ${table}), 1))`);
    }
    await pg.query('ANALYZE');
  } finally {
    await pg.end();
    await new Promise<void>((resolve) => source.close(() => resolve()));
  }
  return url;
}
