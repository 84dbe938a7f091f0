import { Logger } from '@nestjs/common';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { DatabaseConfig, POOLS } from '../config/app-config';
import { buildDataSourceOptions, ConnectionRole, SQLITE_PRAGMAS, WriterGuard } from './data-source-options';
import { runNamed } from './named-sql';
import { Dialect, WriteTx } from './write-tx';

interface Reader {
  dataSource: DataSource;
  active: number;
}

/**
 * The one way to the database, for every feature.
 *
 * Writes: `write(tx => …)` runs the work in one transaction and answers only after COMMIT, so a 2xx
 * built on it means the write is committed. On SQLite there is exactly one writer connection and one
 * queue: transactions run one after another and no other statement can run on that connection
 * between a BEGIN and its COMMIT (the driver refuses it). On PostgreSQL each transaction gets its own
 * pooled connection and the database isolates them; row and advisory locks (WriteTx) order conflicting
 * writers.
 *
 * Reads: `read(db => …)` runs on read-only connections (SQLite: a small pool in WAL mode, so a long
 * write never blocks the desk and a read never sees uncommitted rows; PostgreSQL: a pool whose
 * transactions are read-only). A write through them fails.
 */
export class Database {
  private readonly logger = new Logger(Database.name);
  private queue: Promise<unknown> = Promise.resolve();
  private longReader?: Promise<DataSource>;
  private closed = false;
  private waitingWrites = 0;
  /** Told how long each write waited for its turn (SQLite's queue) or its connection (PostgreSQL's pool), in seconds: for the metrics. */
  onWriteWait: ((seconds: number) => void) | null = null;

  private constructor(
    readonly config: DatabaseConfig,
    readonly dialect: Dialect,
    private readonly writer: DataSource,
    private readonly readers: Reader[],
    private readonly guard: WriterGuard,
  ) {}

  /** Opens the writer (running pending migrations), then the readers. */
  static async open(config: DatabaseConfig): Promise<Database> {
    const guard: WriterGuard = { armed: false, writing: false };
    const writer = await initializeWhenFree(
      () => new DataSource({ ...buildDataSourceOptions(config, 'writer', guard), migrationsRun: false } as DataSourceOptions),
      migrate,
    );
    if (config.type === 'sqlite') {
      for (const pragma of SQLITE_PRAGMAS.writer) await writer.query(pragma);
      if (config.path !== ':memory:') guard.armed = true;
    }
    const readers: Reader[] = [];
    // An in-memory SQLite database exists only on its one connection: it reads where it writes.
    const readerCount = config.type === 'sqlite' && config.path === ':memory:' ? 0 : config.type === 'sqlite' ? config.readConnections ?? POOLS.readConnections : 1;
    for (let i = 0; i < readerCount; i++) readers.push({ dataSource: await openReader(config, 'reader'), active: 0 });
    return new Database(config, config.type, writer, readers, guard);
  }

  /**
   * Runs `work` in one write transaction. Resolves after COMMIT; if `work` or a commit hook throws,
   * the transaction rolls back and nothing of it stays. Never call it from inside `work`: pass the
   * WriteTx down (the architecture test refuses a nested write, which on SQLite would wait for itself).
   */
  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The database is closed'));
    const asked = process.hrtime.bigint();
    this.waitingWrites++;
    let started = false;
    const transaction = () =>
      this.writer.transaction(async (manager) => {
        if (!started) {
          // The first attempt's start ends the wait (a retried one on PostgreSQL does not wait again).
          started = true;
          this.waitingWrites--;
          this.onWriteWait?.(Number(process.hrtime.bigint() - asked) / 1e9);
        }
        const tx = new WriteTx(manager, this.dialect);
        const result = await work(tx);
        await tx.runCommitHooks();
        return result;
      });
    const settle = () => {
      if (!started) this.waitingWrites--;
    };
    if (this.dialect === 'postgres') return this.retryingConflicts(transaction).finally(settle);
    const result = this.queue.then(async () => {
      this.guard.writing = true;
      try {
        return await transaction();
      } finally {
        this.guard.writing = false;
        settle();
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * PostgreSQL may abort a transaction to break a deadlock or a serialization conflict: it left
   * nothing behind, so it runs again (twice at most). Locks are taken in one order everywhere, so
   * this should not happen; when it does, it is logged.
   */
  private async retryingConflicts<T>(transaction: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction();
      } catch (error) {
        const code = (error as { driverError?: { code?: string } }).driverError?.code;
        if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw error;
        this.logger.warn(`A write transaction was aborted by PostgreSQL (${code}) and runs again (attempt ${attempt + 1})`);
      }
    }
  }

  /** Runs `work` on a read-only connection (the least busy one). Inside a write, read through the WriteTx instead: it sees its own changes. */
  async read<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (this.readers.length === 0) return work(this.writer.manager);
    let reader = this.readers[0];
    for (const candidate of this.readers) if (candidate.active < reader.active) reader = candidate;
    reader.active++;
    try {
      return await work(reader.dataSource.manager);
    } finally {
      reader.active--;
    }
  }

  /** Runs hand-written SQL with `:name` parameters on a read connection (see named-sql.ts). */
  named<T>(text: string, params: Record<string, unknown>, tx?: WriteTx): Promise<T[]> {
    return this.reading(tx, (m) => runNamed<T>(m, this.dialect, text, params));
  }

  /** Reads through the transaction when there is one (to see its own changes), else on a reader. */
  reading<T>(tx: WriteTx | undefined, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return tx ? work(tx.manager) : this.read(work);
  }

  /**
   * A read-only connection for reads that walk the whole desk (the streamed export): on SQLite its own
   * connection without a memory map, so an export neither queues behind the desk's reads nor pulls
   * the file into the service's memory; on PostgreSQL the read pool.
   */
  async longReads(): Promise<EntityManager> {
    if (this.config.type !== 'sqlite' || this.config.path === ':memory:') return this.readers[0]?.dataSource.manager ?? this.writer.manager;
    this.longReader ??= openReader(this.config, 'long-reader');
    return (await this.longReader).manager;
  }

  /**
   * What the connections are doing now, for the metrics: writes waiting for their turn, and on
   * PostgreSQL each pool's connections (open, idle, and requests waiting for one).
   */
  poolStats(): { waitingWrites: number; pools: { pool: string; total: number; idle: number; waiting: number }[]; readersBusy: number } {
    const pools: { pool: string; total: number; idle: number; waiting: number }[] = [];
    if (this.dialect === 'postgres') {
      for (const [name, source] of [['write', this.writer], ['read', this.readers[0]?.dataSource]] as const) {
        const pool = (source?.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } } | undefined)?.master;
        if (pool) pools.push({ pool: name, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
      }
    }
    return { waitingWrites: this.waitingWrites, pools, readersBusy: this.readers.reduce((sum, r) => sum + r.active, 0) };
  }

  /** Whether the database answers a read, for the health check. */
  async ping(): Promise<void> {
    await this.read((db) => db.query('SELECT 1'));
  }

  /**
   * Lets queued writes and running reads finish, then closes every connection. The HTTP server
   * closes first, but a request whose client hung up is still running its reads: closing under it
   * failed them (SQLITE_MISUSE) and logged a server error for every such request at each restart.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    for (const giveUp = Date.now() + READS_DRAIN_MS; this.readers.some((r) => r.active > 0) && Date.now() < giveUp; ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const longReader = await this.longReader?.catch(() => undefined);
    for (const dataSource of [...this.readers.map((r) => r.dataSource), longReader, this.writer]) {
      if (dataSource?.isInitialized) await dataSource.destroy().catch((error: Error) => this.logger.warn(`closing a connection failed: ${error.message}`));
    }
  }
}

/**
 * Runs pending migrations, one process at a time, so instances (or a command-line run) starting
 * together on one database migrate one after the other and the second finds nothing left to do: on
 * SQLite inside one IMMEDIATE transaction (the file's write lock), on PostgreSQL under a session
 * advisory lock (each migration in its own transaction).
 */
async function migrate(writer: DataSource): Promise<void> {
  if (writer.options.type !== 'postgres') {
    await writer.query('BEGIN IMMEDIATE');
    try {
      await writer.runMigrations({ transaction: 'none' });
      await writer.query('COMMIT');
    } catch (error) {
      await writer.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return;
  }
  const session = writer.createQueryRunner();
  await session.connect();
  try {
    await session.query('SELECT pg_advisory_lock(hashtext($1))', ['claimtrack:migrations']);
    await writer.runMigrations();
  } finally {
    await session.query('SELECT pg_advisory_unlock(hashtext($1))', ['claimtrack:migrations']).catch(() => undefined);
    await session.release();
  }
}

/**
 * Opens a connection (and runs `prepare` on it), trying again while SQLite answers SQLITE_BUSY.
 * Switching a new file to WAL needs the file to itself, and SQLite does not wait (busy timeout) for
 * that lock, nor for a write lock while another connection is switching: instances opening one new
 * file together saw one of them fail at start. On PostgreSQL it opens once.
 */
async function initializeWhenFree(create: () => DataSource, prepare?: (dataSource: DataSource) => Promise<void>): Promise<DataSource> {
  for (let attempt = 1; ; attempt++) {
    const dataSource = create();
    try {
      await dataSource.initialize();
      await prepare?.(dataSource);
      return dataSource;
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      if (dataSource.options.type !== 'sqlite' || !/SQLITE_BUSY/.test(String(error)) || attempt >= OPEN_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
const OPEN_ATTEMPTS = 25;
/** How long close() waits for running reads before it closes their connections anyway. */
const READS_DRAIN_MS = 5000;

async function openReader(config: DatabaseConfig, role: ConnectionRole): Promise<DataSource> {
  const dataSource = await initializeWhenFree(() => new DataSource(buildDataSourceOptions(config, role)));
  if (config.type === 'sqlite') for (const pragma of SQLITE_PRAGMAS[role]) await dataSource.query(pragma);
  return dataSource;
}
