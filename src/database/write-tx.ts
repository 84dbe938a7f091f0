import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Work that runs just before COMMIT, in this order: deferred counts first, then the history ledger,
 * then the seals of the claims whose history moved. Locks are taken in the same order by every
 * transaction (rows of the claims being changed, then tallies, then the ledger head), so two
 * transactions on PostgreSQL can wait for each other but never deadlock.
 */
export const COMMIT_PHASES = ['tallies', 'ledger', 'seal'] as const;
export type CommitPhase = (typeof COMMIT_PHASES)[number];

export type Dialect = 'sqlite' | 'postgres';

/**
 * One write transaction, handed out only by Database.write(): the one way to change the database.
 * Repositories take it as their first argument wherever they write, so a write without a
 * transaction does not typecheck (and the architecture test refuses it in source).
 */
export class WriteTx {
  private readonly hooks: { phase: CommitPhase; run: () => Promise<void> }[] = [];
  private readonly state = new Map<symbol, unknown>();
  private committing = false;

  constructor(
    readonly manager: EntityManager,
    readonly dialect: Dialect,
  ) {}

  /** State a feature keeps for the length of one transaction (pending counts, pending ledger events). */
  scoped<T>(key: symbol, create: () => T): T {
    if (!this.state.has(key)) this.state.set(key, create());
    return this.state.get(key) as T;
  }

  /** Runs `hook` once before COMMIT, in its phase's turn; registering during the commit itself is a bug. */
  beforeCommit(phase: CommitPhase, hook: () => Promise<void>): void {
    if (this.committing) throw new Error(`beforeCommit(${phase}) registered while the transaction is committing`);
    this.hooks.push({ phase, run: hook });
  }

  /** Called by Database.write() after the work succeeded; a failing hook rolls the whole transaction back. */
  async runCommitHooks(): Promise<void> {
    this.committing = true;
    for (const phase of COMMIT_PHASES) {
      for (const hook of this.hooks.filter((h) => h.phase === phase)) await hook.run();
    }
  }

  /**
   * Locks the selected rows until COMMIT on PostgreSQL, so a read-then-write on them cannot
   * interleave with another instance's. SQLite has one writer, so nothing can interleave. The lock
   * is FOR NO KEY UPDATE: it excludes every other writer of the row but not the key-share locks that
   * inserting a row referring to it takes (an event, an attribution, evidence linking the claim), which
   * would otherwise make two transactions wait for each other.
   */
  forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return this.dialect === 'postgres' ? query.setLock('for_no_key_update') : query;
  }

  /**
   * As forUpdate, but rows another transaction holds are left out instead of waited for (FOR UPDATE
   * SKIP LOCKED): how instances sharing one PostgreSQL take work rows (import items, webhook
   * deliveries) without taking the same row twice or queueing behind each other.
   */
  forUpdateSkipLocked<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return this.dialect === 'postgres' ? query.setLock('pessimistic_write').setOnLocked('skip_locked') : query;
  }

  /**
   * A named lock for the rest of the transaction on PostgreSQL (an advisory transaction lock): shared
   * holders run side by side, an exclusive holder runs alone. Taken first in a transaction, before
   * any row lock, so that the order of locks stays the same everywhere.
   */
  async lock(name: string, mode: 'shared' | 'exclusive'): Promise<void> {
    if (this.dialect !== 'postgres') return;
    const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await this.manager.query(`SELECT ${fn}(hashtext($1))`, [`claimtrack:${name}`]);
  }

  /**
   * Exclusive named locks on many names in one round trip, taken in the order of their hashes so that
   * two transactions locking overlapping sets wait for each other instead of deadlocking. Taking a
   * name this transaction already holds again is harmless.
   */
  async lockAll(names: Iterable<string>): Promise<void> {
    if (this.dialect !== 'postgres') return;
    const distinct = [...new Set(names)];
    if (distinct.length === 0) return;
    await this.manager.query(
      `SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtext('claimtrack:' || k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS ordered`,
      [distinct],
    );
  }
}
