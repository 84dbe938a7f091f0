import { DataSource } from 'typeorm';
import { AuthTokenEntity } from '../../src/auth/auth-token.entity';
import { UserEntity } from '../../src/users/user.entity';
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
    const db = t.app.get(DataSource);
    const user = await db.getRepository(UserEntity).findOneByOrFail({ email: ADMIN.email });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(ADMIN.password);
    const tokens = await db.getRepository(AuthTokenEntity).find();
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.map((row) => row.tokenHash)).not.toContain(token);
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

  it('pauses sign-in for an account after ten wrong passwords, on every instance alike', async () => {
    const target = await t.userWithRole('viewer', 'guessed');
    const bystander = await t.userWithRole('viewer', 'bystander');
    for (let i = 0; i < 10; i++) await t.http.post('/api/auth/login').send({ email: target.email, password: `wrong-${i}` }).expect(401);
    const locked = await t.http.post('/api/auth/login').send({ email: target.email, password: 'guessed-password' }).expect(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.body.detail).toMatch(/try again in 15 minutes/);
    // Another account, and sessions already open, are not affected.
    await t.http.post('/api/auth/login').send({ email: bystander.email, password: 'bystander-password' }).expect(200);
    await t.http.get('/api/auth/me').set(bearer(target.token)).expect(200);
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
