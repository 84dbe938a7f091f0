import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createApp } from '../src/app.factory';
import { SESSION_COOKIE } from '../src/auth/session-cookie';
import { loadAppConfig } from '../src/config/app-config';
import { benchToken, generateDesk } from './generate-desk';

/** A desk of 100,000 claims: the dashboard's figures come from it. */
const WEB_DESK = { articles: 2000, claimsPerArticle: 50, sources: 1000 };
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 9);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface PageRun {
  firstPaintMs: number;
  readyMs: number;
  documentKb: number;
  scriptKb: number;
  styleKb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function call<T>(base: string, token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An article of 200 sentences with a claim on each, attributed to a source, through the public API. */
async function articleWith200Claims(base: string, token: string): Promise<number> {
  const sentences = Array.from({ length: 200 }, (_unused, i) => `Satz ${i + 1}: Nach Angaben der Quelle ${i % 40} wurden bereits ${1000 + i} Soldaten verlegt${i % 25 === 0 ? ' 🚨' : ''}.`);
  const body = sentences.join(' ');
  // A reused desk (BENCH_REUSE=1) has it from the last run.
  const existing = (await (await fetch(`${base}/api/articles?q=${encodeURIComponent('Benchmark: 200')}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { id: number; claimCount: number }[] };
  if (existing.items[0]?.claimCount === 200) return existing.items[0].id;
  const article = await call<{ id: number }>(base, token, '/api/articles', { title: 'Benchmark: 200 Behauptungen', body, language: 'de', extract: false });
  let offset = 0;
  for (const [i, sentence] of sentences.entries()) {
    const start = offset;
    const end = start + Array.from(sentence).length;
    offset = end + 1;
    const claim = await call<{ id: number }>(base, token, '/api/claims', { articleId: article.id, start, end, kind: 'statistic' });
    await call(base, token, `/api/claims/${claim.id}/attributions`, { sourceId: 1 + (i % 40), role: 'speaker', cue: 'nach Angaben' });
  }
  return article.id;
}

/**
 * Time to first render of the desk's two heaviest pages, measured in Chromium with a cold cache
 * each run: first contentful paint (the page is readable) and `desk-ready` (its script has drawn
 * everything), plus the bytes of document, script and style the page downloads.
 */
async function measure(browserUrl: string, token: string | null, url: string): Promise<PageRun[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const runs: PageRun[] = [];
  try {
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (token) await context.addCookies([{ name: SESSION_COOKIE, value: token, url: browserUrl, httpOnly: true, sameSite: 'Strict' }]);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // Both marks must be in: the first contentful paint can come after the page script's mark. The sign-in page marks no desk-ready.
      const marks = token ? ['desk-ready', 'first-contentful-paint'] : ['first-contentful-paint'];
      await page.waitForFunction((names) => names.every((name) => (globalThis as any).performance.getEntriesByName(name).length > 0), marks);
      const figures = await page.evaluate(() => {
        const performance = (globalThis as any).performance;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const ready = performance.getEntriesByName('desk-ready')[0] ?? paint;
        const navigation = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource') as { name: string; encodedBodySize: number }[];
        const kb = (suffix: RegExp) => resources.filter((r) => suffix.test(new URL(r.name).pathname)).reduce((sum, r) => sum + r.encodedBodySize, 0) / 1024;
        return { firstPaintMs: paint?.startTime ?? NaN, readyMs: ready.startTime, documentKb: navigation.encodedBodySize / 1024, scriptKb: kb(/\.js$/), styleKb: kb(/\.css$/) };
      });
      if (run > 0) runs.push(figures); // the first run warms the server (JIT, SQLite page cache)
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return runs;
}

export async function benchWeb(): Promise<void> {
  const dir = join(process.cwd(), 'data', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'web-desk.sqlite');
  if (process.env.BENCH_REUSE !== '1' || !existsSync(file)) {
    const started = Date.now();
    console.log(`Generating the web desk (${WEB_DESK.articles * WEB_DESK.claimsPerArticle} claims)…`);
    await generateDesk(file, WEB_DESK);
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const config = { ...loadAppConfig({}), database: { type: 'sqlite' as const, path: file }, seedDemo: false };
  const app = await createApp({ config, requestLog: false, logLevels: ['error'] });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const token = await benchToken(base);
    const articleId = await articleWith200Claims(base, token);
    const rows = [];
    // Baseline, measured first: the sign-in page, signed out. The same shell, style sheet and shared
    // script with almost no content, so what any page of this desk costs in this browser on this machine.
    const pages = [['sign-in page (baseline)', null, '/login'], ['article page, 200 claims', token, `/articles/${articleId}`], ['dashboard, 100,000 claims', token, '/']] as const;
    let baseline = NaN;
    for (const [name, session, path] of pages) {
      const runs = await measure(base, session, `${base}${path}`);
      const last = runs[runs.length - 1];
      const firstPaint = median(runs.map((r) => r.firstPaintMs));
      if (session === null) baseline = firstPaint;
      rows.push({
        page: name,
        'first paint ms (median)': Math.round(firstPaint),
        'ratio to baseline': `${(firstPaint / baseline).toFixed(2)}×`,
        'ready ms (median)': Math.round(median(runs.map((r) => r.readyMs))),
        'ready ms (max)': Math.round(Math.max(...runs.map((r) => r.readyMs))),
        'document KB': Number(last.documentKb.toFixed(1)),
        'script KB': Number(last.scriptKb.toFixed(1)),
        'style KB': Number(last.styleKb.toFixed(1)),
      });
    }
    console.log(`${RUNS} cold-cache loads of each page:`);
    console.table(rows);
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  benchWeb().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
