import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { catchError, defer, EMPTY, exhaustMap, filter, from, Observable, ReplaySubject, share, Subject, takeUntil, tap, timer } from 'rxjs';
import { TalliesRepository } from '../claims/tallies.repository';
import { HistoryRepository } from '../history/history.repository';
import type { DeskSnapshotDto } from './activity.dto';
import { ActivityService } from './activity.service';
import { StatsService } from './stats.service';

/** How often an instance asks the database whether the desk changed, while anyone is watching. */
export const PULSE_INTERVAL_MS = 1000;

/**
 * Live dashboard figures that hold across instances. A change made through another instance never
 * passes through this process, so nothing here listens for in-process events: while at least one
 * dashboard is connected, this instance polls the database's desk version once a second (two
 * primary-key reads, shared by all its watchers) and, when it moved, computes the snapshot once and
 * hands it to every watcher. With no watchers the timer stops.
 */
@Injectable()
export class DeskPulse implements OnModuleDestroy {
  private readonly logger = new Logger(DeskPulse.name);
  private readonly stopped = new Subject<void>();
  readonly snapshots: Observable<DeskSnapshotDto>;
  /** Emits once when the app shuts down, so open streams can end. */
  readonly shutdown: Observable<void> = this.stopped.asObservable();

  constructor(
    private readonly history: HistoryRepository,
    private readonly tallies: TalliesRepository,
    private readonly stats: StatsService,
    private readonly activity: ActivityService,
  ) {
    this.snapshots = defer(() => {
      let shown: string | null = null;
      return timer(0, PULSE_INTERVAL_MS).pipe(
        // exhaustMap: a slow database skips ticks instead of piling up queries.
        exhaustMap(() => from(this.deskVersion()).pipe(catchError((error) => this.skip(error)))),
        filter((version) => version !== shown),
        exhaustMap((version) => from(this.snapshot(version)).pipe(catchError((error) => this.skip(error)))),
        tap((snapshot) => (shown = snapshot.deskVersion)),
      );
    }).pipe(
      takeUntil(this.stopped),
      // Late joiners get the latest snapshot at once; the last watcher leaving stops the polling.
      share({ connector: () => new ReplaySubject<DeskSnapshotDto>(1), resetOnRefCountZero: true, resetOnComplete: true, resetOnError: true }),
    );
  }

  async snapshot(version?: string): Promise<DeskSnapshotDto> {
    const [deskVersionNow, stats, flow, activity] = await Promise.all([
      version ?? this.deskVersion(),
      this.stats.deskStats(),
      this.activity.flow(30),
      this.activity.recentActivity(15),
    ]);
    return { deskVersion: deskVersionNow, stats, flow, activity };
  }

  /**
   * The desk's version: the newest history event (every claim change writes one) and the desk tally
   * (which also moves when claims leave with a deleted article). Two primary-key reads, cheap enough
   * to ask every second; because it lives in the database, every instance sees every other's changes.
   */
  async deskVersion(): Promise<string> {
    const [eventId, tally] = await Promise.all([this.history.newestId(), this.tallies.desk()]);
    const counts = tally ? [tally.claims, tally.unverified, tally.inReview, tally.corroborated, tally.disputed, tally.inconclusive, tally.awaitingApproval] : [];
    return [eventId, ...counts].join('.');
  }

  onModuleDestroy(): void {
    this.stopped.next();
    this.stopped.complete();
  }

  /** A failed poll is logged and retried on the next tick; the stream stays open. */
  private skip(error: unknown): Observable<never> {
    this.logger.warn({ msg: 'desk pulse failed', err: error instanceof Error ? error.message : String(error) });
    return EMPTY;
  }
}
