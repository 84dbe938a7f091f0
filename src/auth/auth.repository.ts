import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import { AuthTokenEntity } from './auth-token.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import type { SignInAttempt } from './login-throttle';

/** The only code that reads or writes sessions (auth_tokens) and sign-in attempts (login_attempts). */
@Injectable()
export class AuthRepository {
  constructor(private readonly db: Database) {}

  /** The user a live token belongs to: not revoked, not expired. */
  async liveTokenUser(tokenHash: string, nowIso: string): Promise<{ userId: number; expiresAt: string } | null> {
    const [token] = await this.db.named<{ user_id: number; expires_at: string }>(
      'SELECT user_id, expires_at FROM auth_tokens WHERE token_hash = :tokenHash AND revoked_at IS NULL AND expires_at > :now',
      { tokenHash, now: nowIso },
    );
    return token ? { userId: Number(token.user_id), expiresAt: token.expires_at } : null;
  }

  /** Of these token hashes, the live ones (not revoked, not expired) with their users. */
  async liveTokens(tokenHashes: readonly string[], nowIso: string): Promise<{ tokenHash: string; userId: number }[]> {
    if (tokenHashes.length === 0) return [];
    return this.db.read((m) =>
      m.getRepository(AuthTokenEntity).createQueryBuilder('t')
        .select(['t.tokenHash', 't.userId'])
        .where('t.token_hash IN (:...tokenHashes) AND t.revoked_at IS NULL AND t.expires_at > :now', { tokenHashes: [...tokenHashes], now: nowIso })
        .getMany(),
    );
  }

  async insertToken(tx: WriteTx, token: Omit<AuthTokenEntity, 'id'>): Promise<void> {
    await tx.manager.getRepository(AuthTokenEntity).insert(token);
  }

  async revokeToken(tx: WriteTx, tokenHash: string, nowIso: string): Promise<void> {
    await tx.manager.getRepository(AuthTokenEntity).update({ tokenHash, revokedAt: IsNull() }, { revokedAt: nowIso });
  }

  async revokeAllFor(tx: WriteTx, userId: number, nowIso: string): Promise<void> {
    await tx.manager.getRepository(AuthTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: nowIso });
  }

  /** Attempts since `sinceIso` on this account or from this address, oldest first. */
  async recentAttempts(tx: WriteTx, email: string, client: string, sinceIso: string): Promise<SignInAttempt[]> {
    const rows = await tx.manager.getRepository(LoginAttemptEntity).createQueryBuilder('a')
      .where('a.created_at > :since AND (a.email = :email OR a.client = :client)', { since: sinceIso, email, client })
      .orderBy('a.created_at', 'ASC')
      .getMany();
    return rows.map((row) => ({ email: row.email, client: row.client, succeeded: row.succeeded, pending: row.checkedAt === null, at: row.createdAt }));
  }

  /** Whether this address signed in to this account successfully since `sinceIso`. */
  knownClient(tx: WriteTx, email: string, client: string, sinceIso: string): Promise<boolean> {
    return tx.manager.getRepository(LoginAttemptEntity).createQueryBuilder('a')
      .where('a.email = :email AND a.client = :client AND a.succeeded = :yes AND a.created_at > :since', { email, client, yes: true, since: sinceIso })
      .getExists();
  }

  /** Recorded unchecked first: a guess counts against the account before its password is even hashed. */
  async insertAttempt(tx: WriteTx, attempt: Omit<LoginAttemptEntity, 'id'>): Promise<number> {
    const result = await tx.manager.getRepository(LoginAttemptEntity).insert(attempt);
    return Number(result.identifiers[0].id);
  }

  async markChecked(tx: WriteTx, attemptId: number, succeeded: boolean, nowIso: string): Promise<void> {
    await tx.manager.getRepository(LoginAttemptEntity).update({ id: attemptId }, { succeeded, checkedAt: nowIso });
  }
}
