import { benchDesk, MixedResult, ScenarioResult } from './desk-bench';
import { benchDeskExportMemory, benchReports } from './export-bench';
import { benchExtraction } from './extraction-bench';
import { benchImports } from './import-bench';
import { benchWeb } from './web-bench';

/**
 * `npm run bench`: figures, not pass/fail. Each measurement stands beside a baseline measured in the
 * same run on the same machine, and the ratio is what to compare across machines.
 * BENCH_SECONDS (default 10) sets each load run's length; BENCH_REUSE=1 keeps existing desk files;
 * BENCH_ONLY=desk,extraction,exports,web,imports picks sections.
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

/**
 * Little's law: with every connection always waiting for its answer, mean latency = connections ÷
 * throughput. The baseline's throughput (the same SQL with no framework) therefore sets the lowest
 * mean latency any app can reach at this many connections on this machine.
 */
function printLatencyFloor(result: ScenarioResult, connections: number): void {
  const floorMs = (connections / result.baseline.requestsPerSecond) * 1000;
  console.log(`At ${connections} connections mean latency = connections ÷ throughput: the baseline's ${Math.round(result.baseline.requestsPerSecond)} req/s is a mean of ${floorMs.toFixed(0)} ms (p99 ${result.baseline.p99Ms} ms) with no framework at all; a p99 under 50 ms needs more than ${connections * 20} req/s.`);
}

function printMixed(results: MixedResult[]): void {
  console.table(results.map((r) => ({
    database: r.database, 'read req/s': Math.round(r.reads.requestsPerSecond), 'read p99 ms': r.reads.p99Ms, 'verdicts sent': r.verdictsSent,
    acknowledged: r.verdictsAcknowledged, 'found committed': r.verdictsFoundCommitted, lost: r.verdictsAcknowledged - r.verdictsFoundCommitted, 'verdict p99 ms': r.verdictP99Ms,
  })));
}

/** BENCH_ONLY=desk,exports runs only those sections (all by default). */
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const wanted = (section: string) => only.length === 0 || only.includes(section);

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (wanted('desk')) {
    const desk = await benchDesk({ seconds, connections: 32, reuse: process.env.BENCH_REUSE === '1', postgres: process.env.BENCH_POSTGRES !== '0' });
    console.log('\nDesk on SQLite: 1,000,000 claims, 2 read connections beside the writer; targets: list ≥ 80 % of the baseline (same SQL, same read pool) with p99 < 50 ms at 32 connections, and ≥ 1.5× the single-connection list; stats < 100 ms; a full-text search < 100 ms (mean and p99 at 1 connection, beside the plain list at 1 connection)');
    printTable(desk.sqlite);
    const [first] = desk.sqlite;
    console.log(`Same list with one read connection: ${Math.round(desk.singleReader.requestsPerSecond)} req/s, p99 ${desk.singleReader.p99Ms} ms → the read pool gives ${(first.app.requestsPerSecond / desk.singleReader.requestsPerSecond).toFixed(2)}×`);
    console.log(`The baseline with one read connection: ${Math.round(desk.baselineSingleReader.requestsPerSecond)} req/s → the read pool gives it ${(first.baseline.requestsPerSecond / desk.baselineSingleReader.requestsPerSecond).toFixed(2)}×`);
    printLatencyFloor(first, 32);
    if (desk.postgres.length) {
      console.log('\nDesk on PostgreSQL (the same desk copied): targets: list at least as fast as on SQLite, stats < 100 ms; a full-text search < 100 ms (mean and p99 at 1 connection, beside the plain list at 1 connection)');
      printTable(desk.postgres);
      printLatencyFloor(desk.postgres[0], 32);
    }
    console.log('\nMixed: the list at 32 connections while an editor commits verdicts at 20/s; target: every acknowledged verdict in the database');
    printMixed(desk.mixed);
  }
  if (wanted('extraction')) {
    console.log('\nExtraction: throughput on one core (target ≥ 5 MB/s and ≥ a third of the baseline; baseline: a regex sentence split of the same text)');
    await benchExtraction();
  }
  if (wanted('web')) {
    console.log('\nWeb desk: first render in Chromium of the article page (200 claims) and the dashboard (100,000 claims), cold cache, and what the pages download (targets: first paint and ready < 300 ms, < 200 KB of script and style; baseline: the sign-in page)');
    await benchWeb();
  }
  if (wanted('imports')) {
    console.log('\nBulk import with extraction: the command line and the API\'s background job, on SQLite and PostgreSQL (target: ≥ 50 % of the extractor alone over the same texts)');
    await benchImports({ postgres: process.env.BENCH_POSTGRES !== '0', postgresUrl: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  }
  if (wanted('exports')) {
    console.log('\nReports: render time of an article with 200 claims (baseline: JSON.stringify of the same report)');
    await benchReports();
    console.log('\nWhole-desk CSV export: peak memory, streamed vs built in memory (target: streamed < 150 MB and flat as the count doubles)');
    await benchDeskExportMemory();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
