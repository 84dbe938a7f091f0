import { freshCounts, storedTallies } from '../support/fresh-count';
import { bearer, TestApp } from '../support/test-app';

/**
 * Deleting an article while its claims are being reviewed, and two admins deleting it at once: on
 * PostgreSQL both ran side by side and the desk's counts drifted (a claim taken out of the counts as
 * it was before its review step, while the step counted it in as it is after), and both deletes
 * answered 204. Found by the fuzzer.
 */
it('keeps the tallies when an article is deleted while its claims are reviewed', async () => {
  const t = await TestApp.start();
  try {
    const admin = await t.adminToken();
    const checker = await t.userWithRole('checker');
    for (let round = 0; round < 10; round++) {
      const body = Array.from({ length: 8 }, (_, i) => `Satz ${round}-${i}: Die Regierung meldete ${i} Soldaten.`).join(' ');
      const article = (await t.http.post('/api/articles').set(bearer(admin)).send({ title: `Race ${round}`, body, extract: false }).expect(201)).body;
      const claims: number[] = [];
      for (const sentence of body.match(/Satz [^.]+\./g)!) {
        const start = body.indexOf(sentence);
        claims.push((await t.http.post('/api/claims').set(bearer(checker.token)).send({ articleId: article.id, start, end: start + sentence.length }).expect(201)).body.id);
      }
      await Promise.all([
        t.http.delete(`/api/articles/${article.id}`).set(bearer(admin)).then((r) => r.status),
        ...claims.map((id) => t.http.post(`/api/claims/${id}/review`).set(bearer(checker.token)).send({ action: 'take', version: 1 }).then((r) => r.status)),
      ]);
    }
    expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
  } finally {
    await t.close();
  }
});

it('deletes an article once when two admins delete it at the same moment', async () => {
  const t = await TestApp.start();
  try {
    const admin = await t.adminToken();
    const statuses: number[] = [];
    for (let round = 0; round < 10; round++) {
      const body = `Runde ${round}: Die Regierung meldete 3000 Soldaten. Russland weist das zurück.`;
      const article = (await t.http.post('/api/articles').set(bearer(admin)).send({ title: `Twice ${round}`, body, extract: false }).expect(201)).body;
      await t.http.post('/api/claims').set(bearer(admin)).send({ articleId: article.id, start: 0, end: 20 }).expect(201);
      statuses.push(...(await Promise.all([1, 2].map(() => t.http.delete(`/api/articles/${article.id}`).set(bearer(admin)).then((r) => r.status)))));
    }
    // One delete per round; the other finds the article gone.
    expect(statuses.filter((status) => status === 204)).toHaveLength(10);
    expect(statuses.filter((status) => status === 404)).toHaveLength(10);
    expect(await storedTallies(t.db)).toEqual(await freshCounts(t.db));
  } finally {
    await t.close();
  }
});
