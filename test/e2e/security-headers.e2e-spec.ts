import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MIN_PASSWORD_LENGTH } from '../../src/users/user.dto';
import { ADMIN, bearer, TestApp } from '../support/test-app';

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) found[name.toLowerCase()] = values.join(' ');
  }
  return found;
}

describe('security headers, media types and the password rule', () => {
  let t: TestApp;
  let token: string;
  let articleId: number;
  beforeAll(async () => {
    t = await TestApp.start();
    token = await t.adminToken();
    articleId = (await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Bericht', body: 'Seoul meldet 3000 Soldaten, sagte ein Sprecher.', language: 'de' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('serves Swagger UI with a CSP that forbids framing and foreign scripts, and what the page loads still comes', async () => {
    const docs = await t.http.get('/api/docs').expect(200);
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    const csp = directives(docs.headers['content-security-policy']);
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['script-src']).toBe("'self'");
    expect(csp['object-src']).toBe("'none'");
    // The page's own <style> blocks and Swagger UI's style attributes need inline styles; its icons are data: images.
    expect(csp['style-src']).toContain("'unsafe-inline'");
    expect(csp['img-src']).toContain('data:');
    // Every script and stylesheet the page names is served from this origin.
    const assets = [...docs.text.matchAll(/(?:src|href)="\.\/(docs\/[^"]+)"/g)].map((m) => `/api/${m[1]}`);
    expect(assets).toEqual(expect.arrayContaining(['/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui-init.js', '/api/docs/swagger-ui.css']));
    for (const asset of assets) {
      const response = await t.http.get(asset).expect(200);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const json = await t.http.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
  });

  it('sends the HTML export with a strict CSP header and nosniff, and nosniff on every other download', async () => {
    const html = await t.http.get(`/api/articles/${articleId}/export?format=html`).set(bearer(token)).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    const csp = directives(html.headers['content-security-policy']);
    expect(csp).toMatchObject({ 'default-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'none'", 'form-action': "'none'" });
    expect(csp['script-src']).toBeUndefined();
    for (const format of ['pdf', 'md', 'json', 'csv', 'claimreview', 'w3c']) {
      const response = await t.http.get(`/api/articles/${articleId}/export?format=${format}`).set(bearer(token)).expect(200);
      expect({ format, nosniff: response.headers['x-content-type-options'] }).toEqual({ format, nosniff: 'nosniff' });
    }
    const desk = await t.http.get('/api/exports/claims?format=csv').set(bearer(token)).expect(200);
    expect(desk.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends nosniff and a referrer policy on every response: JSON, problems, health, pages, the live stream', async () => {
    const responses: [string, { headers: Record<string, string> }][] = [
      ['JSON', await t.http.get('/api/articles').set(bearer(token)).expect(200)],
      ['a problem from a service', await t.http.get('/api/articles/999999').set(bearer(token)).expect(404)],
      ['no such route', await t.http.get('/api/nothing-here').expect(404)],
      ['a refused sign-in', await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: 'wrong-password' }).expect(401)],
      ['malformed JSON', await t.http.post('/api/auth/login').set('content-type', 'application/json').send('{"email":').expect(400)],
      ['health', await t.http.get('/health').expect(200)],
      ['a page', await t.http.get('/login').expect(200)],
      ['an asset', await t.http.get('/assets/desk.css').expect(200)],
    ];
    for (const [what, response] of responses) {
      expect({ what, nosniff: response.headers['x-content-type-options'], referrer: response.headers['referrer-policy'] }).toEqual({ what, nosniff: 'nosniff', referrer: expect.any(String) });
    }
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const stream = await new Promise<http.IncomingMessage>((resolve) => http.get({ host: '127.0.0.1', port, path: '/api/stats/stream', headers: bearer(token) }, resolve));
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['x-content-type-options']).toBe('nosniff');
    stream.destroy();
  });

  it("keeps the desk's own page CSP, with frame-ancestors 'none'", async () => {
    const login = await t.http.get('/login').expect(200);
    const csp = directives(login.headers['content-security-policy']);
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['script-src']).toBe("'self'");
  });

  it('refuses a JSON body declared in another charset than UTF-8 with 415, and takes UTF-8 however it is spelled', async () => {
    const credentials = JSON.stringify({ email: ADMIN.email, password: ADMIN.password });
    const utf16 = await t.http.post('/api/auth/login').set('content-type', 'application/json; charset=utf-16').send(Buffer.from(`\ufeff${credentials}`, 'utf16le'));
    expect(utf16.status).toBe(415);
    expect(utf16.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(utf16.body.detail).toMatch(/UTF-8/);
    // Sent as UTF-8 bytes but labelled Latin-1: refused too, not read as something else.
    await t.http.post('/api/auth/login').set('content-type', 'application/json; charset=iso-8859-1').send(credentials).expect(415);
    await t.http.post('/api/auth/login').set('content-type', 'application/json; charset="UTF-8"').send(credentials).expect(200);
    await t.http.post('/api/auth/login').set('content-type', 'application/json;charset=utf-8').send(credentials).expect(200);
    await t.http.post('/api/auth/login').set('content-type', 'application/json').send(credentials).expect(200);
  });

  it(`applies one password minimum (${MIN_PASSWORD_LENGTH} characters) to new users and to password changes`, async () => {
    const atMinimum = 'p'.repeat(MIN_PASSWORD_LENGTH);
    const tooShort = 'p'.repeat(MIN_PASSWORD_LENGTH - 1);
    const refused = await t.http.post('/api/users').set(bearer(token)).send({ email: 'short@desk.test', password: tooShort, role: 'viewer', displayName: 'Short' }).expect(400);
    expect(refused.body.errors[0].path).toBe('password');
    const user = (await t.http.post('/api/users').set(bearer(token)).send({ email: 'min@desk.test', password: atMinimum, role: 'viewer', displayName: 'Min' }).expect(201)).body;
    const change = await t.http.patch(`/api/users/${user.id}`).set(bearer(token)).send({ password: tooShort }).expect(400);
    expect(change.body.errors[0].path).toBe('password');
    await t.http.patch(`/api/users/${user.id}`).set(bearer(token)).send({ password: 'q'.repeat(MIN_PASSWORD_LENGTH) }).expect(200);
    await t.http.post('/api/auth/login').send({ email: 'min@desk.test', password: 'q'.repeat(MIN_PASSWORD_LENGTH) }).expect(200);
  });
});
