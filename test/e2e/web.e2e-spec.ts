import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN, bearer, TestApp } from '../support/test-app';

/** Reads the first `desk` event of the SSE stream; resolves with its parsed data. */
function firstDeskEvent(port: number, cookie: string): Promise<{ status: number; contentType: string | undefined; data: Record<string, any> }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/stats/stream', headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        const match = /event: desk\n(?:id: [^\n]*\n)?data: ([^\n]*)\n\n/.exec(buffer);
        if (match) {
          resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], data: JSON.parse(match[1]) });
          request.destroy();
        }
      });
    });
    request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
  });
}

describe('web desk: session cookie, CSRF, pages, dashboard activity and the live stream', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
  });
  afterAll(() => t.close());

  it('redirects an unauthenticated page request to sign-in, and serves the sign-in page', async () => {
    const response = await t.http.get('/articles?q=x').expect(303);
    expect(response.headers.location).toBe('/login?next=%2Farticles%3Fq%3Dx');
    const login = await t.http.get('/login').expect(200);
    expect(login.headers['content-type']).toMatch(/text\/html/);
    expect(login.headers['content-security-policy']).toContain("script-src 'self'");
    expect(login.text).toContain('<form id="sign-in"');
  });

  it('signs in with a cookie only from the desk itself, and refuses cookie writes without the web header', async () => {
    await t.http.post('/session').send({ email: ADMIN.email, password: ADMIN.password }).expect(403);
    await t.http.post('/session').set('x-claimtrack-client', 'web').send({ email: ADMIN.email, password: 'wrong' }).expect(401);
    const signIn = await t.http.post('/session').set('x-claimtrack-client', 'web').send({ email: ADMIN.email, password: ADMIN.password }).expect(200);
    const setCookie = String(signIn.headers['set-cookie']);
    expect(setCookie).toMatch(/^claimtrack_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/);
    expect(signIn.body).not.toHaveProperty('token');
    cookie = setCookie.split(';')[0];

    await t.http.get('/api/auth/me').set('cookie', cookie).expect(200);
    const article = { title: 'Cookie', body: 'Ein Satz. Noch ein Satz.', language: 'de', extract: false };
    const refused = await t.http.post('/api/articles').set('cookie', cookie).send(article).expect(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    await t.http.post('/api/articles').set('cookie', cookie).set('x-claimtrack-client', 'web').send(article).expect(201);
    // The bearer path is unchanged: a bearer request needs no web header.
    await t.http.post('/api/articles').set(bearer(await t.adminToken())).send({ ...article, body: 'Anderer Text.' }).expect(201);
  });

  it('renders the desk pages for a signed-in reader, with the claim highlights and export buttons', async () => {
    const dashboard = await t.http.get('/').set('cookie', cookie).expect(200);
    expect(dashboard.text).toContain('data-count="corroborated"');
    expect(dashboard.text).toContain('id="desk-snapshot"');
    const list = await t.http.get('/articles?q=&outlet=&language=').set('cookie', cookie).expect(200);
    const id = /href="\/articles\/(\d+)">&quot;Alle Optionen/.exec(list.text)?.[1];
    expect(id).toBeDefined();
    const page = await t.http.get(`/articles/${id}`).set('cookie', cookie).expect(200);
    for (const format of ['html', 'pdf', 'md', 'json', 'csv', 'claimreview', 'w3c']) expect(page.text).toContain(`/api/articles/${id}/export?format=${format}`);
    await t.http.get('/articles/999999').set('cookie', cookie).expect(404);
    // A claim's address (ClaimReview's url) opens its article at the claim, after sign-in if need be.
    const [claim] = (await t.http.get(`/api/claims?articleId=${id}&limit=1`).set('cookie', cookie).expect(200)).body.items;
    await t.http.get(`/claims/${claim.id}`).set('cookie', cookie).expect(302).expect('location', `/articles/${id}#claim-${claim.id}`);
    await t.http.get(`/claims/${claim.id}`).expect(303).expect('location', `/login?next=${encodeURIComponent(`/claims/${claim.id}`)}`);
    await t.http.get('/claims/999999').set('cookie', cookie).expect(404);
    await t.http.get('/sources?q=&type=').set('cookie', cookie).expect(200);
    await t.http.get('/articles?language=!!').set('cookie', cookie).expect(200).expect(/These filters were ignored/);
    const asset = await t.http.get('/assets/desk.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    await t.http.get('/assets/desk.js').set('if-none-match', asset.headers.etag).expect(304);
    await t.http.get('/assets/nope.js').expect(404);
  });

  it('answers recent activity and the per-day flow from the review history', async () => {
    const token = await t.adminToken();
    const activity = await t.http.get('/api/stats/activity?limit=5').set(bearer(token)).expect(200);
    expect(activity.body.items.length).toBeLessThanOrEqual(5);
    const flow = await t.http.get('/api/stats/flow?days=7').set(bearer(token)).expect(200);
    expect(flow.body.days).toHaveLength(7);
    expect(flow.body.days[6].day).toBe(new Date().toISOString().slice(0, 10));

    const body = 'Erstens: A. Zweitens: B.';
    const article = (await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Flow', body, language: 'de', extract: false }).expect(201)).body;
    const claim = (await t.http.post('/api/claims').set(bearer(token)).send({ articleId: article.id, start: 0, end: 11 }).expect(201)).body;
    await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(token)).send({ action: 'take', version: 1 }).expect(200);
    const latest = (await t.http.get('/api/stats/activity').set(bearer(token)).expect(200)).body.items;
    expect(latest[0]).toMatchObject({ action: 'take', claimId: claim.id, articleId: article.id, claimText: 'Erstens: A.', fromStatus: 'unverified', toStatus: 'in_review' });
    expect(latest[1]).toMatchObject({ action: 'created', claimId: claim.id });
    const today = (await t.http.get('/api/stats/flow?days=1').set(bearer(token)).expect(200)).body.days[0];
    expect(today.opened).toBeGreaterThanOrEqual(1);
    await t.http.get('/api/stats/flow?days=0').set(bearer(token)).expect(400);
    await t.http.get('/api/stats/activity').expect(401);
  });

  it('streams a desk snapshot at once and a new one when a claim changes', async () => {
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const first = await firstDeskEvent(port, cookie);
    expect(first.status).toBe(200);
    expect(first.contentType).toMatch(/text\/event-stream/);
    expect(first.data.stats.byStatus).toBeDefined();
    expect(first.data.flow.days).toHaveLength(30);

    const token = await t.adminToken();
    const article = (await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Live', body: 'Live-Satz eins.', language: 'de', extract: false }).expect(201)).body;
    await t.http.post('/api/claims').set(bearer(token)).send({ articleId: article.id, start: 0, end: 4 }).expect(201);
    const second = await firstDeskEvent(port, cookie);
    expect(second.data.deskVersion).not.toBe(first.data.deskVersion);
    expect(second.data.stats.total).toBe(first.data.stats.total + 1);
  });

  it('serves the claims queue and the settings page, in the reader\'s language', async () => {
    const queue = await t.http.get('/claims?q=Soldaten Russland&awaitingApproval=&sort=relevance').set('cookie', cookie).expect(200);
    expect(queue.text).toContain('<h1>Claims queue</h1>');
    expect(queue.text).toMatch(/href="\/articles\/\d+#claim-\d+">[^<]*Soldaten/);
    expect(queue.text).toContain('<html lang="en">');
    const german = await t.http.get('/claims?status=unverified').set('cookie', cookie).set('accept-language', 'de-DE,de;q=0.9,en;q=0.5').expect(200);
    expect(german.text).toContain('<html lang="de">');
    expect(german.text).toContain('ungeprüft');
    expect(german.text).not.toMatch(/>\s*unverified\s*</);
    await t.http.get('/claims?assigneeId=somebody').set('cookie', cookie).expect(200).expect(/These filters were ignored/);
    await t.http.get('/settings').set('cookie', cookie).expect(200).expect(/Europe\/Berlin/);
    await t.http.get('/claims').expect(303);
  });

  it('signs out: the cookie is cleared and the token revoked', async () => {
    await t.http.post('/session/logout').set('cookie', cookie).expect(403);
    const out = await t.http.post('/session/logout').set('cookie', cookie).set('x-claimtrack-client', 'web').expect(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    await t.http.get('/api/auth/me').set('cookie', cookie).expect(401);
    await t.http.get('/').set('cookie', cookie).expect(303);
  });
});
