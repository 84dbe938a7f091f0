import { CodePointIndex } from '../../common/text/code-points';
import { extractClaims } from '../index';
import { loadCorpus, scoreCorpusDoc, type CorpusScore } from './corpus';
import { findGoldDir, loadGold } from './gold';
import { finish, score, type Score } from './score';

/**
 * Evaluation of the extractor on the annotated texts in fixtures/extraction: precision, recall
 * and F1 of attributed claims per text and overall. `--verbose` lists misses and spurious claims.
 * Run after build: `node dist/src/extraction/eval/eval-extraction.js [--verbose] [--min-f1 0.8]`;
 * `--corpus ../shared/corpus` scores the development corpus instead (see corpus.ts).
 */
function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const minIdx = argv.indexOf('--min-f1');
  const minF1 = minIdx >= 0 ? Number(argv[minIdx + 1]) : 0;
  const corpusIdx = argv.indexOf('--corpus');
  if (corpusIdx >= 0) return evalCorpus(argv[corpusIdx + 1], verbose, minF1);
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

/**
 * Scores a corpus folder as its README says: F1 per document, macro-averaged per language and
 * overall. Also counts extractions whose offsets do not give back their exact text (must be 0).
 */
function evalCorpus(root: string, verbose: boolean, minF1: number): number {
  const docs = loadCorpus(root);
  if (docs.length === 0) throw new Error(`no corpus (de/gold.json, en/gold.json) under ${root}`);
  const rows: (CorpusScore & { language: string })[] = [];
  let offsetErrors = 0;
  for (const doc of docs) {
    const result = extractClaims(doc.body, { language: doc.language, title: doc.title });
    const points = [...doc.body];
    offsetErrors += result.claims.filter((c) => points.slice(c.quote.start, c.quote.end).join('') !== c.quote.exact).length;
    rows.push({ ...scoreCorpusDoc(doc, result.claims), language: doc.language });
  }
  const f = (x: number) => x.toFixed(3).padStart(6);
  console.log(`${'text'.padEnd(10)}  gold found  pred  right  precision  recall     f1`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(10)}  ${String(row.gold).padStart(4)} ${String(row.found).padStart(5)} ${String(row.predicted).padStart(5)} ${String(row.correct).padStart(6)}     ${f(row.precision)}  ${f(row.recall)} ${f(row.f1)}`);
    if (verbose) {
      for (const m of row.missed) console.log(`    missed:   ${m}`);
      for (const m of row.spurious) console.log(`    spurious: ${m}`);
    }
  }
  const macro = (subset: typeof rows) => {
    const mean = (pick: (r: CorpusScore) => number) => subset.reduce((sum, r) => sum + pick(r), 0) / subset.length;
    return { precision: mean((r) => r.precision), recall: mean((r) => r.recall), f1: mean((r) => r.f1) };
  };
  const overall = macro(rows);
  for (const language of [...new Set(rows.map((r) => r.language))]) {
    const m = macro(rows.filter((r) => r.language === language));
    console.log(`macro ${language}:      P ${f(m.precision)}  R ${f(m.recall)}  F1 ${f(m.f1)}`);
  }
  console.log(`macro overall: P ${f(overall.precision)}  R ${f(overall.recall)}  F1 ${f(overall.f1)}`);
  console.log(`offsets that do not give back their exact text: ${offsetErrors}`);
  return overall.f1 >= minF1 && offsetErrors === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
