import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';
import { formatReport, FUZZ_APP, runFuzz } from './fuzz';

/**
 * `npm run -s fuzz -- --requests 10000 [--seed N] [--concurrency 4]`: one fuzz run against a fresh
 * app with the demo desk, on SQLite, or on a fresh PostgreSQL database when DATABASE_URL=postgres://….
 * Prints the status histogram per route and overall, the 5xx, the oracle violations and the database
 * check; writes every finding to test-artifacts/fuzz-<dialect>-<seed>.json. Exits 1 on any 5xx,
 * oracle violation or count mismatch.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number, got "${process.argv[at + 1]}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const requests = option('requests', 10_000);
  const seed = option('seed', 1);
  const concurrency = option('concurrency', 4);
  const t = await TestApp.start(FUZZ_APP);
  let failed = true;
  try {
    console.log(`fuzzing ${requests} requests (seed ${seed}, concurrency ${concurrency}) on ${t.db.dialect}`);
    const report = await runFuzz(t, { requests, seed, concurrency, log: (line) => console.log(line) });
    console.log(formatReport(report));
    const folder = join(process.cwd(), 'test-artifacts');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `fuzz-${report.dialect}-${seed}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    console.log(`findings and figures: ${file}`);
    failed = !report.ok;
  } finally {
    await t.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
