import { readFileSync } from 'fs';
import { join } from 'path';
import { articleLayout } from '../../../src/extraction/eval/gold';
import type { ExtractedClaim, ExtractionResult } from '../../../src/extraction';

export const ROOT = join(__dirname, '..', '..', '..');

/** The seed article as the service stores it: title = line 1, body = line 3 up to the final `Quelle:` line. */
export function seedArticle(): { title: string; body: string } {
  return articleLayout(readFileSync(join(ROOT, 'fixtures', 'ntv-2024-10-24-nordkorea-soldaten-russland.txt'), 'utf8'));
}

/** The claim whose span contains `fragment`. */
export function claimWith(result: ExtractionResult, fragment: string): ExtractedClaim {
  const c = result.claims.find((x) => x.quote.exact.includes(fragment) || fragment.includes(x.quote.exact));
  if (!c) throw new Error(`no claim containing "${fragment}"; claims: ${result.claims.map((x) => x.quote.exact).join(' | ')}`);
  return c;
}

export function sourcesOf(c: ExtractedClaim, role?: string): string[] {
  return c.attributions.filter((a) => !role || a.role === role).map((a) => a.source.name);
}

/** Code-point slice, the way offsets are defined. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
