import { PAIR_FREE } from '../../src/auth/login-throttle';
import { ADMIN, TestApp } from '../support/test-app';

/**
 * Behind a trusted proxy the client address comes from X-Forwarded-For, which a client can fill with
 * anything. A sign-in must still be answered (not 500: PostgreSQL refused the 300-character "address"
 * for login_attempts.client, varchar(64)), the stored address must fit its column, and the same
 * header must still count as one client for throttling.
 */
describe('sign-in with a forged X-Forwarded-For', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  const forged = ['a'.repeat(300), `203.0.113.7 ${'f'.repeat(90)}`, `fe80::1%${'z'.repeat(100)}`, 'unknown'];

  it('signs in through the API and the web session whatever the header holds', async () => {
    for (const header of forged) {
      await t.http.post('/api/auth/login').set('x-forwarded-for', header).send(ADMIN).expect(200);
      await t.http.post('/session').set('x-forwarded-for', header).set('x-claimtrack-client', 'web').send(ADMIN).expect(200);
    }
    const stored = await t.db.query<{ client: string }>('SELECT DISTINCT client FROM login_attempts');
    expect(stored.length).toBe(forged.length);
    for (const { client } of stored) expect(client.length).toBeLessThanOrEqual(64);
    // A real address is kept as it is.
    await t.http.post('/api/auth/login').set('x-forwarded-for', '198.51.100.9').send(ADMIN).expect(200);
    expect(await t.db.count('login_attempts', 'client = ?', ['198.51.100.9'])).toBe(1);
  });

  it('counts one forged header as one client: guessing from it is slowed down', async () => {
    const header = `${'x'.repeat(200)}-guesser`;
    for (let i = 0; i < PAIR_FREE; i++) await t.http.post('/api/auth/login').set('x-forwarded-for', header).send({ email: ADMIN.email, password: `wrong-${i}` }).expect(401);
    await t.http.post('/api/auth/login').set('x-forwarded-for', header).send(ADMIN).expect(429);
  });
});
