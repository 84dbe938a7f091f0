import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import sqlite3 from 'sqlite3';
import { MIGRATIONS } from '../../migrations';
import { DatabaseConfig, POOLS } from '../config/app-config';
import { ENTITIES } from './entities';

/** What a connection is for: the one writer, the desk's readers, or the reader for whole-desk exports. */
export type ConnectionRole = 'writer' | 'reader' | 'long-reader';

/** Whether the writer connection may run a statement now: only inside Database.write() once the service is up. */
export interface WriterGuard {
  armed: boolean;
  writing: boolean;
}

/**
 * Per-connection settings on SQLite. Readers memory-map the file (reads without a system call per
 * page) and keep a 64 MB page cache; the long reader maps nothing and keeps a small cache, so that
 * walking the whole desk goes through the kernel's page cache instead of the service's memory.
 * Every reader is query-only: a write through it fails at once instead of slipping past the writer.
 */
export const SQLITE_PRAGMAS: Record<ConnectionRole, string[]> = {
  writer: ['PRAGMA cache_size = -16384'],
  reader: ['PRAGMA mmap_size = 1073741824', 'PRAGMA cache_size = -65536', 'PRAGMA query_only = 1'],
  'long-reader': ['PRAGMA mmap_size = 0', 'PRAGMA cache_size = -2048', 'PRAGMA query_only = 1'],
};

/**
 * Session settings on PostgreSQL. The desk's working set lives in memory (or on SSD), where a random
 * page read costs about what a sequential one does: with random_page_cost at 1.1 the planner walks a
 * source's attributions and fetches each claim by key (about 1 ms for a page) instead of merging
 * against a backward scan of every claim (5–9 ms). JIT compilation only adds latency to queries this
 * short. Readers cannot write even by mistake: every transaction on their connections is read-only.
 */
export const POSTGRES_SESSION = {
  writer: '-c random_page_cost=1.1 -c jit=off',
  reader: '-c random_page_cost=1.1 -c jit=off -c default_transaction_read_only=on',
};

export function buildDataSourceOptions(database: DatabaseConfig, role: ConnectionRole = 'writer', guard?: WriterGuard): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: role === 'writer', synchronize: false, logging: ['error'] as const };
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, logging: ['error'], extra: { max: database.poolSize ?? POOLS.poolSize, options: POSTGRES_SESSION[role === 'writer' ? 'writer' : 'reader'] } };
  }
  if (database.path !== ':memory:' && role === 'writer') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    driver: role === 'writer' ? writerDriver(guard ?? { armed: false, writing: false }) : SQLITE_WITHOUT_LONG_STACK_TRACES,
    database: database.path,
    enableWAL: role === 'writer',
    busyTimeout: 10_000,
    logging: ['error'],
  };
}

/**
 * TypeORM switches sqlite3 into verbose mode, which wraps every query in a long-stack-trace helper: an
 * Error and a util.inspect of the SQL and all its parameters, held until the query returns. That costs
 * CPU on every query and promotes about a megabyte per young-generation collection during a long
 * export, which is what grew the old generation. Our errors carry the SQL through TypeORM's
 * QueryFailedError already, so the driver we hand over keeps sqlite3 as it is.
 */
const SQLITE_WITHOUT_LONG_STACK_TRACES = Object.create(sqlite3, { verbose: { value: () => sqlite3 } }) as typeof sqlite3;

type Callback = (...args: unknown[]) => void;

/**
 * The writer's sqlite3 driver. Two things differ from the readers':
 * - transactions begin IMMEDIATE: the write lock is taken at BEGIN and waited for (busy timeout), so a
 *   transaction never fails half-way upgrading a read lock while another process (the command line)
 *   writes to the same file;
 * - once armed, a statement outside Database.write() is refused: nothing can run on the writer's
 *   connection between another request's BEGIN and COMMIT.
 */
function writerDriver(guard: WriterGuard): typeof sqlite3 {
  const check = (sql: unknown): string => {
    if (guard.armed && !guard.writing) {
      throw new Error(`A statement ran on the SQLite writer outside Database.write(): ${String(sql).slice(0, 80)}`);
    }
    return sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : String(sql);
  };
  class WriterDatabase extends sqlite3.Database {
    override run(sql: string, ...rest: unknown[]): this {
      return super.run(check(sql), ...(rest as [Callback]));
    }
    override all(sql: string, ...rest: unknown[]): this {
      return super.all(check(sql), ...(rest as [Callback]));
    }
    override exec(sql: string, callback?: (error: Error | null) => void): this {
      return super.exec(check(sql), callback);
    }
  }
  // TypeORM asks the driver for verbose() and uses what it returns: this object itself, not sqlite3.
  const driver = Object.create(sqlite3, { Database: { value: WriterDatabase } }) as typeof sqlite3;
  Object.defineProperty(driver, 'verbose', { value: () => driver });
  return driver;
}
