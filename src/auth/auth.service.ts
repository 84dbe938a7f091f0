import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/problem/domain-error';
import { isoHoursFromNow, isoNow } from '../common/time';
import { UserEntity } from '../users/user.entity';
import { AuthTokenEntity } from './auth-token.entity';
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
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG);
  }

  async login(email: string, password: string): Promise<{ token: string; expiresAt: string; user: UserEntity }> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || user.disabled) {
      throw new DomainError(401, 'Unauthorized', 'The email or password is wrong, or the account is disabled.');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = isoHoursFromNow(this.config.tokenTtlHours);
    await this.tokens.insert({ tokenHash: hashToken(token), userId: user.id, createdAt: isoNow(), expiresAt, revokedAt: null });
    return { token, expiresAt, user };
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
