import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { ExtractedClaim, ExtractionLanguage, SourceRef } from '../types';

/**
 * The development corpus (`../shared/corpus`, kept out of the repository): per language a folder of
 * texts (title line, blank line, body) and a gold.json, scored exactly as the corpus README says.
 * Gold spans are code points into the whole file; the extractor sees the body, so spans are moved by
 * the body's offset before comparing.
 */
export interface CorpusClaim {
  exact: string;
  sources: string[];
  via: string[];
  /** Code points into the file. */
  start: number;
  end: number;
}

export interface CorpusDoc {
  name: string;
  language: ExtractionLanguage;
  text: string;
  title: string;
  /** Code point where the body starts in the file. */
  bodyStart: number;
  body: string;
  claims: CorpusClaim[];
  optional: CorpusClaim[];
  aliases: Record<string, string[]>;
}

interface RawCorpusGold {
  language: ExtractionLanguage;
  aliases: Record<string, string[]>;
  docs: Record<string, { claims: RawClaim[]; optional?: RawClaim[] }>;
}
interface RawClaim {
  exact: string;
  sources: string[];
  via?: string[];
}

const codePoints = (s: string): number => [...s].length;

export function loadCorpus(root: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const folder of ['de', 'en']) {
    const goldPath = join(root, folder, 'gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as RawCorpusGold;
    for (const [name, doc] of Object.entries(gold.docs).sort(([a], [b]) => a.localeCompare(b))) {
      const text = readFileSync(join(root, folder, name), 'utf8');
      const newline = text.indexOf('\n');
      const title = text.slice(0, newline).trim();
      let bodyAt = newline + 1;
      while (text[bodyAt] === '\n' || text[bodyAt] === '\r') bodyAt++;
      const anchor = (claim: RawClaim): CorpusClaim => {
        const at = text.indexOf(claim.exact);
        if (at < 0) throw new Error(`${folder}/${name}: gold text not found: ${claim.exact}`);
        const start = codePoints(text.slice(0, at));
        return { exact: claim.exact, sources: claim.sources, via: claim.via ?? [], start, end: start + codePoints(claim.exact) };
      };
      docs.push({
        name: `${folder}/${name}`, language: gold.language, text, title, bodyStart: codePoints(text.slice(0, bodyAt)), body: text.slice(bodyAt),
        claims: doc.claims.map(anchor), optional: (doc.optional ?? []).map(anchor), aliases: gold.aliases,
      });
    }
  }
  return docs;
}

/** Case, accents, hyphens and -isation/-ization folded away, as the README's rule says. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-‐‑–]/g, ' ').replace(/is(ation|ed|e|ing)\b/g, 'iz$1').replace(/\s+/g, ' ').trim();
}

/** Whether a source name resolves to a key: one of its aliases stands inside the name, or the name (4+ letters) inside an alias. */
export function nameResolvesTo(name: string, aliases: readonly string[]): boolean {
  const folded = foldName(name);
  if (!folded) return false;
  return aliases.some((alias) => {
    const a = foldName(alias);
    return (a.length > 0 && folded.includes(a)) || (folded.replace(/[^\p{L}]/gu, '').length >= 4 && a.includes(folded));
  });
}

function namesOf(claim: ExtractedClaim): string[] {
  return claim.attributions.flatMap(({ source }: { source: SourceRef }) => [source.name, ...source.aliases, ...(source.affiliation ? [source.affiliation.name] : [])]);
}

export interface CorpusScore {
  name: string;
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  spurious: string[];
}

/** Scores one document's extractions (spans in code points into the body). */
export function scoreCorpusDoc(doc: CorpusDoc, extracted: readonly ExtractedClaim[]): CorpusScore {
  const attributed = extracted.filter((c) => c.attributions.length > 0).map((claim) => ({ claim, start: claim.quote.start + doc.bodyStart, end: claim.quote.end + doc.bodyStart, names: namesOf(claim) }));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const sourceMatches = (names: string[], keys: string[]) => keys.some((key) => names.some((name) => nameResolvesTo(name, doc.aliases[key] ?? [])));
  const missed: string[] = [];
  let found = 0;
  for (const g of doc.claims) {
    if (attributed.some((p) => overlaps(p, g) && sourceMatches(p.names, [...g.sources, ...g.via]))) found++;
    else missed.push(g.exact);
  }
  const spurious: string[] = [];
  let correct = 0;
  for (const p of attributed) {
    const ok = doc.claims.some((g) => overlaps(p, g) && sourceMatches(p.names, [...g.sources, ...g.via]))
      || doc.optional.some((g) => overlaps(p, g) && (g.sources.length + g.via.length === 0 || sourceMatches(p.names, [...g.sources, ...g.via])));
    if (ok) correct++;
    else spurious.push(`${p.claim.quote.exact}  <- ${p.names.join(' | ')}`);
  }
  const precision = attributed.length === 0 ? (doc.claims.length === 0 ? 1 : 0) : correct / attributed.length;
  const recall = doc.claims.length === 0 ? 1 : found / doc.claims.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { name: doc.name, gold: doc.claims.length, found, predicted: attributed.length, correct, precision, recall, f1, missed, spurious };
}
