import type { TestApp } from '../../support/test-app';
import { bearer } from '../../support/test-app';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A German wire article of its own (number `n` makes the body unique), with attributed statements the extractor finds. */
export function wireArticle(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `Meldung ${n}`,
    body: `Nach Angaben des südkoreanischen Geheimdienstes halten sich ${1000 + n} nordkoreanische Soldaten in Russland auf. Moskau bestreitet das, sagte ein Sprecher des Kreml am Freitag. Meldung Nummer ${n}.`,
    language: 'de',
    outlet: 'Testdienst',
    ...extra,
  };
}

export const jsonLines = (rows: unknown[]) => rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n') + '\n';

/** Polls GET /api/imports/:id until the job is done (or the time runs out, which fails the test). */
export async function importDone(t: TestApp, token: string, id: number, ms = 60_000): Promise<Record<string, any>> {
  const until = Date.now() + ms;
  for (;;) {
    const job = (await t.http.get(`/api/imports/${id}`).set(bearer(token)).expect(200)).body;
    if (job.state === 'done') return job;
    if (Date.now() > until) throw new Error(`import ${id} not done in ${ms} ms: ${JSON.stringify(job)}`);
    await sleep(100);
  }
}

/** Intake settings for tests: background work polls fast, retries wait milliseconds. */
export const FAST_INTAKE = {
  pollIntervalMs: 100,
  webhookRetryBaseMs: 100,
  webhookRetryMaxMs: 400,
  webhookTimeoutMs: 2000,
};
