import type { ArticleResponseDto } from '../../articles/article.dto';
import type { Actor } from '../../common/vocabulary';
import { hasRole } from '../../common/vocabulary';
import type { ClaimResponseDto } from '../../claims/claim.dto';
import { EXPORT_FORMATS_FOR_PAGE } from '../export-formats';
import { html, Html, jsonData } from '../html';
import { layout } from '../layout';
import { STATUS_LABELS, statusText } from '../status';
import { segmentBody } from './article-highlights';

/**
 * The side list starts with the first claims in reading order; the rest are drawn on request. A
 * long list costs the browser more than the highlighted article itself, and the article comes first.
 */
const LISTED_FIRST = 25;

/** Who a claim is attributed to: article.js shows it when a highlight is hovered or focused (built then, not sent per highlight). */
function sourcesOf(claim: ClaimResponseDto): string {
  const sources = claim.attributions.map((a) => `${a.source.name} (${a.role}${a.cue ? `, „${a.cue}“` : ''})`);
  return sources.length ? `Sources: ${sources.join('; ')}` : 'No source attributed';
}


function highlightedBody(body: string, claims: ClaimResponseDto[]): Html {
  const spans = claims.filter((claim) => !claim.orphaned).map((claim) => ({ ...claim, start: claim.quote.start, end: claim.quote.end }));
  // One line per template piece would add whitespace to the body's text: build it without any.
  return html`${segmentBody(body, spans).map((segment) => {
    if (segment.claims.length === 0) return segment.text;
    const inner = segment.claims[0];
    return html`<mark class="claim st-${inner.status}" data-claims="${segment.claims.map((c) => c.id).join(' ')}"${segment.starts.length ? html` data-starts="${segment.starts.map((c) => c.id).join(' ')}"` : ''}${segment.ends.length ? html` data-ends="${segment.ends.map((c) => c.id).join(' ')}" data-badge="${segment.ends.map((c) => STATUS_LABELS[c.status].icon).join('')}"` : ''}>${segment.text}</mark>`;
  })}`;
}

export function articlePage(actor: Actor, article: ArticleResponseDto, claims: ClaimResponseDto[]): Html {
  const ordered = [...claims].sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end || a.id - b.id);
  const canWrite = hasRole(actor.role, 'checker');
  return layout({
    title: article.title,
    actor,
    section: 'articles',
    script: 'article.js',
    body: html`<article class="article-head">
  <h1>${article.title}</h1>
  <p class="meta">${[article.outlet, article.publishedAt?.slice(0, 10), article.byline, article.wireAgencies.length ? `Wire: ${article.wireAgencies.join(', ')}` : null, `Revision ${article.revision}`].filter(Boolean).join(' · ')}
  ${article.url ? html` · <a href="${article.url}" rel="noopener noreferrer">Original</a>` : ''}</p>
  <nav class="exports" aria-label="Export this article">Export:
    ${EXPORT_FORMATS_FOR_PAGE.map((format) => html`<a class="button" href="/api/articles/${article.id}/export?format=${format.format}" download>${format.label}</a> `)}
  </nav>
</article>
<div class="desk-layout">
  <section class="reader" aria-labelledby="body-title">
    <h2 id="body-title" class="visually-hidden">Article text with claims highlighted</h2>
    <div class="toolbar">
      ${canWrite ? html`<button type="button" id="new-claim" disabled aria-describedby="new-claim-hint">New claim</button> <span id="new-claim-hint" class="muted">Select words in the text first.</span>` : ''}
      <span class="muted">Keys: <kbd>j</kbd> next claim, <kbd>k</kbd> previous claim.</span>
    </div>
    <ul class="legend" aria-label="Status legend">${Object.entries(STATUS_LABELS).map(([status, s]) => html`<li><mark class="claim st-${status}" data-badge="${s.icon}">${s.label}</mark></li>`)}</ul>
    <div id="article-body" class="body" lang="${article.language}">${highlightedBody(article.body, ordered)}</div>
  </section>
  <aside id="panel" class="panel card" aria-label="Claims">
    <section id="claim-list-view">
      <h2>Claims (${ordered.length})</h2>
      ${ordered.length === 0 ? html`<p class="muted">No claims yet.${canWrite ? ' Select words in the text and choose “New claim”.' : ''}</p>` : ''}
      <ol class="claim-list">${ordered.slice(0, LISTED_FIRST).map((claim) => html`<li><button type="button" class="claim-item" data-open-claim="${claim.id}">
        <span class="badge st-${claim.status}">${statusText(claim.status)}</span>${claim.orphaned ? html` <span class="badge">words gone</span>` : ''}
        <span class="claim-text">${claim.text}</span></button></li>`)}</ol>
      ${ordered.length > LISTED_FIRST ? html`<button type="button" id="show-all-claims">Show all ${ordered.length} claims</button>` : ''}
    </section>
    <section id="claim-view" hidden aria-live="polite"></section>
  </aside>
</div>
${jsonData('article-data', {
  article: { id: article.id, language: article.language },
  me: { id: actor.id, role: actor.role },
  claims: ordered.map((claim) => ({ id: claim.id, status: claim.status, start: claim.quote.start, end: claim.quote.end, text: claim.text, orphaned: claim.orphaned, sources: sourcesOf(claim) })),
})}`,
  });
}
