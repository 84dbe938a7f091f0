import { ADMIN, bearer, TestApp } from '../support/test-app';

/**
 * The desk always keeps an admin who can sign in: the last one cannot demote or disable themselves
 * (409, rule named), and two admins demoting or disabling each other at the same moment cannot
 * both succeed — checked in the database, round after round, and across two instances on PostgreSQL.
 */
describe('the last admin', () => {
  const activeAdmins = (t: TestApp) => t.db.query<{ id: number }>('SELECT id FROM users WHERE role = ? AND disabled = ?', ['admin', t.db.dialect === 'postgres' ? false : 0]);

  it('cannot demote or disable themselves', async () => {
    const t = await TestApp.start();
    try {
      const token = await t.adminToken();
      const me = (await t.http.get('/api/auth/me').set(bearer(token)).expect(200)).body;
      for (const change of [{ role: 'editor' }, { role: 'viewer' }, { disabled: true }, { role: 'checker', disabled: true }]) {
        const refused = await t.http.patch(`/api/users/${me.id}`).set(bearer(token)).send(change).expect(409);
        expect(refused.body.rule).toBe('keep-one-admin');
      }
      expect((await activeAdmins(t)).map((r) => Number(r.id))).toEqual([me.id]);
      // Nothing else changed either: the session still works.
      await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
    } finally {
      await t.close();
    }
  });

  /** Ten rounds of two admins demoting or disabling each other (or themselves) at once, through `instances`. */
  async function raceTwoAdmins(t: TestApp, instances: TestApp[]): Promise<void> {
    const first = (await t.http.post('/api/auth/login').send(ADMIN).expect(200)).body;
    const second = await t.userWithRole('admin', 'second-admin');
    const admins = [
      { id: Number(first.user.id), email: ADMIN.email, password: ADMIN.password, token: first.token as string },
      { id: second.id, email: second.email, password: 'second-admin-password', token: second.token },
    ];
    const changes = [{ role: 'editor' }, { disabled: true }, { role: 'viewer' }, { role: 'checker', disabled: true }];
    for (let round = 0; round < 10; round++) {
      // Even rounds: each demotes the other; odd rounds: the first demotes both.
      const issuers = round % 2 === 0 ? [admins[1], admins[0]] : [admins[0], admins[0]];
      const answers = await Promise.all(
        admins.map((target, i) => instances[i % instances.length].http.patch(`/api/users/${target.id}`).set(bearer(issuers[i].token)).send(changes[(round + i) % changes.length])),
      );
      const statuses = answers.map((a) => a.status);
      // Exactly one succeeds; the other is refused by the rule, or its issuer was demoted by the first a moment
      // before: the guard then finds the session ended (401) or the caller no longer an admin (403).
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      for (const refused of answers.filter((a) => a.status !== 200)) {
        if (refused.status === 409) expect(refused.body.rule).toBe('keep-one-admin');
        else expect([401, 403]).toContain(refused.status);
      }
      const remaining = (await activeAdmins(t)).map((r) => Number(r.id));
      expect(remaining).toHaveLength(1);
      // The survivor signs in again and makes the other an admin again for the next round.
      const survivor = admins.find((a) => a.id === remaining[0])!;
      const other = admins.find((a) => a.id !== remaining[0])!;
      survivor.token = (await t.http.post('/api/auth/login').send({ email: survivor.email, password: survivor.password }).expect(200)).body.token;
      await t.http.patch(`/api/users/${other.id}`).set(bearer(survivor.token)).send({ role: 'admin', disabled: false }).expect(200);
      other.token = (await t.http.post('/api/auth/login').send({ email: other.email, password: other.password }).expect(200)).body.token;
      expect(await activeAdmins(t)).toHaveLength(2);
    }
  }

  it('cannot be demoted by two concurrent requests demoting the last two admins', async () => {
    const t = await TestApp.start();
    try {
      await raceTwoAdmins(t, [t]);
    } finally {
      await t.close();
    }
  });

  // Two instances on one database: only PostgreSQL (SQLite has one writer per file by design).
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
    it('cannot be demoted by two concurrent requests sent to two instances on one PostgreSQL database', async () => {
      const t = await TestApp.start();
      const second = await TestApp.start({ database: t.database });
      try {
        await raceTwoAdmins(t, [t, second]);
      } finally {
        await second.close();
        await t.close();
      }
    });
  }
});
