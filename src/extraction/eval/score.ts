import { stemWords } from '../registry/keys';
import { resolveRegistrySource } from '../registry/resolve';
import type { ExtractedClaim, SourceRef } from '../types';
import type { GoldFile } from './gold';

/**
 * Precision, recall and F1 of attributed claims. A predicted claim (with at least one attribution)
 * matches a gold claim when the spans overlap and one of its sources is one of the gold sources
 * (same registry entry, or the same name up to case, accents and inflection). One-to-one, greedy.
 */
export interface Score {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  spurious: string[];
}

export function sourceMatches(source: SourceRef, goldName: string): boolean {
  const entry = resolveRegistrySource(goldName);
  if (entry && source.registryId === entry.id) return true;
  const gold = stemWords(goldName);
  for (const name of [source.name, ...source.aliases]) {
    const pred = stemWords(name);
    if (pred.join(' ') === gold.join(' ')) return true;
    // `Regierungskreise in Seoul` ~ `Regierungskreise`, `Oberst Li Wenhao` ~ `Li Wenhao`.
    if (pred.length > 0 && gold.length > 0 && (gold.every((w) => pred.includes(w)) || pred.every((w) => gold.includes(w)))) return true;
  }
  return false;
}

export function score(gold: GoldFile, predicted: readonly ExtractedClaim[], toUnit: (cp: number) => number): Score {
  const attributed = predicted.filter((c) => c.attributions.length > 0);
  const used = new Set<number>();
  let tp = 0;
  const missed: string[] = [];
  for (const g of gold.claims) {
    let hit = -1;
    for (let i = 0; i < attributed.length && hit < 0; i++) {
      if (used.has(i)) continue;
      const c = attributed[i];
      const start = toUnit(c.quote.start);
      const end = toUnit(c.quote.end);
      if (start < g.end && g.start < end && c.attributions.some((a) => g.sources.some((s) => sourceMatches(a.source, s)))) hit = i;
    }
    if (hit >= 0) {
      used.add(hit);
      tp++;
    } else missed.push(g.exact);
  }
  const spurious = attributed.filter((_, i) => !used.has(i)).map((c) => `${c.quote.exact}  <- ${c.attributions.map((a) => a.source.name).join(', ')}`);
  return finish(tp, attributed.length, gold.claims.length, missed, spurious);
}

export function finish(tp: number, predicted: number, goldCount: number, missed: string[] = [], spurious: string[] = []): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = goldCount === 0 ? 0 : tp / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold: goldCount, precision, recall, f1, missed, spurious };
}
