import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/problem/domain-error';
import { isoHoursFromNow, isoNow } from '../common/time';
import { UserEntity } from '../users/user.entity';
import { AuthTokenEntity } from './auth-token.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { lockedForMinutes, WINDOW_MINUTES } from './login-throttle';
import { verifyPassword } from './password';
import type { Actor } from './roles';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fixed scrypt hash to compare against when the email is unknown, so that timing does not reveal which emails exist. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

@Injectable()
export class AuthService {
  private readonly config: AppConfig;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthTokenEntity) private readonly tokens: Repository<AuthTokenEntity>,
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG);
  }

  async login(email: string, password: string): Promise<{ token: string; expiresAt: string; user: UserEntity }> {
    const normalized = email.trim().toLowerCase();
    await this.refuseWhileLocked(normalized);
    const user = await this.users.findOneBy({ email: normalized });
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    const succeeded = Boolean(user && valid && !user.disabled);
    await this.attempts.insert({ email: normalized, succeeded, createdAt: isoNow() });
    if (!user || !succeeded) {
      throw new DomainError(401, 'Unauthorized', 'The email or password is wrong, or the account is disabled.');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = isoHoursFromNow(this.config.tokenTtlHours);
    await this.tokens.insert({ tokenHash: hashToken(token), userId: user.id, createdAt: isoNow(), expiresAt, revokedAt: null });
    return { token, expiresAt, user };
  }

  /** Failures since the last success inside the window decide; unknown emails are counted alike, so the answer reveals nothing. */
  private async refuseWhileLocked(email: string, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
    const recent = await this.attempts.find({ where: { email, createdAt: MoreThan(since) }, order: { createdAt: 'ASC' }, select: { succeeded: true, createdAt: true } });
    const lastSuccess = recent.map((a) => a.succeeded).lastIndexOf(true);
    const failures = recent.slice(lastSuccess + 1).map((a) => a.createdAt);
    const minutes = lockedForMinutes(failures, now);
    if (minutes > 0) {
      throw new DomainError(429, 'Too Many Requests', `Too many wrong passwords for this account: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfterSeconds: minutes * 60 });
    }
  }

  async authenticate(token: string): Promise<Actor | null> {
    const row = await this.tokens
      .createQueryBuilder('t')
      .innerJoin(UserEntity, 'u', 'u.id = t.user_id')
      .select(['u.id AS id', 'u.role AS role', 'u.display_name AS "displayName"'])
      .where('t.token_hash = :hash', { hash: hashToken(token) })
      .andWhere('t.revoked_at IS NULL')
      .andWhere('t.expires_at > :now', { now: isoNow() })
      .andWhere('u.disabled = :disabled', { disabled: false })
      .getRawOne<{ id: number; role: Actor['role']; displayName: string }>();
    return row ? { id: Number(row.id), role: row.role, displayName: row.displayName } : null;
  }

  async logout(token: string): Promise<void> {
    await this.tokens.update({ tokenHash: hashToken(token), revokedAt: IsNull() }, { revokedAt: isoNow() });
  }

  /** Revokes every session of a user: used when an admin disables an account or resets a password. */
  async revokeAllFor(userId: number): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: isoNow() });
  }
}
