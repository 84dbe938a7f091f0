import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import type { CurrentSessionInfo } from '../common/http/authenticated.decorator';
import { TooManyRequestsError } from '../common/problem/domain-error';

/** Open live streams one user may hold on one instance (several tabs and screens, not hundreds). */
export const MAX_STREAMS_PER_USER = 5;
/** How often the sessions behind open streams are checked: a sign-out or a disabled account ends them within this. */
export const SESSION_CHECK_MS = 5_000;

interface OpenStream {
  userId: number;
  token: string;
  ended: Subject<void>;
  expiry: NodeJS.Timeout;
}

/**
 * The live streams open on this instance and the sessions they ride on. A stream ends when its
 * token is revoked (sign-out), its user disabled or the token expires; the sessions of all open
 * streams are checked together, in two queries, every few seconds while any is open.
 */
@Injectable()
export class LiveStreams implements OnModuleDestroy {
  private readonly open = new Map<symbol, OpenStream>();
  private checker?: NodeJS.Timeout;

  constructor(private readonly auth: AuthService) {}

  /** Registers a stream; `ended` fires when its session does. Refused (429) beyond the per-user cap. */
  register(userId: number, session: CurrentSessionInfo): { ended: Observable<void>; close: () => void } {
    const held = [...this.open.values()].filter((s) => s.userId === userId).length;
    if (held >= MAX_STREAMS_PER_USER) {
      throw new TooManyRequestsError(`You already have ${held} live streams open: close one (a tab or screen) first.`, Math.ceil(SESSION_CHECK_MS / 1000));
    }
    const id = Symbol('stream');
    const ended = new Subject<void>();
    const expiry = setTimeout(() => this.end(id), Math.max(0, Date.parse(session.expiresAt) - Date.now()));
    this.open.set(id, { userId, token: session.token, ended, expiry });
    this.checker ??= setInterval(() => void this.checkSessions(), SESSION_CHECK_MS);
    return { ended: ended.asObservable(), close: () => this.end(id) };
  }

  private end(id: symbol): void {
    const stream = this.open.get(id);
    if (!stream) return;
    this.open.delete(id);
    clearTimeout(stream.expiry);
    stream.ended.next();
    stream.ended.complete();
    if (this.open.size === 0 && this.checker) {
      clearInterval(this.checker);
      this.checker = undefined;
    }
  }

  private async checkSessions(): Promise<void> {
    const streams = [...this.open.entries()];
    const valid = await this.auth.stillValid([...new Set(streams.map(([, s]) => s.token))]).catch(() => null);
    // A failed check is retried on the next tick: a database hiccup does not end everyone's stream.
    if (!valid) return;
    for (const [id, stream] of streams) if (!valid.has(stream.token)) this.end(id);
  }

  onModuleDestroy(): void {
    for (const id of [...this.open.keys()]) this.end(id);
  }
}
