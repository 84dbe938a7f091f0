/**
 * The loop of a background worker that takes its work from the database (import items, webhook
 * deliveries): runs `batch` again at once while it finds work, else sleeps for the poll interval or
 * until kicked (work was just created on this instance); a failed batch is reported and retried at
 * the next poll. `stop()` answers once the batch in flight has finished, so its transactions commit
 * before the database closes.
 */
export class PollingLoop {
  private running?: Promise<void>;
  private stopping = false;
  private wake?: () => void;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly batch: () => Promise<boolean>,
    private readonly pollIntervalMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  /** Whether stop() was called: a long batch checks it between items. */
  get stopped(): boolean {
    return this.stopping;
  }

  start(): void {
    this.running ??= this.loop();
  }

  kick(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.kick();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let worked = false;
      try {
        worked = await this.batch();
      } catch (error) {
        if (!this.stopping) this.onError(error as Error);
      }
      if (!worked && !this.stopping) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        clearTimeout(this.timer);
        this.wake = undefined;
        resolve();
      };
      this.timer = setTimeout(() => this.wake?.(), this.pollIntervalMs);
      this.timer.unref();
    });
  }
}
