import { ArticlesService } from '../../src/articles/articles.service';
import { loadAppConfig } from '../../src/config/app-config';
import { bearer, TestApp } from '../support/test-app';
import { FAST_INTAKE, sleep, wireArticle } from './support/intake';
import { Receiver } from './support/receiver';

async function until<T>(what: string, read: () => Promise<T> | T, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

describe('signed webhooks', () => {
  let t: TestApp;
  let admin: string;
  let receiver: Receiver;
  let checker: { id: number; token: string };
  let editor: { id: number; token: string };
  let editor2: { id: number; token: string };
  beforeAll(async () => {
    t = await TestApp.start({ config: { intake: { ...loadAppConfig({}).intake, ...FAST_INTAKE, webhookAllowHttpHosts: ['127.0.0.1'], webhookDisableAfterFailures: 3 } } });
    admin = await t.adminToken();
    checker = await t.userWithRole('checker');
    editor = await t.userWithRole('editor');
    editor2 = await t.userWithRole('editor');
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('refuses targets that are not https, or private and loopback addresses not allowed, and non-admins', async () => {
    const events = ['claim.created'];
    for (const url of ['http://example.org/hook', 'https://10.1.2.3/hook', 'https://localhost/hook', 'https://[::1]/hook', 'https://169.254.169.254/latest', 'ftp://example.org/x']) {
      const refused = await t.http.post('/api/webhooks').set(bearer(admin)).send({ url, events }).expect(422);
      expect(refused.body.rule).toBe('webhook-target');
    }
    await t.http.post('/api/webhooks').set(bearer(admin)).send({ url: 'https://example.org/hook', events: ['claim.exploded'] }).expect(400);
    await t.http.post('/api/webhooks').set(bearer(admin)).send({ url: 'https://example.org/hook', events, secret: 'short' }).expect(422);
    await t.http.post('/api/webhooks').set(bearer(editor.token)).send({ url: 'https://example.org/hook', events }).expect(403);
  });

  it('delivers every event of the workflow, signed so that a receiver written from the spec verifies it', async () => {
    const created = await t.http.post('/api/webhooks').set(bearer(admin)).send({ url: receiver.url, events: ['claim.created', 'claim.status_changed', 'claim.assigned', 'claim.approved', 'claim.reopened', 'article.imported', 'source.merged'] }).expect(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    receiver.secret = created.body.secret;

    const article = await t.http.post('/api/articles').set(bearer(checker.token)).send(wireArticle(1)).expect(201);
    const claims = (await t.http.get(`/api/claims?articleId=${article.body.id}`).set(bearer(checker.token)).expect(200)).body.items;
    expect(claims.length).toBeGreaterThan(0);
    let claim = claims[0];
    const step = async (token: string, body: Record<string, unknown>) => (claim = (await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(token)).send({ version: claim.version, ...body }).expect(200)).body);
    await step(editor.token, { action: 'reassign', assigneeId: checker.id });
    await step(checker.token, { action: 'take' });
    await step(checker.token, { action: 'verdict', verdict: 'inconclusive', rationale: 'No second source yet.' });
    await step(editor.token, { action: 'approve' });
    await step(editor2.token, { action: 'reopen', note: 'New satellite images.' });
    const a = (await t.http.post('/api/sources').set(bearer(admin)).send({ name: 'Agentur A', type: 'news_agency' }).expect(201)).body;
    const b = (await t.http.post('/api/sources').set(bearer(admin)).send({ name: 'Agentur B', type: 'news_agency' }).expect(201)).body;
    await t.http.post(`/api/sources/${a.id}/merge`).set(bearer(admin)).send({ intoId: b.id }).expect(200);

    await until('all events received', () => receiver.received.length, (n) => n >= claims.length + 8);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(receiver.received.length);
    expect(receiver.received.every((r) => /^msg_/.test(r.id))).toBe(true);
    expect(receiver.ofType('claim.created')).toHaveLength(claims.length);
    expect(receiver.ofType('article.imported')[0].data).toMatchObject({ article: { id: article.body.id }, extractedClaims: claims.length });
    // The reassign handed it to the checker; their take kept the same assignee, so it is one assignment.
    expect(receiver.ofType('claim.assigned').map((r) => r.data.assigneeId)).toEqual([checker.id]);
    expect(receiver.ofType('claim.status_changed').map((r) => [r.data.from, r.data.to])).toEqual([['unverified', 'in_review'], ['in_review', 'inconclusive'], ['inconclusive', 'in_review']]);
    expect(receiver.ofType('claim.approved')[0].data.claim).toMatchObject({ id: claim.id, verdict: { approvedById: editor.id } });
    expect(receiver.ofType('claim.reopened')[0].data).toMatchObject({ reason: 'New satellite images.', previousStatus: 'inconclusive' });
    expect(receiver.ofType('source.merged')[0].data).toMatchObject({ from: { id: a.id }, into: { id: b.id } });
    // A forged body does not verify with the same headers: the receiver's check can fail.
    const sample = receiver.received[0];
    const { verifyStandardWebhook } = await import('./support/receiver');
    expect(verifyStandardWebhook(receiver.secret, { 'webhook-id': sample.id, 'webhook-timestamp': String(sample.timestamp), 'webhook-signature': 'v1,AAAA' }, sample.body)).toBe(false);

    // The receiver answers before the sender logs the answer: wait for the log, not for the receiver.
    const listDeliveries = async () => (await t.http.get(`/api/webhooks/${created.body.id}/deliveries?limit=200`).set(bearer(admin)).expect(200)).body.items as Array<{ state: string }>;
    const deliveries = await until('every delivery logged', listDeliveries, (items) => items.length === receiver.received.length && items.every((d) => d.state === 'delivered'));
    expect(deliveries[0]).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 204, log: [{ attempt: 1, status: 204, responseMs: expect.any(Number) }] });
    await t.http.delete(`/api/webhooks/${created.body.id}`).set(bearer(admin)).expect(204);
  });

  it('writes no event for a change that rolled back', async () => {
    const created = await t.http.post('/api/webhooks').set(bearer(admin)).send({ url: receiver.url, events: ['article.imported', 'claim.created'] }).expect(201);
    receiver.secret = created.body.secret;
    const messagesBefore = await t.db.count('webhook_messages');
    const articlesBefore = await t.db.count('articles');
    const articles = t.app.get(ArticlesService);
    const input = wireArticle(2) as never;
    await expect(articles.importArticle(input, { id: checker.id, role: 'checker', displayName: 'c' }, { inTransaction: async () => { throw new Error('fails after the events were raised'); } })).rejects.toThrow('fails after');
    expect(await t.db.count('articles')).toBe(articlesBefore);
    expect(await t.db.count('webhook_messages')).toBe(messagesBefore);
    // The same import committed: its events are there, one message per claim and one for the article.
    const imported = await articles.importArticle(input, { id: checker.id, role: 'checker', displayName: 'c' });
    expect(await t.db.count('webhook_messages')).toBe(messagesBefore + 1 + imported.extractedClaims);
    await until('delivered', () => receiver.ofType('article.imported').filter((r) => r.data.article.id === imported.id).length, (n) => n === 1);
    await t.http.delete(`/api/webhooks/${created.body.id}`).set(bearer(admin)).expect(204);
  });

  it('retries a failing receiver with backoff, logs each attempt, disables the webhook after repeated failures and says why', async () => {
    receiver.status = 500;
    const created = await t.http.post('/api/webhooks').set(bearer(admin)).send({ url: receiver.url, events: ['article.imported'] }).expect(201);
    receiver.secret = created.body.secret;
    await t.http.post('/api/articles').set(bearer(checker.token)).send({ ...wireArticle(3), extract: false }).expect(201);
    const disabled = await until('disabled', async () => (await t.http.get(`/api/webhooks/${created.body.id}`).set(bearer(admin)).expect(200)).body, (w) => w.enabled === false);
    expect(disabled.disabledReason).toMatch(/3 failed deliveries in a row.*HTTP 500/);
    const [delivery] = (await t.http.get(`/api/webhooks/${created.body.id}/deliveries`).set(bearer(admin)).expect(200)).body.items;
    expect(delivery).toMatchObject({ state: 'pending', attempts: 3, lastStatus: 500 });
    expect(delivery.log.map((a: { status: number }) => a.status)).toEqual([500, 500, 500]);
    // The attempts were spread out by the backoff: the second waited at least the base, the third at least twice it.
    const at = delivery.log.map((a: { at: string }) => Date.parse(a.at));
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(FAST_INTAKE.webhookRetryBaseMs);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(2 * FAST_INTAKE.webhookRetryBaseMs);
    // Redelivery waits for the admin to enable it again; then the receiver, fixed, gets it.
    await t.http.post(`/api/webhooks/${created.body.id}/deliveries/${delivery.id}/redeliver`).set(bearer(admin)).expect(409);
    receiver.status = 200;
    const enabled = await t.http.patch(`/api/webhooks/${created.body.id}`).set(bearer(admin)).send({ enabled: true }).expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    const again = await t.http.post(`/api/webhooks/${created.body.id}/deliveries/${delivery.id}/redeliver`).set(bearer(admin)).expect(202);
    expect(again.body.messageId).toBe(delivery.messageId);
    await until('delivered again', async () => (await t.http.get(`/api/webhooks/${created.body.id}/deliveries`).set(bearer(admin))).body.items, (items) => items.filter((d: { state: string }) => d.state === 'delivered').length >= 1);
  });
});
