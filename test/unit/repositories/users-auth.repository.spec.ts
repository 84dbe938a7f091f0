import { AuthRepository } from '../../../src/auth/auth.repository';
import type { Database } from '../../../src/database/database';
import { UsersRepository } from '../../../src/users/users.repository';
import { NOW } from './fixtures';
import { openTestDatabase } from './test-database';

describe('users and auth repositories', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await openTestDatabase()));
  afterAll(() => close());

  it('stores users and tells who may sign in, and which admins are active', async () => {
    const users = new UsersRepository(db);
    const [admin, editor, gone] = await db.write(async (tx) => Promise.all([
      users.insert(tx, { email: 'a@desk', displayName: 'Ada', role: 'admin', passwordHash: 'x', disabled: false, createdAt: NOW }),
      users.insert(tx, { email: 'e@desk', displayName: 'Ed', role: 'editor', passwordHash: 'x', disabled: false, createdAt: NOW }),
      users.insert(tx, { email: 'g@desk', displayName: 'Gone', role: 'admin', passwordHash: 'x', disabled: true, createdAt: NOW }),
    ]));
    expect(await db.write((tx) => users.lockActiveAdmins(tx))).toEqual([admin.id]);
    expect(await users.activeAmong([admin.id, editor.id, gone.id, 999])).toEqual(new Set([admin.id, editor.id]));
    expect(await users.displayNames([admin.id, gone.id])).toEqual(new Map([[admin.id, 'Ada'], [gone.id, 'Gone']]));
    await db.write((tx) => users.update(tx, editor.id, { role: 'checker' }));
    expect((await users.findById(editor.id))?.role).toBe('checker');
  });

  it('keeps tokens live until revoked or expired, and remembers sign-in attempts per account and address', async () => {
    const auth = new AuthRepository(db);
    const user = (await new UsersRepository(db).findByEmail('a@desk'))!;
    await db.write(async (tx) => {
      await auth.insertToken(tx, { tokenHash: 'live', userId: user.id, createdAt: NOW, expiresAt: '2099-01-01T00:00:00.000Z', revokedAt: null });
      await auth.insertToken(tx, { tokenHash: 'old', userId: user.id, createdAt: NOW, expiresAt: '2000-01-01T00:00:00.000Z', revokedAt: null });
    });
    expect(await auth.liveTokenUser('live', NOW)).toMatchObject({ userId: user.id });
    expect(await auth.liveTokenUser('old', NOW)).toBeNull();
    await db.write((tx) => auth.revokeToken(tx, 'live', NOW));
    expect(await auth.liveTokens(['live', 'old'], NOW)).toEqual([]);

    const attempt = await db.write((tx) => auth.insertAttempt(tx, { email: 'a@desk', client: '10.0.0.1', succeeded: false, checkedAt: null, createdAt: NOW }));
    await db.write((tx) => auth.insertAttempt(tx, { email: 'other@desk', client: '10.0.0.9', succeeded: false, checkedAt: NOW, createdAt: NOW }));
    const recent = await db.write((tx) => auth.recentAttempts(tx, 'a@desk', '10.0.0.1', '2024-10-24T11:00:00.000Z'));
    expect(recent).toEqual([{ email: 'a@desk', client: '10.0.0.1', succeeded: false, pending: true, at: NOW }]);
    expect(await db.write((tx) => auth.knownClient(tx, 'a@desk', '10.0.0.1', '2024-01-01T00:00:00.000Z'))).toBe(false);
    await db.write((tx) => auth.markChecked(tx, attempt, true, NOW));
    expect(await db.write((tx) => auth.knownClient(tx, 'a@desk', '10.0.0.1', '2024-01-01T00:00:00.000Z'))).toBe(true);
  });
});
