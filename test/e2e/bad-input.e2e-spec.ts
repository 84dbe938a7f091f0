import { bearer, TestApp } from '../support/test-app';
/**
 * A battery of malformed inputs against every writing route and the lists: wrong JSON types, nulls,
 * NUL characters, out-of-range numbers, forged cursors. Each must get a 4xx answer, never a 500.
 */
it('answers malformed input with 4xx, never 500', async () => {
  const t = await TestApp.start({ seedDemo: true });
  const token = await t.adminToken();
  const bodies: unknown[] = [{ title: 'x', body: 'Null\u0000byte', language: 'de' }, [], null, 'x', 42, { title: null }, { title: ['a'] }, { body: { a: 1 } }, {}, { action: 'take', version: '1' }, { action: 'take', version: 1.5 }, { start: '0', end: '5', articleId: 1 }, { sourceId: 'x', role: 'speaker' }, { stance: 'supports', claimId: 0 }, { name: 'x'.repeat(5000), type: 'person' }, { intoId: -1 }, { aliases: [null] }, { wireAgencies: [1, 2] }, { publishedAt: '2024-13-45' }, { url: 'ftp://x' }, { email: 'a@b.c', password: 'p'.repeat(300) }];
  const posts = ['/api/articles', '/api/sources', '/api/claims', '/api/claims/1/review', '/api/claims/1/attributions', '/api/claims/1/evidence', '/api/sources/1/merge', '/api/users', '/api/auth/login', '/api/articles/1/extract', '/session'];
  const found: string[] = [];
  for (const path of posts) for (const body of bodies) {
    const r = await t.http.post(path).set(bearer(token)).set('content-type', 'application/json').send(JSON.stringify(body));
    if (r.status >= 500) found.push(`POST ${path} ${JSON.stringify(body)} -> ${r.status} ${r.text.slice(0, 200)}`);
  }
  for (const path of ['/api/articles/1', '/api/sources/1', '/api/users/1']) for (const body of bodies) {
    const r = await t.http.patch(path).set(bearer(token)).set('content-type', 'application/json').send(JSON.stringify(body));
    if (r.status >= 500) found.push(`PATCH ${path} ${JSON.stringify(body)} -> ${r.status} ${r.text.slice(0, 200)}`);
  }
  for (const q of ['/api/claims?cursor=eyJhZnRlciI6IngifQ', '/api/claims?text=%00', '/api/articles?q=%25%25%25', '/api/articles?publishedFrom=yesterday', '/api/sources?q=' + 'x'.repeat(1000), '/api/claims?sourceId=1&status=corroborated&orphaned=maybe', '/api/articles/1/export?format=pdf&rows=x', '/api/exports/claims?format=csv&limit=5', '/api/stats?x=1', '/api/claims/1/related', '/articles/abc', '/sources/0', '/articles?q=%E0%A4', '/api/claims?text=' + encodeURIComponent('ü\\_%'), '/articles?q=%00', '/sources?q=%00', '/articles?outlet=%00x']) {
    const r = await t.http.get(q).set(bearer(token)).set('cookie', `claimtrack_session=${token}`);
    if (r.status >= 500) found.push(`GET ${q} -> ${r.status} ${r.text.slice(0, 200)}`);
  }
  const r1 = await t.http.post('/api/articles').set(bearer(token)).set('content-type', 'text/plain').send('hello');
  if (r1.status >= 500) found.push(`text/plain -> ${r1.status}`);
  await t.close();
  expect(found).toEqual([]);
}, 120000);
