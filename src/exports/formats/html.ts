import { CLAIM_STATUSES } from '../../common/vocabulary';
import type { ArticleReport, ExportSettings, ReportClaim } from '../report.types';
import { type AnchoredClaim, type ClaimPlacement, claimsInOrder, placeClaims } from './anchoring';
import { attributionDetails, claimFacts, evidenceLine, sourceDetails, verdictLines } from './claim-text';
import { escapeHtml as h } from '../../common/text/escape-html';
import { HTML_REPORT_CSS } from './html-style';
import { labelsFor, type ReportLabels } from './labels';
import { formatDateTime, oneLine, safeHttpUrl } from './report-text';

/**
 * One self-contained HTML page: inline CSS, no script, no image, no font or stylesheet request, and a
 * Content-Security-Policy that forbids them anyway, so even a missed escape could not load or run
 * anything. Printing it from a browser gives the PDF-ready report (see the print rules in the CSS).
 */
export function renderHtml(report: ArticleReport, settings: ExportSettings): string {
  const labels = labelsFor(settings.ratingLabels);
  const { article } = report;
  const placement = placeClaims(article.body, report.claims);
  const title = `${labels.text.report}: ${oneLine(article.title)}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${h(settings.ratingLabels)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(title)}</title>`,
    `<style>${HTML_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    renderHeader(report, labels),
    renderSummary(report, labels),
    renderLegend(labels),
    '<div class="layout">',
    `<section class="article" aria-labelledby="article-heading"><h2 id="article-heading">${h(labels.text.article)}</h2>`,
    `<div class="article-body" lang="${h(article.language)}">${renderBody(placement, labels)}</div></section>`,
    renderClaims(report, placement, labels),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderHeader(report: ArticleReport, labels: ReportLabels): string {
  const { article } = report;
  const meta: string[] = [];
  if (article.outlet) meta.push(`${h(labels.text.outlet)}: ${h(article.outlet)}`);
  if (article.publishedAt) meta.push(`${h(labels.text.published)}: ${h(formatDateTime(article.publishedAt))}`);
  if (article.byline) meta.push(`${h(labels.text.byline)}: ${h(article.byline)}`);
  if (article.wireAgencies.length > 0) meta.push(`${h(labels.text.wire)}: ${h(article.wireAgencies.join(', '))}`);
  const url = safeHttpUrl(article.url);
  if (url) meta.push(link(url, article.url ?? url));
  return [
    '<header>',
    `<p class="small">${h(labels.text.report)}</p>`,
    `<h1 lang="${h(article.language)}">${h(article.title)}</h1>`,
    meta.length > 0 ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    `<p class="generated">${h(labels.text.generated)}: ${h(formatDateTime(report.generatedAt))} · ${h(labels.text.revision)} ${article.revision}</p>`,
    '</header>',
  ].join('\n');
}

function renderSummary(report: ArticleReport, labels: ReportLabels): string {
  const rows = CLAIM_STATUSES.map(
    (status) =>
      `<tr class="status-${status}"><th scope="row"><span class="badge">${h(labels.status[status])}</span></th><td class="count">${report.summary.byStatus[status] ?? 0}</td></tr>`,
  );
  rows.push(`<tr><th scope="row">${h(labels.text.total)}</th><td class="count">${report.summary.total}</td></tr>`);
  const sources = report.sources.map((source) => `<li>${h(source.name)} <span class="small">(${h(sourceDetails(source, labels))})</span></li>`);
  return [
    '<section class="summary" aria-labelledby="summary-heading">',
    `<h2 id="summary-heading">${h(labels.text.summary)}</h2>`,
    `<table class="summary"><thead><tr><th scope="col">${h(labels.text.status)}</th><th scope="col">${h(labels.text.claims)}</th></tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table>',
    `<h3>${h(labels.text.sourcesCited)} (${report.sources.length})</h3>`,
    sources.length > 0 ? `<ul class="sources-cited">${sources.join('\n')}</ul>` : `<p>${h(labels.text.noSources)}</p>`,
    '</section>',
  ].join('\n');
}

function renderLegend(labels: ReportLabels): string {
  const items = CLAIM_STATUSES.map(
    (status) => `<li class="status-${status}"><span class="swatch">${h(labels.status[status])}</span> — ${h(labels.statusMeaning[status])}</li>`,
  );
  return `<section class="legend" aria-labelledby="legend-heading"><h2 id="legend-heading">${h(labels.text.legend)}</h2><ul>${items.join('\n')}</ul></section>`;
}

/** The body with nested <mark> highlights; crossing claims get a numbered marker at their start. */
function renderBody(placement: ClaimPlacement, labels: ReportLabels): string {
  const { index } = placement;
  const markers = new Map<number, ReportClaim[]>();
  for (const item of placement.crossing) {
    markers.set(item.start, [...(markers.get(item.start) ?? []), item.claim]);
  }
  const emitted = new Set<number>();
  const markersAt = (position: number): string => {
    if (emitted.has(position)) return '';
    emitted.add(position);
    return (markers.get(position) ?? [])
      .sort((a, b) => a.number - b.number)
      .map((claim) => `<a class="claim-ref status-${claim.status}" href="#claim-${claim.number}" data-ref-claim-id="${claim.id}" data-claim-no="${claim.number}" title="${h(`${labels.text.claim} ${claim.number}: ${labels.status[claim.status]}`)}"></a>`)
      .join('');
  };
  const text = (from: number, to: number): string => {
    let out = '';
    let cursor = from;
    const points = [...markers.keys()].filter((p) => p >= from && p < to).sort((a, b) => a - b);
    for (const point of points) {
      out += h(index.slice(cursor, point)) + markersAt(point);
      cursor = point;
    }
    return out + h(index.slice(cursor, to));
  };
  const range = (from: number, to: number, children: AnchoredClaim[]): string => {
    let out = '';
    let cursor = from;
    for (const child of children) {
      out += text(cursor, child.start) + markersAt(child.start);
      const { claim } = child;
      out += `<mark class="claim status-${claim.status}" id="claim-text-${claim.number}" data-claim-id="${claim.id}" data-claim-no="${claim.number}" data-status="${claim.status}" data-status-label="${h(labels.status[claim.status])}" title="${h(`${labels.text.claim} ${claim.number}: ${labels.status[claim.status]}`)}">`;
      out += range(child.start, child.end, child.children);
      out += '</mark>';
      cursor = child.end;
    }
    return out + text(cursor, to);
  };
  return range(0, index.length, placement.roots);
}

function renderClaims(report: ArticleReport, placement: ClaimPlacement, labels: ReportLabels): string {
  const crossing = new Set(placement.crossing.map((item) => item.claim.id));
  const unanchored = new Set(placement.unanchored.map((claim) => claim.id));
  const cards = claimsInOrder(report.claims).map((claim) => renderClaimCard(claim, labels, crossing.has(claim.id), unanchored.has(claim.id)));
  return [
    '<section class="claims" aria-labelledby="claims-heading">',
    `<h2 id="claims-heading">${h(labels.text.claims)} (${report.claims.length})</h2>`,
    cards.length > 0 ? `<ol class="claim-list">${cards.join('\n')}</ol>` : `<p>${h(labels.text.noClaims)}</p>`,
    '</section>',
  ].join('\n');
}

function renderClaimCard(claim: ReportClaim, labels: ReportLabels, crossing: boolean, unanchored: boolean): string {
  const parts: string[] = [];
  parts.push(`<li class="claim-card status-${claim.status}" id="claim-${claim.number}">`);
  parts.push(`<h3>${h(labels.text.claim)} ${claim.number} <span class="badge">${h(labels.status[claim.status])}</span></h3>`);
  parts.push(`<p class="claim-text">${h(claim.text)}</p>`);
  parts.push(`<blockquote>„${h(claim.quote.exact)}“</blockquote>`);
  parts.push(`<p class="small">${h(claimFacts(claim, labels))}</p>`);
  if (unanchored) parts.push(`<p class="note">${h(labels.text.orphaned)}</p>`);
  if (crossing) parts.push(`<p class="note">${h(labels.text.overlaps)}</p>`);
  parts.push('<dl>');
  parts.push(`<dt>${h(labels.text.sources)}</dt><dd>`);
  parts.push(
    claim.attributions.length > 0
      ? `<ul>${claim.attributions
          .map((a) => `<li><strong>${h(a.source.name)}</strong> <span class="small">(${h(sourceDetails(a.source, labels))})</span> — ${h(attributionDetails(a, labels))}</li>`)
          .join('')}</ul>`
      : h(labels.text.noSources),
  );
  parts.push('</dd>');
  parts.push(`<dt>${h(labels.text.evidence)}</dt><dd>`);
  parts.push(
    claim.evidence.length > 0
      ? `<ul>${claim.evidence
          .map((e) => {
            const url = safeHttpUrl(e.url);
            const target = url ? ` ${link(url, e.url ?? url)}` : e.url ? ` ${h(e.url)}` : '';
            return `<li><strong>${h(labels.stance[e.stance])}</strong>${target} ${h(evidenceLine(e, labels))}</li>`;
          })
          .join('')}</ul>`
      : h(labels.text.noEvidence),
  );
  parts.push('</dd>');
  parts.push(`<dt>${h(labels.text.verdict)}</dt><dd>`);
  const verdict = verdictLines(claim.verdict, labels);
  if (verdict) {
    parts.push(`<strong>${h(verdict.label)}</strong>`);
    if (verdict.rationale) parts.push(`<p>${h(verdict.rationale)}</p>`);
    parts.push(`<p class="small">${[verdict.review, verdict.approval].filter(Boolean).map(h).join('; ')}</p>`);
  } else {
    parts.push(h(labels.text.noVerdict));
  }
  parts.push('</dd></dl></li>');
  return parts.join('\n');
}

/** Links leave with no referrer and no opener, so a report opened from the desk leaks nothing. */
function link(url: string, text: string): string {
  return `<a href="${h(url)}" rel="noopener noreferrer nofollow" target="_blank">${h(text)}</a>`;
}
