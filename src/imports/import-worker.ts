import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ArticlesService } from '../articles/articles.service';
import { contentHash } from '../articles/content-hash';
import { APP_CONFIG, AppConfig, IntakeConfig } from '../config/app-config';
import { PollingLoop } from '../common/concurrency/polling-loop';
import { newInstanceId } from '../common/instance-id';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import type { CreateArticleDto } from '../articles/article.dto';
import { Meters } from '../metrics/meters';
import { UsersService } from '../users/users.service';
import type { ImportItemEntity } from './import-item.entity';
import { parseArticleLine, ParsedArticle } from './import-input';
import { importOne, ImportOutcome } from './import-outcome';
import { ImportsRepository } from './imports.repository';

/** The item was imported (or is being imported) by another instance: this one's transaction stands down. */
class ItemTakenError extends Error {}

/**
 * The batch's items parsed and grouped by article text, in line order: lines repeating the same
 * text run one after another in one lane, so the first of them is the one imported and the later
 * ones are reported as its duplicates, whichever lane is faster.
 */
async function chainsByContent(batch: ImportItemEntity[]): Promise<{ item: ImportItemEntity; parsed: ParsedArticle }[][]> {
  const chains = new Map<string, { item: ImportItemEntity; parsed: ParsedArticle }[]>();
  for (const item of batch) {
    const parsed = await parseArticleLine(item.payload);
    const key = 'article' in parsed ? contentHash(parsed.article.body) : `line ${item.id}`;
    const chain = chains.get(key);
    if (chain) chain.push({ item, parsed });
    else chains.set(key, [{ item, parsed }]);
  }
  return [...chains.values()];
}

/**
 * Runs import jobs in the background, on every instance: takes a batch of pending items, imports
 * each article in its own transaction (extraction before it, so the next article's extraction
 * overlaps the last one's write), and marks the item in that same transaction. Jobs live in the
 * database, so a restart resumes where the last run stopped, and instances sharing one PostgreSQL
 * share the work (see ImportsRepository.claimPending and lockPendingItem).
 */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportWorker.name);
  private readonly config: IntakeConfig;
  /** Names this worker on the rows it takes. */
  readonly instance = newInstanceId();
  private readonly polling: PollingLoop;
  private readonly actors = new Map<number, Actor>();
  private stop!: () => void;
  /** Resolves when the app starts shutting down. */
  readonly stopping = new Promise<void>((resolve) => (this.stop = resolve));

  constructor(
    private readonly db: Database,
    private readonly items: ImportsRepository,
    private readonly articles: ArticlesService,
    private readonly users: UsersService,
    private readonly meters: Meters,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG).intake;
    this.polling = new PollingLoop(() => this.runBatch(), this.config.pollIntervalMs, (error) =>
      this.logger.warn({ msg: 'import batch failed; retrying at the next poll', err: error.message }));
  }

  onApplicationBootstrap(): void {
    this.polling.start();
  }

  /** A job was just created here: start on it now rather than at the next poll. */
  kick(): void {
    this.polling.kick();
  }

  /** Stops taking work and lets the articles in flight finish (their transactions commit) before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.stop();
    await this.polling.stop();
  }

  /** One batch: whether there was anything to do. */
  private async runBatch(): Promise<boolean> {
    const now = isoNow();
    const staleBefore = new Date(Date.now() - this.config.importClaimMs).toISOString();
    const batch = await this.db.write(async (tx) => {
      const claimed = await this.items.claimPending(tx, this.instance, now, staleBefore, this.config.importBatchSize);
      await this.items.markJobsRunning(tx, [...new Set(claimed.map((item) => item.jobId))], now);
      return claimed;
    });
    if (batch.length === 0) return false;
    const chains = await chainsByContent(batch);
    let next = 0;
    const lanes = Array.from({ length: Math.min(this.config.importConcurrency, chains.length) }, async () => {
      while (next < chains.length && !this.polling.stopped) {
        for (const { item, parsed } of chains[next++]) {
          if (this.polling.stopped) break;
          await this.process(item, parsed);
        }
      }
    });
    await Promise.all(lanes);
    for (const jobId of new Set(batch.map((item) => item.jobId))) {
      await this.db.write((tx) => this.items.finishIfComplete(tx, jobId, isoNow()));
    }
    return true;
  }

  private async process(item: ImportItemEntity, parsed: ParsedArticle): Promise<void> {
    let outcome: ImportOutcome;
    try {
      if ('reason' in parsed) outcome = { outcome: 'refused', reason: parsed.reason };
      else outcome = await this.importWithRetry(item, parsed.article);
    } catch (error) {
      if (error instanceof ItemTakenError) return;
      // The database failed under it: left pending, taken again once this instance's claim runs out.
      this.logger.warn({ msg: 'import item failed; it stays pending', itemId: item.id, err: (error as Error).message });
      return;
    }
    this.meters.importItems.inc({ outcome: outcome.outcome });
    if (outcome.outcome === 'imported') return; // recorded in the article's own transaction
    await this.db.write(async (tx) => {
      if (!(await this.items.lockPendingItem(tx, item.id))) return;
      await this.items.settleItem(tx, item.id, { state: outcome.outcome as 'duplicate' | 'refused', articleId: outcome.outcome === 'duplicate' ? outcome.articleId : null, reason: outcome.reason, by: this.instance, at: isoNow() });
    });
  }

  /** Imports the item's article and marks the item imported in the same transaction. */
  private async importWithRetry(item: ImportItemEntity, article: CreateArticleDto): Promise<ImportOutcome> {
    const actor = await this.actorOf(item.jobId);
    const options = {
      inTransaction: async (tx: WriteTx, imported: { id: number }) => {
        if (!(await this.items.lockPendingItem(tx, item.id))) throw new ItemTakenError();
        await this.items.settleItem(tx, item.id, { state: 'imported', articleId: imported.id, reason: null, by: this.instance, at: isoNow() });
      },
    };
    return importOne(this.articles, article, actor, options);
  }

  /** Articles of a job are imported in the name of whoever started it (the oldest admin if that account is gone). */
  private async actorOf(jobId: number): Promise<Actor> {
    const cached = this.actors.get(jobId);
    if (cached) return cached;
    const job = await this.items.findJob(jobId);
    const user = job?.createdById ? await this.users.get(job.createdById).catch(() => null) : null;
    const person = user ?? (await this.users.oldestAdmin());
    const actor: Actor = { id: person.id, role: person.role, displayName: person.displayName };
    this.actors.set(jobId, actor);
    return actor;
  }
}
