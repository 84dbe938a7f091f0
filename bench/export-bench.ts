import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../src/exports/formats';
import type { ExportSettings } from '../src/exports/report.types';
import { generateDesk } from './generate-desk';
import { syntheticReport } from './synthetic-report';

const SETTINGS: ExportSettings = { baseUrl: 'http://localhost:3000', organization: { name: 'Desk', url: 'https://desk.example' }, ratingLabels: 'de' };

async function timeIt(runs: number, work: () => unknown): Promise<number> {
  await work(); // warm-up: fonts, JIT
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await work();
  return Number(process.hrtime.bigint() - started) / 1e6 / runs;
}

/** Report rendering time for a 200-claim article, beside JSON.stringify of the same report as the floor. */
export async function benchReports(): Promise<void> {
  const report = syntheticReport(200);
  const baseline = await timeIt(20, () => JSON.stringify(report));
  const rows = [];
  for (const format of ['html', 'md', 'pdf'] as const) {
    const ms = await timeIt(format === 'pdf' ? 5 : 20, () => EXPORT_FORMATS[format].render(report, SETTINGS));
    rows.push({ format, 'ms per report (200 claims)': Number(ms.toFixed(1)), 'baseline JSON.stringify ms': Number(baseline.toFixed(2)), 'ratio': `${(ms / baseline).toFixed(0)}×` });
  }
  console.table(rows);
}

/** Peak memory of the whole-desk CSV export, streamed vs built in memory, at 100,000 and 200,000 claims. */
export async function benchDeskExportMemory(): Promise<void> {
  const dir = join(process.cwd(), 'data', 'bench');
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const articles of [2000, 4000]) {
    const file = join(dir, `export-${articles * 50}.sqlite`);
    if (process.env.BENCH_REUSE !== '1' || !existsSync(file)) await generateDesk(file, { articles, claimsPerArticle: 50, sources: 1000 });
    const measure = (mode: string) => JSON.parse(execFileSync(process.execPath, [join(__dirname, 'export-memory-child.js'), file, mode], { encoding: 'utf8' })) as { idleRssMb: number; maxRssMb: number; bytes: number };
    const streamed = measure('streamed');
    const inMemory = measure('in-memory');
    rows.push({ claims: articles * 50, 'process loaded, idle RSS MB': streamed.idleRssMb, 'streamed peak RSS MB': streamed.maxRssMb, 'in-memory peak RSS MB': inMemory.maxRssMb, 'CSV MB': Number((streamed.bytes / 1e6).toFixed(1)) });
  }
  console.table(rows);
}
