import { CLAIM_STATUSES } from '../../common/vocabulary';
import type { ArticleReport, ExportSettings, ReportClaim } from '../report.types';
import { anchoredClaims, type ClaimPlacement, claimsInOrder, placeClaims } from './anchoring';
import { attributionDetails, claimFacts, evidenceLine, sourceDetails, verdictLines } from './claim-text';
import { escapeMarkdown as md } from './escape';
import { labelsFor, type ReportLabels } from './labels';
import { formatDateTime, oneLine, safeHttpUrl } from './report-text';

/**
 * The report as GitHub-flavoured Markdown. Each anchored claim gets a footnote reference `[^n]`
 * right after the last word of its quote (a point, so nested and crossing claims need no special
 * case); each footnote holds the claim's text, status, sources, evidence and verdict. Orphaned claims
 * get no reference in the text, only their footnote-style entry under "Claims".
 */
export function renderMarkdown(report: ArticleReport, settings: ExportSettings): string {
  const labels = labelsFor(settings.ratingLabels);
  const { article } = report;
  const out: string[] = [];
  out.push(`# ${md(oneLine(article.title))}`, '');
  const meta: string[] = [];
  if (article.outlet) meta.push(`${labels.text.outlet}: ${md(article.outlet)}`);
  if (article.publishedAt) meta.push(`${labels.text.published}: ${md(formatDateTime(article.publishedAt))}`);
  if (article.byline) meta.push(`${labels.text.byline}: ${md(oneLine(article.byline))}`);
  if (article.wireAgencies.length > 0) meta.push(`${labels.text.wire}: ${md(article.wireAgencies.join(', '))}`);
  const url = safeHttpUrl(article.url);
  if (url) meta.push(mdLink(article.url ?? url, url));
  if (meta.length > 0) out.push(`${meta.join(' · ')}`, '');
  out.push(`*${md(labels.text.report)} · ${md(labels.text.generated)}: ${md(formatDateTime(report.generatedAt))} · ${md(labels.text.revision)} ${article.revision}*`, '');

  out.push(`## ${md(labels.text.summary)}`, '');
  out.push(`| ${md(labels.text.status)} | ${md(labels.text.claims)} |`, '| --- | ---: |');
  for (const status of CLAIM_STATUSES) out.push(`| ${md(labels.status[status])} | ${report.summary.byStatus[status] ?? 0} |`);
  out.push(`| **${md(labels.text.total)}** | **${report.summary.total}** |`, '');
  out.push(`### ${md(labels.text.sourcesCited)} (${report.sources.length})`, '');
  if (report.sources.length === 0) out.push(md(labels.text.noSources));
  for (const source of report.sources) out.push(`- ${md(oneLine(source.name))} (${md(sourceDetails(source, labels))})`);
  out.push('');

  const placement = placeClaims(article.body, report.claims);
  out.push(`## ${md(labels.text.article)}`, '');
  out.push(renderBody(placement), '');

  out.push(`## ${md(labels.text.claims)} (${report.claims.length})`, '');
  if (report.claims.length === 0) out.push(md(labels.text.noClaims), '');
  // Renderers drop footnotes nobody references, so claims without a place in the text are referenced here.
  if (placement.unanchored.length > 0) {
    const refs = claimsInOrder(placement.unanchored).map((c) => `${md(labels.text.claim)} ${c.number}[^${c.number}]`);
    out.push(`*${md(labels.text.orphaned)}* ${refs.join(', ')}`, '');
  }
  for (const claim of claimsInOrder(report.claims)) out.push(...renderFootnote(claim, labels), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The body, escaped, with `[^n]` after each anchored claim's last character. */
function renderBody(placement: ClaimPlacement): string {
  const refs = new Map<number, number[]>();
  for (const item of anchoredClaims(placement)) refs.set(item.end, [...(refs.get(item.end) ?? []), item.claim.number]);

  const { index } = placement;
  let out = '';
  let cursor = 0;
  for (const point of [...refs.keys()].sort((a, b) => a - b)) {
    out += md(index.slice(cursor, point)) + refs.get(point)!.sort((a, b) => a - b).map((n) => `[^${n}]`).join('');
    cursor = point;
  }
  out += md(index.slice(cursor, index.length));
  // Keep the body's paragraphs; a single line break inside a paragraph becomes a hard break.
  return out
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean).join('\\\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** A footnote definition; continuation paragraphs are indented four spaces, as GFM requires. */
function renderFootnote(claim: ReportClaim, labels: ReportLabels): string[] {
  const lines: string[] = [];
  const para = (text: string): void => {
    lines.push('', `    ${text}`);
  };
  lines.push(`[^${claim.number}]: **${md(labels.text.claim)} ${claim.number} — ${md(labels.status[claim.status])}:** ${md(oneLine(claim.text))}`);
  para(`${md(labels.text.quote)}: „${md(oneLine(claim.quote.exact))}“ (${md(claimFacts(claim, labels))})`);
  if (claim.orphaned) para(`*${md(labels.text.orphaned)}*`);
  const sources = claim.attributions.map(
    (a) => `**${md(oneLine(a.source.name))}** (${md(sourceDetails(a.source, labels))}) — ${md(attributionDetails(a, labels))}`,
  );
  para(`${md(labels.text.sources)}: ${sources.length > 0 ? sources.join('; ') : md(labels.text.noSources)}`);
  const evidence = claim.evidence.map((e) => {
    const url = safeHttpUrl(e.url);
    const target = url ? ` ${mdLink(e.url ?? url, url)}` : e.url ? ` ${md(e.url)}` : '';
    return `*${md(labels.stance[e.stance])}*${target} ${md(evidenceLine(e, labels))}`.trimEnd();
  });
  para(`${md(labels.text.evidence)}: ${evidence.length > 0 ? evidence.join('; ') : md(labels.text.noEvidence)}`);
  const verdict = verdictLines(claim.verdict, labels);
  if (verdict) {
    const rationale = verdict.rationale ? ` — ${md(oneLine(verdict.rationale))}` : '';
    const who = [verdict.review, verdict.approval].filter(Boolean).map(md).join('; ');
    para(`${md(labels.text.verdict)}: **${md(verdict.label)}**${rationale} (${who})`);
  } else {
    para(`${md(labels.text.verdict)}: ${md(labels.text.noVerdict)}`);
  }
  return lines;
}

/** `[text](<url>)`: the angle brackets let URLs with parentheses or spaces survive. */
function mdLink(text: string, url: string): string {
  const target = url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch));
  return `[${md(oneLine(text))}](<${target}>)`;
}
