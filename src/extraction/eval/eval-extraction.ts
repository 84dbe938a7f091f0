import { CodePointIndex } from '../../common/text/code-points';
import { extractClaims } from '../index';
import { findGoldDir, loadGold } from './gold';
import { finish, score, type Score } from './score';

/**
 * Evaluation of the extractor on the annotated texts in fixtures/extraction: precision, recall
 * and F1 of attributed claims per text and overall. `--verbose` lists misses and spurious claims.
 * Run after build: `node dist/src/extraction/eval/eval-extraction.js [--verbose] [--min-f1 0.8]`.
 */
function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const minIdx = argv.indexOf('--min-f1');
  const minF1 = minIdx >= 0 ? Number(argv[minIdx + 1]) : 0;
  const golds = loadGold(findGoldDir());
  const rows: [string, Score][] = [];
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const g of golds) {
    const result = extractClaims(g.body, { language: g.language, title: g.title });
    const cp = new CodePointIndex(g.body);
    const s = score(g, result.claims, (o) => cp.toUnitOffset(o));
    rows.push([g.name, s]);
    tp += s.tp;
    predicted += s.predicted;
    gold += s.gold;
  }
  const overall = finish(tp, predicted, gold);
  const pct = (x: number) => x.toFixed(3);
  const width = Math.max(...rows.map(([n]) => n.length), 7);
  console.log(`${'text'.padEnd(width)}  gold  pred    tp  precision  recall     f1`);
  for (const [name, s] of rows) {
    console.log(`${name.padEnd(width)}  ${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${String(s.tp).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(5)}`);
    if (verbose) {
      for (const m of s.missed) console.log(`    missed:   ${m}`);
      for (const m of s.spurious) console.log(`    spurious: ${m}`);
    }
  }
  console.log(`${'overall'.padEnd(width)}  ${String(gold).padStart(4)}  ${String(predicted).padStart(4)}  ${String(tp).padStart(4)}  ${pct(overall.precision).padStart(9)}  ${pct(overall.recall).padStart(6)}  ${pct(overall.f1).padStart(5)}`);
  return overall.f1 >= minF1 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
