import type { ExtractionResult } from '../extraction';

/** A plain-text listing for people: one block per claim, its span, kind and sources. */
export function formatTable(result: ExtractionResult): string {
  const lines: string[] = [`language: ${result.language}   claims: ${result.claims.length}`, ''];
  result.claims.forEach((c, i) => {
    const flags = [c.kind, `conf ${c.confidence.toFixed(2)}`, c.hedged ? 'hedged' : null].filter(Boolean).join(', ');
    lines.push(`#${i + 1}  [${c.quote.start}-${c.quote.end}]  ${flags}`);
    lines.push(`    ${wrap(c.quote.exact, 96).join('\n    ')}`);
    if (c.attributions.length === 0) lines.push('    (no attribution)');
    for (const a of c.attributions) {
      const meta = [a.source.type, a.source.country, a.source.affiliation ? `for ${a.source.affiliation.name}` : null].filter(Boolean).join(', ');
      lines.push(`    ${a.role.padEnd(9)} ${a.source.name} (${meta})  cue: "${a.cue}"`);
    }
    lines.push('');
  });
  if (result.headline) {
    lines.push(`headline: ${result.headline.statesAsFact ? 'STATES AS FACT' : 'ok'}${result.headline.matchingClaimIndex !== null ? ` (claim #${result.headline.matchingClaimIndex + 1})` : ''}`);
    lines.push(`    ${result.headline.note}`);
  }
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
