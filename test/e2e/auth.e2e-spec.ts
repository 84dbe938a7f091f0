import { ACCOUNT_FREE, CLIENT_FREE, PAIR_FREE } from '../../src/auth/login-throttle';
import { ADMIN, bearer, TestApp } from '../support/test-app';

describe('users, roles and tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and lets them sign in', async () => {
    const response = await t.http.post('/api/auth/login').send(ADMIN).expect(200);
    expect(response.body.token).toMatch(/^[\w-]{40,}$/);
    expect(response.body.user).toMatchObject({ email: ADMIN.email, role: 'admin' });
  });

  it('stores passwords as scrypt hashes and tokens only as hashes', async () => {
    const token = await t.adminToken();
    const [user] = await t.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = ?', [ADMIN.email]);
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain(ADMIN.password);
    const tokens = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM auth_tokens');
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.map((row) => row.token_hash)).not.toContain(token);
  });

  it('refuses a wrong password with 401 problem+json', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: 'wrong-password' }).expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('requires a token on every /api route except login and health', async () => {
    for (const path of ['/api/articles', '/api/sources', '/api/claims', '/api/stats', '/api/users']) {
      await t.http.get(path).expect(401);
    }
    await t.http.get('/health').expect(200);
    await t.http.get('/api/articles').set(bearer('not-a-token')).expect(401);
  });

  it('ends a session on logout', async () => {
    const token = await t.adminToken();
    await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
    await t.http.post('/api/auth/logout').set(bearer(token)).expect(204);
    await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
  });

  it('lets only admins manage users, and a disabled user can no longer work', async () => {
    const editor = await t.userWithRole('editor');
    await t.http.post('/api/users').set(bearer(editor.token)).send({ email: 'x@desk.test', password: 'long-enough-pw', role: 'admin', displayName: 'X' }).expect(403);
    await t.http.get('/api/users').set(bearer(editor.token)).expect(403);
    const admin = await t.adminToken();
    await t.http.patch(`/api/users/${editor.id}`).set(bearer(admin)).send({ disabled: true }).expect(200);
    await t.http.get('/api/articles').set(bearer(editor.token)).expect(401);
    await t.http.post('/api/auth/login').send({ email: editor.email, password: 'editor-password' }).expect(401);
  });

  it('lists who claims can be assigned to: active reviewers by name, without emails, to anyone signed in', async () => {
    const checker = await t.userWithRole('checker', 'Assignable-Checker');
    const viewer = await t.userWithRole('viewer', 'Only-Reading');
    const gone = await t.userWithRole('checker', 'Gone-Checker');
    await t.http.patch(`/api/users/${gone.id}`).set(bearer(await t.adminToken())).send({ disabled: true }).expect(200);
    await t.http.get('/api/users/assignable').expect(401);
    const { items } = (await t.http.get('/api/users/assignable').set(bearer(viewer.token)).expect(200)).body;
    const names = items.map((person: { displayName: string }) => person.displayName);
    expect(items).toContainEqual({ id: checker.id, displayName: 'Assignable-Checker', role: 'checker' });
    expect(names).not.toContain('Only-Reading');
    expect(names).not.toContain('Gone-Checker');
    expect(JSON.stringify(items)).not.toContain('@');
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });

  it('refuses a second user with the same email', async () => {
    const admin = await t.adminToken();
    const body = { email: 'twice@desk.test', password: 'long-enough-pw', role: 'viewer', displayName: 'Twice' };
    await t.http.post('/api/users').set(bearer(admin)).send(body).expect(201);
    const response = await t.http.post('/api/users').set(bearer(admin)).send({ ...body, email: 'TWICE@desk.test' }).expect(409);
    expect(response.body.detail).toMatch(/already exists/);
  });

  it('accepts an intranet email without a top-level domain and an 8-character password, refuses a shorter one', async () => {
    const admin = await t.adminToken();
    await t.http.post('/api/users').set(bearer(admin)).send({ email: 'desk@localhost', password: 'eight888', role: 'checker', displayName: 'Desk' }).expect(201);
    await t.http.post('/api/auth/login').send({ email: 'desk@localhost', password: 'eight888' }).expect(200);
    const short = await t.http.post('/api/users').set(bearer(admin)).send({ email: 'short@localhost', password: 'seven77', role: 'checker', displayName: 'Short' }).expect(400);
    expect(short.body.errors[0].path).toBe('password');
  });

  it('refuses a user with an unknown role, naming the field', async () => {
    const admin = await t.adminToken();
    const response = await t.http.post('/api/users').set(bearer(admin)).send({ email: 'r@desk.test', password: 'long-enough-pw', role: 'owner', displayName: 'R' }).expect(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'role' })]));
  });
});

describe('sign-in under attack', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind the test's "proxy", each request says which address it comes from.
    t = await TestApp.start({ config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  const from = (address: string) => ({ 'x-forwarded-for': address });
  const login = (email: string, password: string, address: string) => t.http.post('/api/auth/login').set(from(address)).send({ email, password });

  it('slows down one address guessing one account, then lets the right password in after the wait', async () => {
    const target = await t.userWithRole('viewer', 'guessed');
    for (let i = 0; i < PAIR_FREE; i++) await login(target.email, `wrong-${i}`, '198.51.100.1').expect(401);
    const waiting = await login(target.email, 'guessed-password', '198.51.100.1').expect(429);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(2);
    // Another account from another address is not affected, nor is a session already open.
    const bystander = await t.userWithRole('viewer', 'bystander');
    await login(bystander.email, 'bystander-password', '198.51.100.2').expect(200);
    await t.http.get('/api/auth/me').set(bearer(target.token)).expect(200);
    await new Promise((resolve) => setTimeout(resolve, Number(waiting.headers['retry-after']) * 1000 + 100));
    await login(target.email, 'guessed-password', '198.51.100.1').expect(200);
  });

  it('keeps the owner\'s known address open while others guess the account from many addresses', async () => {
    const owner = await t.userWithRole('editor', 'owner');
    await login(owner.email, 'owner-password', '10.0.0.7').expect(200);
    for (let i = 0; i < ACCOUNT_FREE; i++) await login(owner.email, `guess-${i}`, `203.0.113.${i + 1}`).expect(401);
    // Any further address new to the account now waits, even with the right password …
    await login(owner.email, `guess-again`, '203.0.113.100').expect(429);
    await login(owner.email, 'owner-password', '203.0.113.200').expect(429);
    // … but the owner, signing in from where they always do, is not locked out by someone else's guessing.
    await login(owner.email, 'owner-password', '10.0.0.7').expect(200);
  });

  it('stops a password spray from one address before it reaches every account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < CLIENT_FREE + 3; i++) statuses.push((await login(`sprayed-${i}@desk.test`, 'Winter2024!', '192.0.2.66')).status);
    expect(statuses.slice(0, CLIENT_FREE)).toEqual(Array(CLIENT_FREE).fill(401));
    expect(statuses.slice(CLIENT_FREE)).toEqual([429, 429, 429]);
    expect(await t.db.count('login_attempts', 'client = ?', ['192.0.2.66'])).toBe(CLIENT_FREE);
  });

  it('counts concurrent guesses atomically: only the free ones are checked at all', async () => {
    const target = await t.userWithRole('viewer', 'rushed');
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => login(target.email, `rush-${i}`, '198.51.100.60')));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR_FREE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - PAIR_FREE);
    expect(await t.db.count('login_attempts', 'email = ? AND client = ?', [target.email, '198.51.100.60'])).toBe(PAIR_FREE);
  });
});
