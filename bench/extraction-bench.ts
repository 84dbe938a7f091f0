import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFixture } from '../src/demo/demo-article';
import { extractClaims } from '../src/extraction';
import { baselineSentenceSplit } from '../src/extraction/bench-baseline';

/** News-like text of about `bytes`: the seed article and the annotated test texts, repeated. */
function newsText(bytes: number): string {
  const dir = join(findFixture('extraction'));
  const texts = [readFileSync(findFixture('ntv-2024-10-24-nordkorea-soldaten-russland.txt'), 'utf8'), ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'))];
  const german = texts.filter((t) => /\b(der|die|und|sagte)\b/.test(t)).join('\n\n');
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += german + '\n\n';
  return text;
}

function mbPerSecond(bytes: number, run: () => unknown, rounds: number): number {
  run(); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (bytes * rounds) / 1e6 / seconds;
}

/** Extraction throughput on one core beside a regex sentence split of the same text, at two sizes to show memory stays flat. */
export async function benchExtraction(): Promise<void> {
  const rows = [];
  for (const megabytes of [4, 8]) {
    const text = newsText(megabytes * 1e6);
    const bytes = Buffer.byteLength(text);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let claims = 0;
    const extraction = mbPerSecond(bytes, () => (claims = extractClaims(text, { language: 'de' }).claims.length), 2);
    const heapAfter = process.memoryUsage().heapUsed;
    const baseline = mbPerSecond(bytes, () => baselineSentenceSplit(text), 5);
    rows.push({
      'text MB': Number((bytes / 1e6).toFixed(1)), claims, 'extraction MB/s': Number(extraction.toFixed(1)), 'baseline split MB/s': Number(baseline.toFixed(0)),
      'ratio': `${((extraction / baseline) * 100).toFixed(1)} %`, 'heap growth MB (incl. result)': Number(((heapAfter - heapBefore) / 1e6).toFixed(0)),
    });
  }
  console.table(rows);
}
