import { readFileSync } from 'fs';
import { extractClaims, type ExtractionLanguage, type ExtractionResult } from '../../extraction';
import { formatTable } from '../format-table';
import { parseArgs, UsageError } from '../usage-error';

/** `extract FILE [--lang de|en] [--format json|table] [--title TEXT]`: claims of a text file, no database. */
export const extractUsage = 'extract FILE [--lang de|en] [--format json|table] [--title TEXT]';

export function runExtract(args: readonly string[], out: (s: string) => void): number {
  const { positional, options } = parseArgs(args, ['lang', 'format', 'title']);
  if (positional.length !== 1) throw new UsageError(`expected exactly one FILE\nusage: ${extractUsage}`);
  const lang = options.get('lang');
  if (lang !== undefined && lang !== 'de' && lang !== 'en') throw new UsageError(`--lang must be de or en, not "${lang}"`);
  const format = options.get('format') ?? 'json';
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format must be json or table, not "${format}"`);
  let text: string;
  try {
    text = readFileSync(positional[0], 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${positional[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const result = extractClaims(text, { language: lang as ExtractionLanguage | undefined, title: options.get('title') });
  out(format === 'json' ? JSON.stringify(toJson(result), null, 2) : formatTable(result));
  return 0;
}

/** The documented JSON shape: a source's affiliation is the organisation's name. */
function toJson(result: ExtractionResult) {
  return {
    language: result.language,
    claims: result.claims.map((c) => ({
      text: c.text,
      kind: c.kind,
      confidence: c.confidence,
      hedged: c.hedged,
      quote: { exact: c.quote.exact, start: c.quote.start, end: c.quote.end },
      attributions: c.attributions.map((a) => ({
        role: a.role,
        cue: a.cue,
        source: { name: a.source.name, type: a.source.type, country: a.source.country, affiliation: a.source.affiliation?.name ?? null },
      })),
    })),
    ...(result.headline ? { headline: result.headline } : {}),
  };
}
