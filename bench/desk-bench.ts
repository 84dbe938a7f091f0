import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { encodeCursor } from '../src/common/pagination/cursor';
import { benchToken, FULL_DESK, generateDesk } from './generate-desk';
import { load, LoadResult, startServer } from './load';

const APP_PORT = 3901;
const BASELINE_PORT = 3902;

export interface ScenarioResult {
  name: string;
  app: LoadResult;
  baseline: LoadResult;
}

function mean(runs: LoadResult[]): LoadResult {
  const avg = (pick: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return { requestsPerSecond: avg((r) => r.requestsPerSecond), p99Ms: avg((r) => r.p99Ms), meanMs: avg((r) => r.meanMs), non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0) };
}

function firstRow<T>(file: string, sql: string): Promise<T> {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  return new Promise((resolve, reject) => db.get(sql, (error, row) => { db.close(); return error ? reject(error) : resolve(row as T); }));
}

/**
 * The desk benchmark of the service-foundation issue: the claim list (status + source filter, first
 * and a deep cursor page) and /api/stats on a 1,000,000-claim desk, each beside the bare baseline.
 */
export async function benchDesk(options: { seconds: number; connections: number; reuse: boolean }): Promise<ScenarioResult[]> {
  const dir = join(process.cwd(), 'data', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'desk.sqlite');
  if (!options.reuse || !existsSync(file)) {
    const started = Date.now();
    console.log(`Generating the desk (${FULL_DESK.articles * FULL_DESK.claimsPerArticle} claims, ${FULL_DESK.articles} articles, ${FULL_DESK.sources} sources)…`);
    await generateDesk(file);
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // The most cited source, and a cursor 100 claims from the end of its corroborated claims: hundreds of pages deep.
  const { sourceId, total } = await firstRow<{ sourceId: number; total: number }>(file, `SELECT t.scope_id AS sourceId, t.corroborated AS total FROM desk_tallies t WHERE t.scope = 'source' ORDER BY t.claims DESC LIMIT 1`);
  const { deepId } = await firstRow<{ deepId: number }>(file, `SELECT a.claim_id AS deepId FROM attributions a JOIN claims c ON c.id = a.claim_id WHERE a.source_id = ${sourceId} AND c.status = 'corroborated' ORDER BY a.claim_id ASC LIMIT 1 OFFSET 100`);
  console.log(`List filter: status=corroborated, sourceId=${sourceId} (${total} matching claims); deep page ≈ page ${Math.round((total - 100) / 50)}`);

  const app = await startServer(join(__dirname, 'app-server.js'), [file, String(APP_PORT)]);
  const baseline = await startServer(join(__dirname, 'baseline-server.js'), [file, String(BASELINE_PORT)]);
  try {
    const token = await benchToken(`http://127.0.0.1:${APP_PORT}`);
    const headers = { authorization: `Bearer ${token}` };
    const scenarios = [
      { name: 'claims list, first page', path: `/api/claims?status=corroborated&sourceId=${sourceId}&limit=50`, connections: options.connections },
      { name: 'claims list, deep cursor page', path: `/api/claims?status=corroborated&sourceId=${sourceId}&limit=50&cursor=${encodeCursor(deepId)}`, connections: options.connections },
      { name: 'stats', path: '/api/stats', connections: 1 },
    ];
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const appUrl = `http://127.0.0.1:${APP_PORT}${scenario.path}`;
      const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}${scenario.path}`;
      const run = { connections: scenario.connections, seconds: options.seconds };
      // Warm both so that neither pays for cold pages, then alternate so that neither always goes first.
      await load(appUrl, { ...run, seconds: 2, headers });
      await load(baselineUrl, { ...run, seconds: 2 });
      const appRuns: LoadResult[] = [];
      const baselineRuns: LoadResult[] = [];
      for (let round = 0; round < 2; round++) {
        appRuns.push(await load(appUrl, { ...run, seconds: run.seconds / 2, headers }));
        baselineRuns.push(await load(baselineUrl, { ...run, seconds: run.seconds / 2 }));
      }
      results.push({ name: `${scenario.name} (${scenario.connections} conn.)`, app: mean(appRuns), baseline: mean(baselineRuns) });
    }
    return results;
  } finally {
    app.kill();
    baseline.kill();
  }
}
