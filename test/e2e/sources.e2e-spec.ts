import { bearer, TestApp } from '../support/test-app';

describe('sources', () => {
  let t: TestApp;
  let checker: string;
  let editor: string;
  beforeAll(async () => {
    t = await TestApp.start();
    checker = (await t.userWithRole('checker')).token;
    editor = (await t.userWithRole('editor')).token;
  });
  afterAll(() => t.close());

  const createSource = async (body: Record<string, unknown>) => (await t.http.post('/api/sources').set(bearer(checker)).send(body).expect(201)).body;

  it('creates a source with aliases and finds it by any alias, case- and accent-insensitively', async () => {
    const nis = await createSource({ name: 'National Intelligence Service', type: 'intelligence_agency', country: 'KR', aliases: ['NIS', 'südkoreanischer Geheimdienst'] });
    expect(nis).toMatchObject({ name: 'National Intelligence Service', type: 'intelligence_agency', country: 'KR', aliases: ['NIS', 'südkoreanischer Geheimdienst'], affiliation: null });
    for (const q of ['Sudkoreanischer Geheimdienst', 'SÜDKOREANISCHER', 'nis', 'intelligence service']) {
      const found = await t.http.get(`/api/sources?q=${encodeURIComponent(q)}`).set(bearer(checker)).expect(200);
      expect(found.body.items.map((s: { id: number }) => s.id)).toContain(nis.id);
    }
    const none = await t.http.get('/api/sources?q=Yonhap').set(bearer(checker)).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('links a person to the organisation they speak for', async () => {
    const nsc = await createSource({ name: 'US National Security Council', type: 'government', country: 'US' });
    const kirby = await createSource({ name: 'John Kirby', type: 'person', country: 'US', affiliationId: nsc.id });
    expect(kirby.affiliation).toEqual({ id: nsc.id, name: 'US National Security Council', type: 'government' });
    const detail = await t.http.get(`/api/sources/${nsc.id}`).set(bearer(checker)).expect(200);
    expect(detail.body.members).toEqual([{ id: kirby.id, name: 'John Kirby', type: 'person' }]);
    // An organisation cannot become affiliated with its own spokesperson.
    const cycle = await t.http.patch(`/api/sources/${nsc.id}`).set(bearer(checker)).send({ affiliationId: kirby.id }).expect(422);
    expect(cycle.body.rule).toBe('affiliation-without-cycles');
  });

  it('takes type and country of a well-known name from the registry, and accepts affiliation as in the Source resource', async () => {
    const agency = await createSource({ name: 'Reuters' });
    expect(agency).toMatchObject({ type: 'news_agency', country: 'GB' });
    const unknown = await createSource({ name: 'Ortsverein Musterstadt' });
    expect(unknown).toMatchObject({ type: 'other', country: null });
    const spokesperson = await createSource({ name: 'Jane Doe', type: 'person', affiliation: agency.id });
    expect(spokesperson.affiliation.id).toBe(agency.id);
    const moved = await t.http.patch(`/api/sources/${spokesperson.id}`).set(bearer(checker)).send({ affiliation: { id: unknown.id } }).expect(200);
    expect(moved.body.affiliation.id).toBe(unknown.id);
    const cleared = await t.http.patch(`/api/sources/${spokesperson.id}`).set(bearer(checker)).send({ affiliation: null }).expect(200);
    expect(cleared.body.affiliation).toBeNull();
  });

  it('refuses a duplicate name and an invalid country', async () => {
    await createSource({ name: 'Yonhap', type: 'news_agency', country: 'KR' });
    const duplicate = await t.http.post('/api/sources').set(bearer(checker)).send({ name: 'yonhap', type: 'news_agency' }).expect(409);
    expect(duplicate.body.existingSourceId).toEqual(expect.any(Number));
    const invalid = await t.http.post('/api/sources').set(bearer(checker)).send({ name: 'X', type: 'person', country: 'Korea' }).expect(400);
    expect(invalid.body.errors[0].path).toBe('country');
  });

  it('updates a source', async () => {
    const source = await createSource({ name: 'Regierungskreise Seoul', type: 'other' });
    const updated = await t.http.patch(`/api/sources/${source.id}`).set(bearer(checker)).send({ type: 'anonymous', country: 'KR', aliases: ['government circles in Seoul'] }).expect(200);
    expect(updated.body).toMatchObject({ type: 'anonymous', country: 'KR', aliases: ['government circles in Seoul'] });
  });

  it('merges two records of one source: attributions and evidence follow, history records it', async () => {
    const article = await t.http.post('/api/articles').set(bearer(checker)).send({ title: 'Merge', body: 'Die NATO bestätigte die Stationierung. Russland weist das zurück.', language: 'de', extract: false }).expect(201);
    const nato = await createSource({ name: 'NATO', type: 'international_organization', aliases: ['Nordatlantikpakt'] });
    const natoDupe = await createSource({ name: 'Nordatlantische Allianz', type: 'international_organization', aliases: ['North Atlantic Alliance'] });
    const spokesperson = await createSource({ name: 'Farah Dakhlallah', type: 'person', affiliationId: natoDupe.id });
    const claim = (await t.http.post('/api/claims').set(bearer(checker)).send({ articleId: article.body.id, start: 0, end: 37 }).expect(201)).body;
    const other = (await t.http.post('/api/claims').set(bearer(checker)).send({ articleId: article.body.id, start: 39, end: 64 }).expect(201)).body;
    await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker)).send({ sourceId: natoDupe.id, role: 'speaker', cue: 'bestätigte' }).expect(201);
    await t.http.post(`/api/claims/${other.id}/evidence`).set(bearer(checker)).send({ stance: 'context', note: 'NATO statement', sourceId: natoDupe.id }).expect(201);

    await t.http.post(`/api/sources/${natoDupe.id}/merge`).set(bearer(checker)).send({ intoId: nato.id }).expect(403);
    const merged = await t.http.post(`/api/sources/${natoDupe.id}/merge`).set(bearer(editor)).send({ intoId: nato.id }).expect(200);
    expect(merged.body).toMatchObject({ movedAttributions: 1, movedEvidence: 1 });
    expect(merged.body.source.aliases).toEqual(expect.arrayContaining(['Nordatlantikpakt', 'Nordatlantische Allianz', 'North Atlantic Alliance']));

    const claimAfter = await t.http.get(`/api/claims/${claim.id}`).set(bearer(checker)).expect(200);
    expect(claimAfter.body.attributions.map((a: { source: { id: number } }) => a.source.id)).toEqual([nato.id]);
    expect(claimAfter.body.history.at(-1)).toMatchObject({ action: 'source_merged', note: expect.stringContaining('Nordatlantische Allianz') });
    const otherAfter = await t.http.get(`/api/claims/${other.id}`).set(bearer(checker)).expect(200);
    expect(otherAfter.body.evidence[0].source.id).toBe(nato.id);
    const person = await t.http.get(`/api/sources/${spokesperson.id}`).set(bearer(checker)).expect(200);
    expect(person.body.affiliation.id).toBe(nato.id);
    const natoRecord = await t.http.get(`/api/sources/${nato.id}/record`).set(bearer(checker)).expect(200);
    expect(natoRecord.body.claims.map((c: { id: number }) => c.id)).toEqual([claim.id]);
    expect(natoRecord.body.record).toEqual({ byStatus: { unverified: 1 }, total: 1 });
    // The merged record disappears from lists but still resolves, pointing at the survivor.
    const listed = await t.http.get('/api/sources?q=nordatlantische').set(bearer(checker)).expect(200);
    expect(listed.body.items.map((s: { id: number }) => s.id)).toEqual([nato.id]);
    const old = await t.http.get(`/api/sources/${natoDupe.id}`).set(bearer(checker)).expect(200);
    expect(old.body.mergedIntoId).toBe(nato.id);
    const again = await t.http.post(`/api/claims/${claim.id}/attributions`).set(bearer(checker)).send({ sourceId: natoDupe.id, role: 'relay' }).expect(422);
    expect(again.body.rule).toBe('source-merged');
  });

  it('refuses to merge a source into itself or into an unknown one', async () => {
    const source = await createSource({ name: 'Kremlin', type: 'government', country: 'RU' });
    await t.http.post(`/api/sources/${source.id}/merge`).set(bearer(editor)).send({ intoId: source.id }).expect(422);
    await t.http.post(`/api/sources/${source.id}/merge`).set(bearer(editor)).send({ intoId: 987654 }).expect(404);
  });
});
