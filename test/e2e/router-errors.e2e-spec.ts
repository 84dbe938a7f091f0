import { bearer, TestApp } from '../support/test-app';

/**
 * Requests Fastify's router refuses before any route runs — a path whose percent-encoding is not
 * UTF-8 (`%E0%A4`), a path parameter longer than the router takes — answer like every other refusal:
 * RFC 9457 problem+json with the desk's security headers, and they change nothing.
 */
describe('refusals by the router itself', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
    token = await t.adminToken();
  });
  afterAll(() => t.close());

  function expectProblem(response: { status: number; headers: Record<string, string>; body: { status: number; type: string; instance: string } }, status: number, path: string) {
    expect({ status: response.status, type: response.headers['content-type'] }).toEqual({ status, type: expect.stringMatching(/^application\/problem\+json/) });
    expect(response.body).toMatchObject({ type: 'about:blank', status, instance: path });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  }

  it('answers a path with a broken percent-encoding with a 400 problem, on writing routes too', async () => {
    for (const path of ['/api/claims/%E0%A4/review', '/api/articles/%E0%A4', '/api/sources/%FF/merge']) {
      expectProblem(await t.http.post(path).set(bearer(token)).send({ action: 'take', version: 1 }), 400, path);
    }
    expectProblem(await t.http.delete('/api/articles/%E0%A4').set(bearer(token)), 400, '/api/articles/%E0%A4');
    await t.http.get('/api/articles/1').set(bearer(token)).expect(200);
  });

  it('answers a path parameter longer than the router takes with a 414 problem', async () => {
    const path = `/api/articles/${'1'.repeat(101)}`;
    const response = await t.http.delete(path).set(bearer(token));
    expectProblem(response, 414, path);
    expect(response.body.title).toBe('URI Too Long');
    expect(await t.db.count('articles', 'deleted_at IS NULL')).toBe(1);
  });
});
