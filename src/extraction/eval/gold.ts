import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { findUpwards } from '../../common/files/find-upwards';
import type { ExtractionLanguage } from '../types';

/**
 * Gold annotations: a text and the attributed claims a checker would mark, anchored by exact
 * text (robust to edits elsewhere) with the source names that count as right.
 */
export interface GoldClaim {
  exact: string;
  sources: string[];
}

export interface GoldFile {
  name: string;
  language: ExtractionLanguage;
  title?: string;
  body: string;
  claims: (GoldClaim & { start: number; end: number })[];
}

interface RawGold {
  text: string;
  layout?: 'plain' | 'article';
  language: ExtractionLanguage;
  claims: GoldClaim[];
}

/** The fixtures/extraction directory, found from the working directory or from this file upwards. */
export function findGoldDir(): string {
  const hasGold = (candidate: string) => existsSync(candidate) && readdirSync(candidate).some((f) => f.endsWith('.gold.json'));
  const folder = join('fixtures', 'extraction');
  try {
    return findUpwards(folder, process.cwd(), hasGold);
  } catch {
    return findUpwards(folder, __dirname, hasGold);
  }
}

/**
 * An article file as the service stores it: line 1 is the title, the body runs from line 3 up to
 * (not including) the final `Quelle:` line.
 */
export function articleLayout(raw: string): { title: string; body: string } {
  const lines = raw.split('\n');
  let end = lines.length;
  for (let i = lines.length - 1; i >= 2; i--) {
    if (lines[i].startsWith('Quelle:')) {
      end = i;
      break;
    }
  }
  return { title: lines[0].trim(), body: lines.slice(2, end).join('\n') };
}

export function loadGold(dir: string): GoldFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  return files.map((f) => {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawGold;
    const text = readFileSync(resolve(dir, raw.text), 'utf8');
    const { title, body } = raw.layout === 'article' ? articleLayout(text) : { title: undefined, body: text };
    const claims = raw.claims.map((c) => {
      const at = body.indexOf(c.exact);
      if (at < 0) throw new Error(`${f}: gold text not found in body: ${c.exact}`);
      return { ...c, start: at, end: at + c.exact.length };
    });
    return { name: f.replace(/\.gold\.json$/, ''), language: raw.language, title, body, claims };
  });
}
