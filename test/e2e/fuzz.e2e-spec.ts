import { formatReport, FUZZ_APP, FuzzReport, runFuzz } from '../fuzz/fuzz';
import { ROUTES } from '../fuzz/generator';
import { TestApp } from '../support/test-app';

/**
 * The fuzzer of `npm run -s fuzz`, smaller: 1,500 generated requests (hostile ones and a share of
 * valid ones, as every role and as nobody) over every writing route, then the database itself is
 * checked against what the answers acknowledged. Seed fixed, so a failure can be replayed with
 * `npm run -s fuzz -- --requests 1500 --seed 20241024`.
 */
describe('fuzzing every writing route', () => {
  let t: TestApp;
  let report: FuzzReport;
  beforeAll(async () => {
    t = await TestApp.start(FUZZ_APP);
    report = await runFuzz(t, { requests: 1_500, seed: 20241024, concurrency: 4 });
  }, 180_000);
  afterAll(() => t.close());

  it('answers every request, none with a 5xx, each as the generator knew it must', () => {
    const summary = formatReport(report);
    expect({ serverErrors: report.serverErrors, oracleViolations: report.oracleViolations, summary }).toEqual({ serverErrors: [], oracleViolations: [], summary });
    expect(Object.values(report.byStatus).reduce((a, b) => a + b, 0)).toBe(1_500);
  });

  it('reached every writing route, with answers that wrote and answers that refused', () => {
    const reached = ROUTES.map((route) => {
      const statuses = Object.keys(report.byRoute[route]).map(Number);
      return { route, wrote: statuses.some((s) => s >= 200 && s < 300), refused: statuses.some((s) => s >= 400 && s < 500) };
    });
    expect(reached).toEqual(ROUTES.map((route) => ({ route, wrote: true, refused: true })));
  });

  it('left the database holding exactly the acknowledged writes: counts, claims, sessions, merges, history, tallies', () => {
    expect(report.counts.filter((c) => c.actual !== c.expected)).toEqual([]);
    // The run moved what it claims to check.
    const moved = Object.fromEntries(report.counts.map((c) => [c.table, c.actual > c.initial]));
    expect(moved).toMatchObject({ users: true, articles: true, claims: true, attributions: true, evidence: true, sources: true, sourceMerges: true, reviewEvents: true, authTokens: true, loginAttempts: true });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    if (t.db.dialect === 'sqlite') expect(report.integrity).toBe('integrity_check: ok; foreign_key_check: 0 violations');
  });
});
