import { bearer, TestApp } from '../support/test-app';

/**
 * Ids and numbers in paths and query strings are plain decimal digits. `0x10`, `1e1`, `+10` or
 * ` 10` (`%2010`) are not a way to name article 16 or 10: they are refused with 400 and act on nothing.
 */
describe('strict ids and numbers in paths and queries', () => {
  let t: TestApp;
  let token: string;
  let claimId: number;
  beforeAll(async () => {
    t = await TestApp.start({ seedDemo: true });
    token = await t.adminToken();
    claimId = (await t.http.get('/api/claims?articleId=1&limit=1').set(bearer(token)).expect(200)).body.items[0].id;
  });
  afterAll(() => t.close());

  const NOT_DECIMAL = ['0x1', '1e0', '+1', '%201', '1%20', '1.0', '0b1', '%091'];

  async function expectRefused(method: 'get' | 'post' | 'patch' | 'delete', url: string, body?: object) {
    let call = t.http[method](url).set(bearer(token));
    if (body) call = call.send(body);
    const response = await call;
    expect({ url, method, status: response.status, type: response.headers['content-type'] }).toEqual({ url, method, status: 400, type: expect.stringMatching(/^application\/problem\+json/) });
    return response;
  }

  it('answers article 1 by its plain id', async () => {
    await t.http.get('/api/articles/1').set(bearer(token)).expect(200);
    await t.http.get('/api/articles/01').set(bearer(token)).expect(200);
  });

  it('refuses every other spelling of an id in a path, on every route with one', async () => {
    for (const id of NOT_DECIMAL) {
      const response = await expectRefused('get', `/api/articles/${id}`);
      expect(response.body.errors[0].path).toBe('id');
      await expectRefused('get', `/api/articles/${id}/export?format=json`);
      await expectRefused('post', `/api/articles/${id}/extract`);
      await expectRefused('patch', `/api/articles/${id}`, { title: 'x' });
      await expectRefused('get', `/api/claims/${id}`);
      await expectRefused('get', `/api/claims/${id}/related`);
      await expectRefused('get', `/api/claims/${id}/history`);
      await expectRefused('post', `/api/claims/${id}/review`, { action: 'take', version: 1 });
      await expectRefused('post', `/api/claims/${id}/attributions`, { sourceId: 1, role: 'speaker' });
      await expectRefused('delete', `/api/claims/${claimId}/attributions/${id}`);
      await expectRefused('post', `/api/claims/${id}/evidence`, { stance: 'context', url: 'https://example.org' });
      await expectRefused('delete', `/api/claims/${claimId}/evidence/${id}`);
      await expectRefused('get', `/api/sources/${id}`);
      await expectRefused('patch', `/api/sources/${id}`, { name: 'x' });
      await expectRefused('post', `/api/sources/${id}/merge`, { intoId: 2 });
      await expectRefused('patch', `/api/users/${id}`, { displayName: 'x' });
    }
  });

  it('deletes nothing when a fuzzer sends DELETE /api/articles/%201', async () => {
    await expectRefused('delete', '/api/articles/%201');
    await expectRefused('delete', '/api/articles/0x1');
    await t.http.get('/api/articles/1').set(bearer(token)).expect(200);
  });

  it('refuses numbers in queries that are not plain decimal digits: ids, versions, limits, days', async () => {
    for (const n of NOT_DECIMAL) {
      for (const url of [
        `/api/claims?articleId=${n}`,
        `/api/claims?sourceId=${n}`,
        `/api/claims?assigneeId=${n}`,
        `/api/claims?limit=${n}`,
        `/api/articles?limit=${n}`,
        `/api/sources?limit=${n}`,
        `/api/stats/activity?limit=${n}`,
        `/api/stats/flow?days=${n}`,
        `/api/exports/claims?format=csv&articleId=${n}`,
      ]) {
        const response = await expectRefused('get', url);
        expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual([url.split('?')[1].split('&').pop()!.split('=')[0]]);
      }
      await expectRefused('delete', `/api/claims/${claimId}/attributions/1?version=${n}`);
      await expectRefused('delete', `/api/claims/${claimId}/evidence/1?version=${n}`);
    }
    const page = await t.http.get('/api/claims?articleId=1&limit=10').set(bearer(token)).expect(200);
    expect(page.body.items.length).toBe(10);
  });

  it('refuses version=0x10 on a DELETE and leaves the attribution in place', async () => {
    const claim = (await t.http.get(`/api/claims/${claimId}`).set(bearer(token)).expect(200)).body;
    const attribution = claim.attributions[0];
    await expectRefused('delete', `/api/claims/${claimId}/attributions/${attribution.id}?version=0x${claim.version.toString(16)}`);
    const after = (await t.http.get(`/api/claims/${claimId}`).set(bearer(token)).expect(200)).body;
    expect(after.attributions.map((a: { id: number }) => a.id)).toContain(attribution.id);
  });

  it("answers the desk's pages for such ids with a missing page, never another record's", async () => {
    const cookie = `claimtrack_session=${token}`;
    await t.http.get('/articles/1').set('cookie', cookie).expect(200);
    for (const id of NOT_DECIMAL) {
      for (const page of ['articles', 'claims', 'sources']) {
        const response = await t.http.get(`/${page}/${id}`).set('cookie', cookie);
        expect({ page, id, status: response.status }).toEqual({ page, id, status: 404 });
      }
    }
  });
});
