import { TransactionEvents } from '../../src/database/tx-events';
import { NoteMentioned } from '../../src/notes/note-events';
import { bearer, TestApp } from '../support/test-app';

const BODY = 'Nach Angaben des südkoreanischen Geheimdienstes halten sich bereits 3000 nordkoreanische Soldaten in Russland auf. '
  + 'Südkorea sprach von einer Provokation. Kirby sagte, es seien mindestens 3000 Soldaten. Moskau wies das als Propaganda zurück.';
const at = (text: string) => [...BODY.slice(0, BODY.indexOf(text))].length;

interface Claim { id: number; version: number; text: string; kind: string; status: string; tags: string[]; withdrawn: boolean; withdrawal: { reason: string } | null; quote: { exact: string; start: number; end: number } }
interface Page { items: Claim[]; nextCursor: string | null }

/**
 * The claims queue's API: its filters (awaiting approval, approved, assignee me/nobody, tag, dates),
 * full-text search with German and English stems and accents folded, sorts and keyset pages;
 * corrections, withdrawal and restoration; tags; bulk actions; notes with mentions; saved filters;
 * a user's own settings. On SQLite and, with DATABASE_URL, on PostgreSQL.
 */
describe('the claims queue', () => {
  let t: TestApp;
  let admin: string;
  let checker: { id: number; token: string };
  let other: { id: number; token: string };
  let editor: { id: number; token: string };
  let viewer: { id: number; token: string };
  let articleId: number;
  let claims: Record<'nis' | 'seoul' | 'kirby' | 'moskau', Claim>;

  const get = async (path: string, token = checker.token) => (await t.http.get(path).set(bearer(token)).expect(200)).body;
  const list = (query: string, token = checker.token): Promise<Page> => get(`/api/claims?${query}`, token);
  const ids = (page: Page) => page.items.map((c) => c.id);
  const current = (id: number): Promise<Claim> => get(`/api/claims/${id}`);
  const create = async (exact: string, extra: Record<string, unknown> = {}): Promise<Claim> =>
    (await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId, start: at(exact), end: at(exact) + [...exact].length, ...extra }).expect(201)).body;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    const person = async (role: string, displayName: string) => {
      const email = `${displayName.split(' ')[0].toLowerCase()}@desk.test`;
      const id = (await t.http.post('/api/users').set(bearer(admin)).send({ email, password: 'queue-password', role, displayName }).expect(201)).body.id as number;
      return { id, token: await t.login(email, 'queue-password') };
    };
    checker = await person('checker', 'Anna Schmidt');
    other = await person('checker', 'Ben Weber');
    editor = await person('editor', 'Clara Vogel');
    viewer = await person('viewer', 'Dora Lesen');
    articleId = (await t.http.post('/api/articles').set(bearer(admin)).send({ title: 'Alle Optionen auf dem Tisch', body: BODY, language: 'de', extract: false }).expect(201)).body.id;
    claims = {
      nis: await create('3000 nordkoreanische Soldaten in Russland', { kind: 'statistic' }),
      seoul: await create('Südkorea sprach von einer Provokation'),
      kirby: await create('es seien mindestens 3000 Soldaten', { text: 'Kirby: at least 3000 soldiers moved to eastern Russia' }),
      moskau: await create('Moskau wies das als Propaganda zurück', { kind: 'event' }),
    };
  });
  afterAll(() => t.close());

  describe('full-text search', () => {
    it('finds by words in any form, German stems and accents folded: "Soldaten Russland", "Sudkorea", "Soldat", "soldier"', async () => {
      expect(ids(await list('q=Soldaten Russland'))).toEqual([claims.nis.id]);
      expect(ids(await list('q=3000 Soldaten&sort=oldest'))).toEqual([claims.nis.id, claims.kirby.id]);
      expect(ids(await list('q=Sudkorea'))).toEqual([claims.seoul.id]);
      expect(ids(await list('q=nordkoreanischer Soldat'))).toEqual([claims.nis.id]);
      expect(ids(await list('q=soldier'))).toEqual([claims.kirby.id]);
      // The article title is searched with the claim.
      expect(ids(await list('q=Optionen Tisch&sort=oldest'))).toEqual([claims.nis.id, claims.seoul.id, claims.kirby.id, claims.moskau.id]);
      expect((await list('q=Fallschirmjäger')).items).toEqual([]);
      expect((await list('q=---')).items).toEqual([]);
    });

    it('ranks by relevance and pages by keyset through the ranking, in the same order as one page', async () => {
      const whole = ids(await list('q=Soldaten'));
      expect([...whole].sort()).toEqual([claims.nis.id, claims.kirby.id].sort());
      const paged: number[] = [];
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page: Page = await list(`q=Soldaten&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...ids(page));
        cursor = page.nextCursor;
      }
      expect(paged).toEqual(whole);
    });

    it('follows a correction and a new article title in the same transaction', async () => {
      const seoul = await current(claims.seoul.id);
      await t.http.patch(`/api/claims/${seoul.id}`).set(bearer(checker.token)).send({ version: seoul.version, text: 'Seoul nennt den Einsatz eine Provokation' }).expect(200);
      expect(ids(await list('q=Einsatz'))).toEqual([seoul.id]);
      await t.http.patch(`/api/articles/${articleId}`).set(bearer(admin)).send({ title: 'Truppen in Kursk' }).expect(200);
      expect((await list('q=Kursk')).items).toHaveLength(4);
      expect((await list('q=Tisch')).items).toHaveLength(0);
    });
  });

  describe('filters', () => {
    it('lists claims assigned to me, to nobody, awaiting approval and approved', async () => {
      let nis = await current(claims.nis.id);
      nis = (await t.http.post(`/api/claims/${nis.id}/review`).set(bearer(checker.token)).send({ action: 'take', version: nis.version }).expect(200)).body;
      expect(ids(await list('assigneeId=me'))).toEqual([nis.id]);
      expect(ids(await list('assigneeId=me', other.token))).toEqual([]);
      expect(ids(await list('assigneeId=nobody'))).not.toContain(nis.id);
      expect(ids(await list(`assigneeId=${checker.id}`))).toEqual([nis.id]);
      await t.http.get('/api/claims?assigneeId=someone').set(bearer(checker.token)).expect(400);

      nis = (await t.http.post(`/api/claims/${nis.id}/review`).set(bearer(checker.token)).send({ action: 'verdict', version: nis.version, verdict: 'inconclusive', rationale: 'Nur eine Quelle.' }).expect(200)).body;
      expect(ids(await list('awaitingApproval=true'))).toEqual([nis.id]);
      expect(ids(await list('awaitingApproval=false'))).not.toContain(nis.id);
      expect(ids(await list('approved=true'))).toEqual([]);
      nis = (await t.http.post(`/api/claims/${nis.id}/review`).set(bearer(editor.token)).send({ action: 'approve', version: nis.version }).expect(200)).body;
      expect(ids(await list('awaitingApproval=true'))).toEqual([]);
      expect(ids(await list('approved=true'))).toEqual([nis.id]);
      expect(ids(await list('approved=false'))).not.toContain(nis.id);
    });

    it('filters by kind, origin and creation date, and sorts by age or by article', async () => {
      expect(ids(await list('kind=event'))).toEqual([claims.moskau.id]);
      expect((await list('origin=manual')).items).toHaveLength(4);
      const today = new Date().toISOString().slice(0, 10);
      expect((await list(`createdFrom=${today}&createdTo=${today}`)).items).toHaveLength(4);
      expect((await list('createdTo=2000-01-01')).items).toHaveLength(0);
      expect(ids(await list('sort=oldest&limit=2'))).toEqual([claims.nis.id, claims.seoul.id]);
      const first = await list('sort=article&limit=3');
      const second = await list(`sort=article&limit=3&cursor=${first.nextCursor}`);
      expect([...ids(first), ...ids(second)]).toEqual([claims.nis.id, claims.seoul.id, claims.kirby.id, claims.moskau.id]);
      expect(second.nextCursor).toBeNull();
    });
  });

  describe('corrections and withdrawal', () => {
    it('corrects wording, kind and span with a version check and one history event; refuses under a verdict', async () => {
      let kirby = await current(claims.kirby.id);
      await t.http.patch(`/api/claims/${kirby.id}`).set(bearer(checker.token)).send({ version: kirby.version + 5, kind: 'statistic' }).expect(409);
      const exact = 'mindestens 3000 Soldaten';
      const corrected = (await t.http.patch(`/api/claims/${kirby.id}`).set(bearer(checker.token))
        .send({ version: kirby.version, kind: 'statistic', start: at(exact), end: at(exact) + exact.length }).expect(200)).body;
      expect(corrected).toMatchObject({ kind: 'statistic', version: kirby.version + 1, quote: { exact } });
      const history = (await get(`/api/claims/${kirby.id}/history`)).items;
      expect(history.at(-1)).toMatchObject({ action: 'edited', details: { changed: { kind: { from: 'statement', to: 'statistic' } } } });
      await t.http.patch(`/api/claims/${kirby.id}`).set(bearer(viewer.token)).send({ version: corrected.version, kind: 'event' }).expect(403);
      kirby = corrected;
      const nis = await current(claims.nis.id);
      const refused = await t.http.patch(`/api/claims/${nis.id}`).set(bearer(checker.token)).send({ version: nis.version, text: 'Anders' }).expect(409);
      expect(refused.body.rule).toBe('verdict-keeps-its-wording');
    });

    it('withdraws a claim with a reason: out of lists, counts and exports, kept in history; an editor restores it', async () => {
      const before = (await get('/api/stats')).total as number;
      const moskau = await current(claims.moskau.id);
      await t.http.post(`/api/claims/${moskau.id}/withdraw`).set(bearer(checker.token)).send({ version: moskau.version, reason: '' }).expect(422);
      const withdrawn = (await t.http.post(`/api/claims/${moskau.id}/withdraw`).set(bearer(checker.token)).send({ version: moskau.version, reason: 'Vom Extraktor doppelt erkannt' }).expect(200)).body;
      expect(withdrawn).toMatchObject({ withdrawn: true, withdrawal: { reason: 'Vom Extraktor doppelt erkannt', byId: checker.id }, version: moskau.version + 1 });
      expect(ids(await list(`articleId=${articleId}`))).not.toContain(moskau.id);
      expect(ids(await list('q=Propaganda'))).toEqual([]);
      expect((await get('/api/stats')).total).toBe(before - 1);
      const csv = (await t.http.get('/api/exports/claims?format=csv').set(bearer(checker.token)).expect(200)).text;
      expect(csv).not.toContain('Propaganda');
      const report = (await t.http.get(`/api/articles/${articleId}/export?format=json`).set(bearer(checker.token)).expect(200)).body;
      expect(report.claims.map((c: { id: number }) => c.id)).not.toContain(moskau.id);
      expect(report.summary.total).toBe(3);
      // Editors see withdrawn claims on their own list; nobody reviews one until it is restored.
      await t.http.get('/api/claims?withdrawn=true').set(bearer(checker.token)).expect(403);
      expect(ids(await list('withdrawn=true', editor.token))).toEqual([moskau.id]);
      const take = await t.http.post(`/api/claims/${moskau.id}/review`).set(bearer(checker.token)).send({ action: 'take', version: withdrawn.version }).expect(409);
      expect(take.body.rule).toBe('withdrawn-claim-is-off-the-desk');
      expect((await get(`/api/claims/${moskau.id}`, editor.token)).allowedActions).toEqual(['restore', 'note']);
      await t.http.post(`/api/claims/${moskau.id}/restore`).set(bearer(checker.token)).send({ version: withdrawn.version }).expect(403);
      const restored = (await t.http.post(`/api/claims/${moskau.id}/restore`).set(bearer(editor.token)).send({ version: withdrawn.version, note: 'Doch eigenständig' }).expect(200)).body;
      expect(restored).toMatchObject({ withdrawn: false, withdrawal: null, status: 'unverified' });
      expect((await get('/api/stats')).total).toBe(before);
      expect(ids(await list('q=Propaganda'))).toEqual([moskau.id]);
      const actions = (await get(`/api/claims/${moskau.id}/history`)).items.map((e: { action: string }) => e.action);
      expect(actions.slice(-2)).toEqual(['withdrawn', 'restored']);
      const audit = (await t.http.get('/api/audit/verify').set(bearer(admin)).expect(200)).body;
      expect(audit).toMatchObject({ ok: true });
    });
  });

  describe('tags and bulk actions', () => {
    it('tags claims, filters by tag whatever its spelling, and lists the tags in use', async () => {
      const seoul = await current(claims.seoul.id);
      const tagged = (await t.http.post(`/api/claims/${seoul.id}/tags`).set(bearer(checker.token)).send({ add: ['Ukraine-Krieg', 'ukraine krieg', 'Korea'] }).expect(200)).body;
      expect(tagged.tags).toEqual(['Ukraine-Krieg', 'Korea']);
      expect(tagged.version).toBe(seoul.version);
      expect(ids(await list('tag=Ukraine Krieg'))).toEqual([seoul.id]);
      expect((await get('/api/tags')).items).toEqual(expect.arrayContaining([{ tag: 'Ukraine-Krieg', claims: 1 }]));
      await t.http.post(`/api/claims/${seoul.id}/tags`).set(bearer(viewer.token)).send({ add: ['x'] }).expect(403);
    });

    it('takes, assigns, tags and sets kind claim by claim: what changed and what was refused, and why', async () => {
      const [seoul, kirby, moskau, nis] = await Promise.all([claims.seoul.id, claims.kirby.id, claims.moskau.id, claims.nis.id].map(current));
      const tag = (await t.http.post('/api/claims/bulk').set(bearer(checker.token)).send({
        action: 'tag', tag: 'Wahl 2025', claims: [{ id: seoul.id, version: seoul.version }, { id: kirby.id, version: kirby.version + 1 }, { id: 999999, version: 1 }],
      }).expect(200)).body;
      expect(tag.changed).toEqual([{ id: seoul.id, version: seoul.version }]);
      expect(tag.refused).toEqual([
        expect.objectContaining({ id: kirby.id, status: 409, rule: 'optimistic-concurrency' }),
        expect.objectContaining({ id: 999999, status: 404 }),
      ]);
      const take = (await t.http.post('/api/claims/bulk').set(bearer(other.token)).send({
        action: 'take', claims: [{ id: moskau.id, version: moskau.version }, { id: nis.id, version: nis.version }],
      }).expect(200)).body;
      expect(take.changed).toEqual([{ id: moskau.id, version: moskau.version + 1 }]);
      expect(take.refused[0]).toMatchObject({ id: nis.id, status: 409, rule: 'take-from-unverified' });
      const assign = (await t.http.post('/api/claims/bulk').set(bearer(editor.token)).send({
        action: 'assign', assigneeId: checker.id, claims: [{ id: seoul.id, version: seoul.version }, { id: moskau.id, version: moskau.version + 1 }],
      }).expect(200)).body;
      expect(assign.changed.map((c: { id: number }) => c.id)).toEqual([seoul.id, moskau.id]);
      expect(ids(await list('assigneeId=me&sort=oldest'))).toEqual([nis.id, seoul.id, moskau.id]);
      const kind = (await t.http.post('/api/claims/bulk').set(bearer(checker.token)).send({
        action: 'kind', kind: 'prediction', claims: [{ id: kirby.id, version: kirby.version }, { id: nis.id, version: nis.version }],
      }).expect(200)).body;
      expect(kind.changed).toEqual([{ id: kirby.id, version: kirby.version + 1 }]);
      expect(kind.refused[0]).toMatchObject({ id: nis.id, rule: 'verdict-keeps-its-wording' });
      const history = (await get(`/api/claims/${kirby.id}/history`)).items;
      expect(history.filter((e: { action: string }) => e.action === 'edited')).toHaveLength(2);
      await t.http.post('/api/claims/bulk').set(bearer(viewer.token)).send({ action: 'take', claims: [{ id: 1, version: 1 }] }).expect(403);
      await t.http.post('/api/claims/bulk').set(bearer(checker.token)).send({ action: 'explode', claims: [] }).expect(400);
    });
  });

  describe('notes', () => {
    it('keeps a thread per claim and announces the people it @mentions in its transaction', async () => {
      const announced: { mentionedUserIds: number[]; claimId: number; authorId: number }[] = [];
      t.app.get(TransactionEvents).on(NoteMentioned, async (_tx, payload) => {
        announced.push(payload);
      });
      const note = (await t.http.post(`/api/claims/${claims.kirby.id}/notes`).set(bearer(checker.token))
        .send({ body: 'Stimmt die Zahl? @BenWeber und @clara.vogel bitte prüfen; nicht anna@example.org, nicht @Niemand, nicht ich @AnnaSchmidt' }).expect(201)).body;
      expect(note.mentions.map((m: { displayName: string }) => m.displayName)).toEqual(['Ben Weber', 'Clara Vogel']);
      expect(announced).toEqual([expect.objectContaining({ claimId: claims.kirby.id, authorId: checker.id, mentionedUserIds: [other.id, editor.id], noteId: note.id })]);
      // Each person mentioned finds the note in their inbox; the author, who mentioned themselves, does not.
      for (const person of [other, editor]) {
        expect((await get('/api/notifications', person.token)).items[0]).toMatchObject({ kind: 'note_mention', claimId: claims.kirby.id, actorId: checker.id, note: note.body, readAt: null });
      }
      expect((await get('/api/notifications', checker.token)).items.filter((n: { kind: string }) => n.kind === 'note_mention')).toEqual([]);
      await t.http.post(`/api/claims/${claims.kirby.id}/notes`).set(bearer(other.token)).send({ body: 'Laut NSC ja.' }).expect(201);
      const thread = (await get(`/api/claims/${claims.kirby.id}/notes`, viewer.token)).items;
      expect(thread.map((n: { authorName: string; body: string }) => `${n.authorName}: ${n.body}`)).toEqual([`Anna Schmidt: ${note.body}`, 'Ben Weber: Laut NSC ja.']);
      expect(announced).toHaveLength(1);
      await t.http.post(`/api/claims/${claims.kirby.id}/notes`).set(bearer(viewer.token)).send({ body: 'x' }).expect(403);
      await t.http.post('/api/claims/999999/notes').set(bearer(checker.token)).send({ body: 'x' }).expect(404);
    });
  });

  describe('saved filters and settings', () => {
    it('saves filters for oneself or shared with the desk', async () => {
      const mine = (await t.http.post('/api/queue/filters').set(bearer(checker.token)).send({ name: 'Meine offenen', query: '?assigneeId=me&status=in_review&cursor=abc' }).expect(201)).body;
      expect(mine).toMatchObject({ query: 'assigneeId=me&status=in_review', shared: false, mine: true });
      const shared = (await t.http.post('/api/queue/filters').set(bearer(editor.token)).send({ name: 'Wartet auf Freigabe', query: 'awaitingApproval=true', shared: true }).expect(201)).body;
      expect((await get('/api/queue/filters', other.token)).items).toEqual([expect.objectContaining({ id: shared.id, mine: false })]);
      expect((await get('/api/queue/filters')).items.map((f: { name: string }) => f.name)).toEqual(['Meine offenen', 'Wartet auf Freigabe']);
      await t.http.delete(`/api/queue/filters/${shared.id}`).set(bearer(checker.token)).expect(403);
      await t.http.delete(`/api/queue/filters/${mine.id}`).set(bearer(other.token)).expect(404);
      await t.http.delete(`/api/queue/filters/${mine.id}`).set(bearer(checker.token)).expect(204);
    });

    it('keeps each user\'s language and time zone', async () => {
      expect(await get('/api/users/me', viewer.token)).toMatchObject({ id: viewer.id, language: null, timeZone: null });
      await t.http.patch('/api/users/me').set(bearer(viewer.token)).send({ language: 'fr' }).expect(400);
      const bad = await t.http.patch('/api/users/me').set(bearer(viewer.token)).send({ timeZone: 'Mars/Olympus' }).expect(400);
      expect(bad.body.errors[0].path).toBe('timeZone');
      const saved = (await t.http.patch('/api/users/me').set(bearer(viewer.token)).send({ language: 'de', timeZone: 'Europe/Berlin' }).expect(200)).body;
      expect(saved).toMatchObject({ language: 'de', timeZone: 'Europe/Berlin' });
      expect(await get('/api/users/me', viewer.token)).toMatchObject({ language: 'de', timeZone: 'Europe/Berlin' });
    });
  });
});
