import { freshCounts, storedTallies } from '../support/fresh-count';
import { bearer, TestApp } from '../support/test-app';

type Role = 'speaker' | 'relay' | 'anonymous';
type Answer = { status: number; body: Record<string, any> };

const BODY = [
  'Der Geheimdienst meldet 3000 Soldaten.',
  'Yonhap berichtet von Truppenbewegungen.',
  'Laut Regierungskreisen sind es mehr.',
  'Die Nato bestätigt die Zahl.',
  'Russland weist das zurück.',
  'Kiew spricht von 10000 Soldaten.',
  'Ein Sprecher nannte keine Zahl.',
  'Washington sieht das ähnlich.',
].join(' ');

/**
 * Who each claim is attributed to among the four overlapping records A, B, C, D: some claims to two
 * of them in the same role, so that merging one into the other must fold the repeat; one to all four.
 */
const ATTRIBUTIONS: [source: 'A' | 'B' | 'C' | 'D', role: Role][][] = [
  [['A', 'speaker'], ['B', 'speaker']],
  [['B', 'relay'], ['C', 'relay']],
  [['C', 'speaker'], ['D', 'speaker'], ['A', 'relay']],
  [['D', 'anonymous'], ['A', 'anonymous'], ['B', 'speaker']],
  [['A', 'speaker']],
  [['C', 'relay'], ['D', 'speaker']],
  [['A', 'speaker'], ['B', 'speaker'], ['C', 'speaker'], ['D', 'speaker']],
  [['B', 'relay'], ['D', 'relay'], ['A', 'speaker']],
];

interface Desk {
  admin: string;
  editors: string[];
  sources: Record<'A' | 'B' | 'C' | 'D', number>;
  claims: { id: number; attributionIds: number[]; roles: Set<string> }[];
}

/** Four records of one source, attributed on eight claims and publishing evidence on two. */
async function setUpDesk(t: TestApp): Promise<Desk> {
  const admin = await t.adminToken();
  const editors = [(await t.userWithRole('editor')).token, (await t.userWithRole('editor')).token];
  const checker = (await t.userWithRole('checker')).token;
  const article = (await t.http.post('/api/articles').set(bearer(checker)).send({ title: 'Merge race', body: BODY, language: 'de', extract: false }).expect(201)).body;
  const sources = {} as Desk['sources'];
  for (const [name, label] of [['A', 'Südkoreanischer Geheimdienst'], ['B', 'NIS'], ['C', 'National Intelligence Service'], ['D', 'Geheimdienst Seoul']] as const) {
    sources[name] = (await t.http.post('/api/sources').set(bearer(checker)).send({ name: label, type: 'intelligence_agency', aliases: [`${label} (${name})`] }).expect(201)).body.id;
  }
  const sentences = BODY.match(/[^.]+\./g)!.map((s) => s.trim());
  const claims: Desk['claims'] = [];
  for (const [i, attributions] of ATTRIBUTIONS.entries()) {
    const start = [...BODY.slice(0, BODY.indexOf(sentences[i]))].length;
    const claim = (await t.http.post('/api/claims').set(bearer(checker)).send({ articleId: article.id, start, end: start + [...sentences[i]].length }).expect(201)).body;
    const attributionIds: number[] = [];
    for (const [source, role] of attributions) {
      const after = (await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker)).send({ sourceId: sources[source], role }).expect(201)).body;
      attributionIds.push(after.attributions.at(-1).id);
    }
    claims.push({ id: claim.id, attributionIds, roles: new Set(attributions.map(([, role]) => role)) });
  }
  await t.http.post(`/api/claims/${claims[4].id}/evidence`).set(bearer(checker)).send({ stance: 'supports', note: 'B says so', sourceId: sources.B }).expect(201);
  await t.http.post(`/api/claims/${claims[5].id}/evidence`).set(bearer(checker)).send({ stance: 'context', note: 'C says so', sourceId: sources.C }).expect(201);
  return { admin, editors, sources, claims };
}

/** Every ordered pair of the four, twice: 24 merges, A→B beside B→A, B→C beside C→A. */
function mergeOrders(desk: Desk): { from: number; into: number }[] {
  const ids = Object.values(desk.sources);
  const pairs = ids.flatMap((from) => ids.filter((into) => into !== from).map((into) => ({ from, into })));
  return [...pairs, ...pairs.reverse()];
}

/** What the database itself holds after the merges, checked against what the desk held before and what the merges answered. */
async function expectSoundMerges(t: TestApp, desk: Desk, answers: Answer[]): Promise<void> {
  // Every merge was answered: 200, or refused because a record it names was merged meanwhile.
  expect(answers.filter((a) => a.status >= 500)).toEqual([]);
  for (const a of answers.filter((x) => x.status !== 200)) expect({ status: a.status, rule: a.body.rule }).toEqual({ status: 409, rule: expect.stringMatching(/^merge-(into-)?live-source$/) });
  const merged = answers.filter((a) => a.status === 200);

  const four = Object.values(desk.sources);
  const rows = await t.db.query<{ id: number; merged_into_id: number | null }>(`SELECT id, merged_into_id FROM sources WHERE id IN (${four.join(',')})`);
  const into = new Map(rows.map((r) => [Number(r.id), r.merged_into_id === null ? null : Number(r.merged_into_id)]));
  const live = four.filter((id) => into.get(id) === null);
  expect(live.length).toBeGreaterThanOrEqual(1);
  for (const id of four) {
    const target = into.get(id)!;
    if (target === null) continue;
    expect(target).not.toBe(id);
    // Directly to a live record: no chains, hence no cycles.
    expect(live).toContain(target);
  }
  // One acknowledged merge per record that is merged now, and one recorded merge per acknowledged one.
  expect(merged).toHaveLength(four.length - live.length);
  expect(await t.db.count('source_merges')).toBe(merged.length);

  // Nothing points at a merged record any more.
  expect(await t.db.count('attributions a JOIN sources s ON s.id = a.source_id', 's.merged_into_id IS NOT NULL')).toBe(0);
  expect(await t.db.count('evidence e JOIN sources s ON s.id = e.source_id', 's.merged_into_id IS NOT NULL')).toBe(0);
  expect(await t.db.count('evidence', 'source_id IS NOT NULL')).toBe(2);

  let folds = 0;
  let mergedEvents = 0;
  for (const claim of desk.claims) {
    const attributions = await t.db.query<{ id: number; source_id: number; role: string }>('SELECT id, source_id, role FROM attributions WHERE claim_id = ?', [claim.id]);
    // No role lost, no attribution twice.
    expect(new Set(attributions.map((a) => a.role))).toEqual(claim.roles);
    expect(new Set(attributions.map((a) => `${a.source_id}:${a.role}`)).size).toBe(attributions.length);
    // Every attribution that is gone was folded, and the claim's history says so.
    const events = await t.db.query<{ details: string }>("SELECT details FROM review_events WHERE claim_id = ? AND action = 'source_merged' ORDER BY sequence", [claim.id]);
    mergedEvents += events.length;
    const folded = events.flatMap((e) => (JSON.parse(e.details).folded ?? []) as { attributionId: number }[]).map((f) => Number(f.attributionId));
    const remaining = attributions.map((a) => Number(a.id));
    expect([...remaining, ...folded].sort((a, b) => a - b)).toEqual([...claim.attributionIds].sort((a, b) => a - b));
    folds += folded.length;
  }
  // The answers account for every event and every fold.
  expect(merged.reduce((sum, a) => sum + Number(a.body.movedAttributions), 0)).toBe(mergedEvents);
  expect(merged.reduce((sum, a) => sum + Number(a.body.foldedAttributions), 0)).toBe(folds);
  // Each merge folded at least claim 7's repeat.
  expect(folds).toBeGreaterThanOrEqual(merged.length);
  // Claim 7 was attributed to all four as speaker: it ends attributed to each live record once.
  expect(await t.db.count('attributions', 'claim_id = ?', [desk.claims[6].id])).toBe(live.length);

  for (const claim of desk.claims) {
    const history = await t.http.get(`/api/claims/${claim.id}/history`).set(bearer(desk.admin)).expect(200);
    expect(history.body.verified).toBe(true);
  }
  expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
}

const send = (promise: PromiseLike<{ status: number; body: unknown }>): Promise<Answer> => Promise.resolve(promise).then((r) => ({ status: r.status, body: (r.body ?? {}) as Record<string, any> }));

describe('24 simultaneous merges among four records of one source', () => {
  it('never merges a record into itself or into a merged one, and folds repeats with a trace (one instance)', async () => {
    const t = await TestApp.start();
    try {
      const desk = await setUpDesk(t);
      const answers = await Promise.all(mergeOrders(desk).map(({ from, into }, i) => send(t.http.post(`/api/sources/${from}/merge`).set(bearer(desk.editors[i % 2])).send({ intoId: into }))));
      await expectSoundMerges(t, desk, answers);
    } finally {
      await t.close();
    }
  });

  // Two instances on one database: only PostgreSQL (SQLite has one writer per file by design).
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
    it('behaves as one service when the merges are split across two instances on one PostgreSQL database', async () => {
      const t = await TestApp.start();
      const second = await TestApp.start({ database: t.database });
      try {
        const desk = await setUpDesk(t);
        const answers = await Promise.all(
          mergeOrders(desk).map(({ from, into }, i) => send((i % 2 === 0 ? t : second).http.post(`/api/sources/${from}/merge`).set(bearer(desk.editors[(i >> 1) % 2])).send({ intoId: into }))),
        );
        await expectSoundMerges(t, desk, answers);
      } finally {
        await second.close();
        await t.close();
      }
    });
  }
});
