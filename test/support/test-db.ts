import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '../../src/config/app-config';

/**
 * A connection of the test's own to the database the app under test uses, so that tests check what
 * is really in the file or server (not what the app's connections say) and can tamper with it.
 * SQL is written with `?` placeholders; they become $1… on PostgreSQL.
 */
export class TestDb {
  private constructor(
    private readonly run: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
    readonly close: () => Promise<void>,
    readonly dialect: 'sqlite' | 'postgres',
  ) {}

  static async open(database: DatabaseConfig): Promise<TestDb> {
    if (database.type === 'postgres') {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const numbered = (sql: string) => {
        let n = 0;
        return sql.replace(/\?/g, () => `$${++n}`);
      };
      return new TestDb(async (sql, params) => (await client.query(numbered(sql), params)).rows, () => client.end(), 'postgres');
    }
    const db = new sqlite3.Database(database.path);
    db.configure('busyTimeout', 10_000);
    const run = (sql: string, params: unknown[]) => new Promise<Record<string, unknown>[]>((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as Record<string, unknown>[]))));
    return new TestDb(run, () => new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve()))), 'sqlite');
  }

  /** Runs one statement; rows come back with numbers as numbers on both databases. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const rows = await this.run(sql, params);
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' && /^-?\d+$/.test(value) && /count|^n$|_id$|^id$/.test(key) ? Number(value) : value])) as T);
  }

  async count(table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
    const [row] = await this.run(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
    return Number(row.n);
  }
}
