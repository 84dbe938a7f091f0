import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TooManyRequestsError, UnauthorizedError } from '../common/problem/domain-error';
import { isoHoursFromNow, isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import { verifyPassword } from '../users/password';
import type { UserEntity } from '../users/user.entity';
import { UserAccessChanged } from '../users/user-events';
import { UsersRepository } from '../users/users.repository';
import { AuthRepository } from './auth.repository';
import { KNOWN_DAYS, secondsToWait, WINDOW_MINUTES } from './login-throttle';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fixed scrypt hash to compare against when the email is unknown, so that timing does not reveal which emails exist. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const minutesAgo = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

@Injectable()
export class AuthService {
  private readonly config: AppConfig;

  constructor(
    private readonly db: Database,
    private readonly repository: AuthRepository,
    private readonly users: UsersRepository,
    events: TransactionEvents,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG);
    // Disabled, a new password or a new role: every session of the user ends with the change.
    events.on(UserAccessChanged, (tx, { userId }) => this.repository.revokeAllFor(tx, userId, isoNow()));
  }

  /**
   * Signs in. The attempt is counted (as a failure) and the throttle decided in one transaction
   * before the password is hashed, so concurrent guesses each see the ones before them and a refused
   * guess costs no hashing; a right password then turns its attempt into a success.
   */
  async login(email: string, password: string, client: string): Promise<{ token: string; expiresAt: string; user: UserEntity }> {
    const normalized = email.trim().toLowerCase();
    const now = new Date();
    const attempt = await this.db.write(async (tx): Promise<{ refusedFor: number } | { id: number; user: UserEntity | null }> => {
      // One sign-in decision at a time per account and per address, on every instance.
      await tx.lock(`sign-in:${normalized}`, 'exclusive');
      await tx.lock(`sign-in-from:${client}`, 'exclusive');
      const recent = await this.repository.recentAttempts(tx, normalized, client, minutesAgo(now, WINDOW_MINUTES));
      const knownClient = await this.repository.knownClient(tx, normalized, client, minutesAgo(now, KNOWN_DAYS * 24 * 60));
      const wait = secondsToWait({ email: normalized, client, recent, knownClient }, now);
      if (wait > 0) return { refusedFor: wait };
      const user = await this.users.findByEmail(normalized, tx);
      const id = await this.repository.insertAttempt(tx, { email: normalized, client, succeeded: false, checkedAt: null, createdAt: now.toISOString() });
      return { id, user };
    });
    if ('refusedFor' in attempt) {
      throw new TooManyRequestsError(`Too many wrong passwords: try again in ${attempt.refusedFor} second${attempt.refusedFor === 1 ? '' : 's'}.`, attempt.refusedFor);
    }
    const { user } = attempt;
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || user.disabled) {
      await this.db.write((tx) => this.repository.markChecked(tx, attempt.id, false, isoNow()));
      throw new UnauthorizedError('The email or password is wrong, or the account is disabled.');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = isoHoursFromNow(this.config.tokenTtlHours);
    await this.db.write(async (tx) => {
      await this.repository.markChecked(tx, attempt.id, true, isoNow());
      await this.repository.insertToken(tx, { tokenHash: hashToken(token), userId: user.id, createdAt: isoNow(), expiresAt, revokedAt: null });
    });
    return { token, expiresAt, user };
  }

  /** The actor a token stands for, or null when it is unknown, expired, revoked or its user disabled. */
  async authenticate(token: string): Promise<(Actor & { expiresAt: string }) | null> {
    const live = await this.repository.liveTokenUser(hashToken(token), isoNow());
    if (!live) return null;
    const user = await this.users.sessionUser(live.userId);
    if (!user || user.disabled) return null;
    return { id: user.id, role: user.role, displayName: user.displayName, expiresAt: live.expiresAt };
  }

  /** Of these tokens, the ones still standing for an active user: two queries for any number of open streams. */
  async stillValid(tokens: readonly string[]): Promise<Set<string>> {
    const byHash = new Map(tokens.map((token) => [hashToken(token), token]));
    const live = await this.repository.liveTokens([...byHash.keys()], isoNow());
    const active = await this.users.activeAmong(live.map((t) => t.userId));
    return new Set(live.filter((t) => active.has(t.userId)).map((t) => byHash.get(t.tokenHash)!));
  }

  logout(token: string): Promise<void> {
    return this.db.write((tx) => this.repository.revokeToken(tx, hashToken(token), isoNow()));
  }
}
