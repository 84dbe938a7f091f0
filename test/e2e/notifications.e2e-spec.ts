import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, TestApp } from '../support/test-app';
import { sleep, wireArticle } from './support/intake';

describe('the inbox', () => {
  let t: TestApp;
  let checker: { id: number; token: string };
  let editor: { id: number; token: string };
  let editor2: { id: number; token: string };
  let claim: { id: number; version: number };
  const inbox = async (token: string) => (await t.http.get('/api/notifications').set(bearer(token)).expect(200)).body;
  const step = async (token: string, body: Record<string, unknown>) => {
    claim = (await t.http.post(`/api/claims/${claim.id}/review`).set(bearer(token)).send({ version: claim.version, ...body }).expect(200)).body;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    checker = await t.userWithRole('checker');
    editor = await t.userWithRole('editor');
    editor2 = await t.userWithRole('editor');
    const article = await t.http.post('/api/articles').set(bearer(checker.token)).send(wireArticle(1)).expect(201);
    claim = (await t.http.get(`/api/claims?articleId=${article.body.id}`).set(bearer(checker.token)).expect(200)).body.items[0];
  });
  afterAll(() => t.close());

  it('tells a checker a claim was assigned to them, and nobody of their own actions', async () => {
    await step(editor.token, { action: 'reassign', assigneeId: checker.id });
    const mine = await inbox(checker.token);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({ kind: 'claim_assigned', message: 'A claim was assigned to you', claimId: claim.id, actorId: editor.id, readAt: null });
    expect((await inbox(editor.token)).items).toEqual([]);
    await step(checker.token, { action: 'take' });
    expect((await inbox(checker.token)).unread).toBe(1);
  });

  it('tells every editor but the author that a verdict awaits approval', async () => {
    await step(checker.token, { action: 'verdict', verdict: 'inconclusive', rationale: 'Only one source.' });
    for (const e of [editor, editor2]) expect((await inbox(e.token)).items[0]).toMatchObject({ kind: 'verdict_awaiting_approval', claimId: claim.id, note: 'Only one source.' });
    const admin = await t.adminToken();
    expect((await inbox(admin)).items[0]).toMatchObject({ kind: 'verdict_awaiting_approval' });
  });

  it('tells the checker their verdict was approved, then reopened with the reason', async () => {
    await step(editor.token, { action: 'approve', note: 'Good work.' });
    expect((await inbox(checker.token)).items[0]).toMatchObject({ kind: 'verdict_approved', note: 'Good work.', actorId: editor.id });
    await step(editor2.token, { action: 'reopen', note: 'Kyiv published new figures.' });
    expect((await inbox(checker.token)).items[0]).toMatchObject({ kind: 'claim_reopened', note: 'Kyiv published new figures.', actorId: editor2.id });
  });

  it('marks read by id or all, and lists only the unread when asked', async () => {
    const mine = await inbox(checker.token);
    expect(mine.unread).toBe(3);
    const first = await t.http.post('/api/notifications/read').set(bearer(checker.token)).send({ ids: [mine.items[0].id] }).expect(200);
    expect(first.body.unread).toBe(2);
    expect((await t.http.get('/api/notifications?unread=true').set(bearer(checker.token)).expect(200)).body.items).toHaveLength(2);
    // Another user's ids are not theirs to mark.
    await t.http.post('/api/notifications/read').set(bearer(editor.token)).send({ ids: [mine.items[1].id] }).expect(200);
    expect((await inbox(checker.token)).unread).toBe(2);
    expect((await t.http.post('/api/notifications/read').set(bearer(checker.token)).send({ all: true }).expect(200)).body.unread).toBe(0);
    await t.http.post('/api/notifications/read').set(bearer(checker.token)).send({}).expect(400);
  });

  it('pushes the unread count live over SSE when a notification arrives', async () => {
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const events: { unread: number; latestId: number }[] = [];
    const request = http.get({ host: '127.0.0.1', port, path: '/api/notifications/stream', headers: { ...bearer(checker.token), accept: 'text/event-stream' } }, (response) => {
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (const match of buffer.matchAll(/event: inbox\n(?:id: [^\n]*\n)?data: ([^\n]*)\n\n/g)) events.push(JSON.parse(match[1]));
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      });
    });
    request.on('error', () => undefined);
    try {
      while (events.length === 0) await sleep(50);
      expect(events[0].unread).toBe(0);
      await step(editor.token, { action: 'reassign', assigneeId: null });
      await step(editor.token, { action: 'reassign', assigneeId: checker.id });
      const until = Date.now() + 15_000;
      while (!events.some((e) => e.unread === 1) && Date.now() < until) await sleep(50);
      expect(events.at(-1)).toMatchObject({ unread: 1 });
    } finally {
      request.destroy();
    }
  });
});
