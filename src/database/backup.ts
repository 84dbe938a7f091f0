import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '../config/app-config';

/**
 * A consistent copy of the SQLite database while the service runs: `VACUUM INTO` reads the file in
 * one read transaction (WAL mode: writers go on, and the copy holds exactly the transactions
 * committed before it began), and writes a compact, self-contained file without a WAL beside it.
 * PostgreSQL has its own tools for this (pg_dump, see docs/operations.md).
 */
export async function backupSqlite(database: DatabaseConfig, target: string): Promise<{ bytes: number }> {
  if (database.type !== 'sqlite' || database.path === ':memory:') throw new Error('backup copies a SQLite file; for PostgreSQL use pg_dump (docs/operations.md)');
  const file = resolve(target);
  if (existsSync(file)) throw new Error(`${target} exists already: a backup never overwrites a file`);
  mkdirSync(dirname(file), { recursive: true });
  const db = await new Promise<sqlite3.Database>((done, fail) => {
    const opened: sqlite3.Database = new sqlite3.Database(database.path, sqlite3.OPEN_READONLY, (error) => (error ? fail(error) : done(opened)));
  });
  try {
    db.configure('busyTimeout', 10_000);
    await new Promise<void>((done, fail) => db.run('VACUUM INTO ?', [file], (error) => (error ? fail(error) : done())));
  } finally {
    await new Promise<void>((done) => db.close(() => done()));
  }
  return { bytes: statSync(file).size };
}
