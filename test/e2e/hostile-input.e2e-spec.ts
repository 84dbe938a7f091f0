import { MAX_INPUT_DEPTH } from '../../src/common/http/safe-input';
import { bearer, TestApp } from '../support/test-app';

/**
 * Input an attacker sends before or after signing in: bodies nested thousands deep, strings holding
 * lone UTF-16 surrogates. Each gets a 400 problem+json naming what is wrong, and changes nothing.
 */
describe('hostile input', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await TestApp.start();
    token = await t.adminToken();
  });
  afterAll(() => t.close());

  const postJson = (path: string, raw: string) => t.http.post(path).set(bearer(token)).set('content-type', 'application/json').send(raw);
  const articleCount = async () => (await t.http.get('/api/articles?limit=200').set(bearer(token)).expect(200)).body.items.length;

  function expectProblem(response: { status: number; headers: Record<string, string>; body: { status: number; detail: string } }, status: number) {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.status).toBe(status);
  }

  describe('JSON nested thousands deep', () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

    it('is refused with 400 on the sign-in route, before anyone signs in', async () => {
      const response = await t.http.post('/api/auth/login').set('content-type', 'application/json').send(`{"email":${deep(5000)},"password":"x"}`);
      expectProblem(response, 400);
      expect(response.body.detail).toMatch(/nest/i);
    });

    it('is refused with 400 on every kind of body: a deep array, a deep object, on a writing route', async () => {
      const before = await articleCount();
      expectProblem(await postJson('/api/articles', deep(3000)), 400);
      expectProblem(await postJson('/api/articles', '{"a":'.repeat(3000) + '1' + '}'.repeat(3000)), 400);
      expectProblem(await postJson('/session', `{"email":"a@b.c","password":${deep(2500)}}`).set('x-claimtrack-client', 'web'), 400);
      expect(await articleCount()).toBe(before);
    });

    it(`leaves a body nested ${MAX_INPUT_DEPTH} deep to the validators, and refuses one level more`, async () => {
      // The body's object is level 1; wireAgencies adds one level per array.
      const atCap = await postJson('/api/articles', `{"title":"T","body":"B","wireAgencies":${deep(MAX_INPUT_DEPTH - 1)}}`);
      expectProblem(atCap, 400);
      expect(atCap.body.errors.map((e: { path: string }) => e.path)).toContain('wireAgencies');
      expect(atCap.body.detail).not.toMatch(/nests/);
      const beyond = await postJson('/api/articles', `{"title":"T","body":"B","wireAgencies":${deep(MAX_INPUT_DEPTH)}}`);
      expectProblem(beyond, 400);
      expect(beyond.body.detail).toMatch(/nests arrays and objects deeper than/);
    });
  });

  describe('lone UTF-16 surrogates', () => {
    it('in the sign-in email: 400 naming the field, not a crash of the email validator', async () => {
      const response = await t.http.post('/api/auth/login').set('content-type', 'application/json').send('{"email":"admin\\ud800@desk.test","password":"admin-password-1"}');
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([expect.objectContaining({ path: 'email' })]);
    });

    it('in any string of a body, at any depth: 400 naming the field, and nothing is written', async () => {
      const before = await articleCount();
      const title = await postJson('/api/articles', '{"title":"Seoul \\udc00","body":"Ein Text.","extract":false}');
      expectProblem(title, 400);
      expect(title.body.errors[0].path).toBe('title');
      const agency = await postJson('/api/articles', '{"title":"Seoul","body":"Ein Text.","wireAgencies":["AFP","dpa\\ud83c"],"extract":false}');
      expectProblem(agency, 400);
      expect(agency.body.errors[0].path).toBe('wireAgencies.1');
      expect(await articleCount()).toBe(before);
    });

    it('accepts a surrogate pair, which is one character (an emoji)', async () => {
      const created = await postJson('/api/articles', '{"title":"Seoul \\ud83c\\udf89","body":"Ein Text mit Emoji.","extract":false}').expect(201);
      expect(created.body.title).toBe('Seoul 🎉');
    });
  });
});
