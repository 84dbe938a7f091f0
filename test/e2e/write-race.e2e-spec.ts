import { Database } from '../../src/database/database';
import { freshCounts, storedTallies } from '../support/fresh-count';
import { bearer, TestApp } from '../support/test-app';

type Answer = { status: number; body: Record<string, unknown> };

/**
 * A newsroom's everyday concurrency, all at once: sign-ins, new users, users disabled, sign-outs,
 * evidence and attributions, beside requests whose transactions fail (stale versions, rule
 * refusals, unknown sources, duplicate imports). Then the service restarts, and the database itself
 * must hold every write that was answered 2xx, and nothing of the refused ones.
 */
describe('every acknowledged write is committed, whatever runs beside it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('keeps every 2xx write and nothing of a refused one, across a restart', async () => {
    const admin = await t.adminToken();
    const checkers = await Promise.all(Array.from({ length: 8 }, (_, i) => t.userWithRole('checker', `racer${i}`)));
    const doomed = await Promise.all(Array.from({ length: 4 }, (_, i) => t.userWithRole('viewer', `doomed${i}`)));
    const leaving = await Promise.all(Array.from({ length: 6 }, (_, i) => t.login(checkers[i % 4].email, `racer${i % 4}-password`)));
    const body = Array.from({ length: 12 }, (_, i) => `Satz ${i}: Die Regierung meldete ${1000 + i} Soldaten.`).join(' ');
    const article = (await t.http.post('/api/articles').set(bearer(admin)).send({ title: 'Race', body, language: 'de', extract: false }).expect(201)).body;
    const sentences = body.match(/Satz \d+:[^.]+\./g)!;
    const claims: number[] = [];
    for (const sentence of sentences) {
      const start = body.indexOf(sentence);
      claims.push((await t.http.post('/api/claims').set(bearer(checkers[0].token)).send({ articleId: article.id, start, end: start + sentence.length }).expect(201)).body.id);
    }
    const sources = await Promise.all(Array.from({ length: 6 }, (_, i) => t.http.post('/api/sources').set(bearer(admin)).send({ name: `Race source ${i}`, type: 'government' }).expect(201).then((r) => r.body.id as number)));
    const before = { events: await t.db.count('review_events'), evidence: await t.db.count('evidence'), attributions: await t.db.count('attributions'), users: await t.db.count('users'), articles: await t.db.count('articles') };

    const send = (promise: PromiseLike<{ status: number; body: unknown }>): Promise<Answer> => Promise.resolve(promise).then((r) => ({ status: r.status, body: (r.body ?? {}) as Record<string, unknown> }));
    // Five at once per account (one address may have up to ten checked at the same time).
    const signIns = checkers.flatMap((c, i) => Array.from({ length: 5 }, () => send(t.http.post('/api/auth/login').send({ email: c.email, password: `racer${i}-password` }))));
    const created = Array.from({ length: 20 }, (_, i) => send(t.http.post('/api/users').set(bearer(admin)).send({ email: `newcomer${i}@desk.test`, password: `newcomer${i}-password`, role: 'checker', displayName: `Newcomer ${i}` })));
    const disabled = doomed.map((d) => send(t.http.patch(`/api/users/${d.id}`).set(bearer(admin)).send({ disabled: true })));
    const signOuts = leaving.map((token) => send(t.http.post('/api/auth/logout').set(bearer(token))));
    const evidence = claims.map((id, i) => send(t.http.post(`/api/claims/${id}/evidence`).set(bearer(checkers[i % 4].token)).send({ stance: 'context', url: `https://race.example/${i}`, sourceId: sources[i % 6] })));
    const attributions = claims.map((id, i) => send(t.http.post(`/api/claims/${id}/attributions`).set(bearer(checkers[(i + 1) % 4].token)).send({ sourceId: sources[(i + 1) % 6], role: 'speaker' })));
    // Beside them, requests that open a transaction and fail inside it.
    const failing = [
      ...claims.map((id) => send(t.http.post(`/api/claims/${id}/review`).set(bearer(checkers[0].token)).send({ action: 'take', version: 99 }))),
      ...claims.map((id) => send(t.http.post(`/api/claims/${id}/attributions`).set(bearer(checkers[1].token)).send({ sourceId: 987654, role: 'relay' }))),
      ...claims.map((id) => send(t.http.post(`/api/claims/${id}/review`).set(bearer(checkers[2].token)).send({ action: 'approve', version: 1 }))),
      ...Array.from({ length: 6 }, () => send(t.http.post('/api/articles').set(bearer(admin)).send({ title: 'Again', body, language: 'de', extract: false }))),
      ...Array.from({ length: 6 }, (_, i) => send(t.http.patch(`/api/users/${checkers[0].id}`).set(bearer(admin)).send({ role: 'nobody' + i }))),
    ];
    const answers = {
      signIns: await Promise.all(signIns), created: await Promise.all(created), disabled: await Promise.all(disabled), signOuts: await Promise.all(signOuts),
      evidence: await Promise.all(evidence), attributions: await Promise.all(attributions), failing: await Promise.all(failing),
    };
    // Nothing failed for lack of care: every answer is a 2xx or a 4xx that names why.
    const all = Object.values(answers).flat();
    expect(all.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.failing.every((a) => a.status >= 400 && a.status < 500)).toBe(true);

    await t.restart();

    // Every token handed out works after the restart, but those of users disabled since.
    const tokens = answers.signIns.filter((a) => a.status === 200).map((a) => a.body.token as string);
    expect(tokens).toHaveLength(40);
    for (const token of tokens) await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
    for (const d of doomed) await t.http.get('/api/auth/me').set(bearer(d.token)).expect(401);
    for (const token of leaving) await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
    expect(answers.signOuts.map((a) => a.status)).toEqual(Array(leaving.length).fill(204));
    // Every user created can sign in; every user disabled cannot.
    expect(answers.created.map((a) => a.status)).toEqual(Array(20).fill(201));
    for (let i = 0; i < 20; i++) await t.http.post('/api/auth/login').send({ email: `newcomer${i}@desk.test`, password: `newcomer${i}-password` }).expect(200);
    expect(answers.disabled.map((a) => a.status)).toEqual(Array(doomed.length).fill(200));
    expect(await t.db.count('users', 'disabled = ?', [t.db.dialect === 'postgres' ? true : 1])).toBe(doomed.length);
    for (let i = 0; i < doomed.length; i++) await t.http.post('/api/auth/login').send({ email: doomed[i].email, password: `doomed${i}-password` }).expect(401);

    // The database holds exactly what was acknowledged.
    const ok = (list: Answer[]) => list.filter((a) => a.status >= 200 && a.status < 300);
    expect(ok(answers.evidence)).toHaveLength(claims.length);
    expect(ok(answers.attributions)).toHaveLength(claims.length);
    for (const a of ok(answers.evidence)) expect(await t.db.count('evidence', 'id = ?', [a.body.id])).toBe(1);
    expect(await t.db.count('evidence')).toBe(before.evidence + claims.length);
    expect(await t.db.count('attributions')).toBe(before.attributions + claims.length);
    expect(await t.db.count('users')).toBe(before.users + 20);
    expect(await t.db.count('articles')).toBe(before.articles);
    // One history event per acknowledged claim change, none for a refused one.
    expect(await t.db.count('review_events')).toBe(before.events + 2 * claims.length);
    expect((await t.http.get(`/api/claims/${claims[0]}/history`).set(bearer(admin)).expect(200)).body.verified).toBe(true);
    if (t.db.dialect === 'sqlite') expect(await t.db.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
  });

  it('has read connections that cannot write, even by mistake', async () => {
    const db = t.app.get(Database);
    const before = await t.db.count('sources');
    await expect(db.read((m) => m.query("INSERT INTO sources (name, name_key, type, created_at, updated_at) VALUES ('x', 'x', 'other', 'x', 'x')"))).rejects.toThrow(/read.?only/i);
    expect(await t.db.count('sources')).toBe(before);
  });
});
