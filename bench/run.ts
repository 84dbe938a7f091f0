import { benchDesk, ScenarioResult } from './desk-bench';

/**
 * `npm run bench`: figures, not pass/fail. Each measurement stands beside a baseline measured in the
 * same run on the same machine, and the ratio is what to compare across machines.
 * BENCH_SECONDS (default 10) sets each load run's length; BENCH_REUSE=1 keeps an existing desk file.
 */
function printTable(results: ScenarioResult[]): void {
  const rows = results.map((r) => ({
    scenario: r.name,
    'app req/s': Math.round(r.app.requestsPerSecond),
    'app p99 ms': r.app.p99Ms,
    'app mean ms': Number(r.app.meanMs.toFixed(1)),
    'baseline req/s': Math.round(r.baseline.requestsPerSecond),
    'baseline p99 ms': r.baseline.p99Ms,
    'ratio (app/baseline)': `${((r.app.requestsPerSecond / r.baseline.requestsPerSecond) * 100).toFixed(0)} %`,
    errors: r.app.non2xx + r.baseline.non2xx,
  }));
  console.table(rows);
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const desk = await benchDesk({ seconds, connections: 32, reuse: process.env.BENCH_REUSE === '1' });
  console.log('\nDesk: 1,000,000 claims; targets: list ≥ 60 % of baseline req/s with p99 < 20 ms at 32 connections, deep page as fast as the first, stats < 100 ms');
  printTable(desk);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
