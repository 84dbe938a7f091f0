import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../src/exports/formats';
import type { ExportSettings } from '../src/exports/report.types';
import { benchToken, generateDesk } from './generate-desk';
import { startServer } from './load';
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

const SERVER_PORT = 3997;

/** Resident memory of a process in MB: anonymous (heap and native) and file-backed (code, and the memory-mapped database). */
function residentMb(pid: number): { anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { anon: Math.round(kb('RssAnon') / 1024), file: Math.round(kb('RssFile') / 1024) };
}

/**
 * The streamed export as a newsroom runs it: `GET /api/exports/claims?format=csv` from the real
 * service in its own process, its resident memory sampled every 10 ms while the download runs.
 */
async function measureServerExport(file: string): Promise<{ idle: { anon: number; file: number }; peak: { anon: number; file: number }; seconds: number }> {
  const server = await startServer(join(__dirname, 'app-server.js'), [file, String(SERVER_PORT)]);
  try {
    const base = `http://127.0.0.1:${SERVER_PORT}`;
    const token = await benchToken(base);
    const pid = server.pid!;
    const idle = residentMb(pid);
    const peak = { ...idle };
    const sampler = setInterval(() => {
      const now = residentMb(pid);
      peak.anon = Math.max(peak.anon, now.anon);
      peak.file = Math.max(peak.file, now.file);
    }, 10);
    const started = Date.now();
    const response = await fetch(`${base}/api/exports/claims?format=csv`, { headers: { authorization: `Bearer ${token}` } });
    for await (const _chunk of response.body!) { /* read and drop, as a download to disk would */ }
    clearInterval(sampler);
    return { idle, peak, seconds: (Date.now() - started) / 1000 };
  } finally {
    server.kill();
  }
}

/**
 * Peak memory of the whole-desk CSV export at 100,000 and 200,000 claims: first the exporter alone,
 * streamed beside the same export built in memory (each in a fresh process, so its peak is its own);
 * then the streamed export from the running service, with resident memory split into anonymous
 * (heap and native: what the export holds) and file-backed (the memory-mapped database file, which
 * the kernel can drop at any time).
 */
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
    const server = await measureServerExport(file);
    rows.push({
      claims: articles * 50, 'CSV MB': Number((streamed.bytes / 1e6).toFixed(1)),
      'exporter idle RSS MB': streamed.idleRssMb, 'streamed peak RSS MB': streamed.maxRssMb, 'in-memory peak RSS MB': inMemory.maxRssMb,
      'service: idle anon + file MB': `${server.idle.anon} + ${server.idle.file}`, 'service: peak anon + file MB': `${server.peak.anon} + ${server.peak.file}`,
      'service: export s': server.seconds,
    });
  }
  console.table(rows);
}
