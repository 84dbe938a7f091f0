import type { ArticleResponseDto } from '../../articles/article.dto';
import type { ClaimResponseDto } from '../../claims/claim.dto';
import { hasRole } from '../../common/vocabulary';
import { exportFormatsForPage } from '../export-formats';
import { html, Html, jsonData } from '../html';
import { formatTime, Messages } from '../i18n';
import { layout } from '../layout';
import type { Reader } from '../page-session';
import { statusLabels, statusText } from '../status';
import { segmentBody } from './article-highlights';

/**
 * The side list starts with the first claims in reading order; the rest are drawn on request. A
 * long list costs the browser more than the highlighted article itself, and the article comes first.
 */
const LISTED_FIRST = 25;

/** Who a claim is attributed to, in words: shown under each claim in the list and named by its highlight. */
function sourcesOf(m: Messages, claim: ClaimResponseDto): string {
  const sources = claim.attributions.map((a) => `${a.source.name} (${m.words.role[a.role]}${a.cue ? `, „${a.cue}“` : ''})`);
  return sources.length ? m.client.sourcesOf.replace('{list}', sources.join('; ')) : m.client.noSource;
}

/**
 * The body with every claim's words marked. A claim's first stretch is a stop in the Tab order
 * (Enter opens it), named by its words and described by the claim's status and sources (in
 * claimDescriptions, outside the body, whose text must stay exactly the article's), so a keyboard or
 * screen reader reaches every claim in reading order without hovering.
 */
function highlightedBody(m: Messages, body: string, claims: ClaimResponseDto[]): Html {
  const spans = claims.filter((claim) => !claim.orphaned).map((claim) => ({ ...claim, start: claim.quote.start, end: claim.quote.end }));
  const labels = statusLabels(m);
  // One line per template piece would add whitespace to the body's text: build it without any.
  return html`${segmentBody(body, spans).map((segment) => {
    if (segment.claims.length === 0) return segment.text;
    const inner = segment.claims[0];
    const opens = segment.starts[0];
    return html`<mark class="claim st-${inner.status}" data-claims="${segment.claims.map((c) => c.id).join(' ')}"${segment.starts.length ? html` data-starts="${segment.starts.map((c) => c.id).join(' ')}" tabindex="0" role="button" aria-describedby="claim-about-${opens.id}"` : ''}${segment.ends.length ? html` data-ends="${segment.ends.map((c) => c.id).join(' ')}" data-badge="${segment.ends.map((c) => labels[c.status].icon).join('')}"` : ''}>${segment.text}</mark>`;
  })}`;
}

/** What a highlight's description says: each claim's status, wording and sources. */
function claimDescriptions(m: Messages, claims: ClaimResponseDto[]): Html {
  return html`<div id="claim-descriptions" hidden>${claims.map((claim) => html`<span id="claim-about-${claim.id}">${statusText(m, claim.status)}: ${claim.text} — ${sourcesOf(m, claim)}</span>`)}</div>`;
}

function claimItem(m: Messages, claim: ClaimResponseDto): Html {
  return html`<li><button type="button" class="claim-item" data-open-claim="${claim.id}">
        <span class="badge st-${claim.status}">${statusText(m, claim.status)}</span>${claim.orphaned ? html` <span class="badge">${m.article.wordsGone}</span>` : ''}
        <span class="claim-text">${claim.text}</span><span class="claim-sources">${sourcesOf(m, claim)}</span></button></li>`;
}

export function articlePage(reader: Reader, article: ArticleResponseDto, claims: ClaimResponseDto[]): Html {
  const { actor, m } = reader;
  const t = m.article;
  const ordered = [...claims].sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end || a.id - b.id);
  const canWrite = hasRole(actor.role, 'checker');
  const labels = statusLabels(m);
  return layout({
    title: article.title,
    reader,
    section: 'articles',
    script: 'article.js',
    body: html`<article class="article-head">
  <h1>${article.title}</h1>
  <p class="meta">${[article.outlet, article.publishedAt ? formatTime(article.publishedAt, m, reader.timeZone, false) : null, article.byline, article.wireAgencies.length ? `${t.wire}: ${article.wireAgencies.join(', ')}` : null, `${t.revision} ${article.revision}`].filter(Boolean).join(' · ')}
  ${article.url ? html` · <a href="${article.url}" rel="noopener noreferrer">${t.original}</a>` : ''}</p>
  <nav class="exports" aria-label="${t.exportLabel}">${t.export}
    ${exportFormatsForPage(reader.language).map((format) => html`<a class="button" href="/api/articles/${article.id}/export?format=${format.format}" download>${format.label}</a> `)}
  </nav>
</article>
<div class="desk-layout">
  <section class="reader" aria-labelledby="body-title">
    <h2 id="body-title" class="visually-hidden">${t.bodyTitle}</h2>
    <div class="toolbar">
      ${canWrite ? html`<button type="button" id="new-claim" aria-describedby="new-claim-hint" aria-keyshortcuts="n">${t.newClaim}</button> <span id="new-claim-hint" class="muted">${t.newClaimHint}</span>` : ''}
      <span class="muted keys">${t.keys}</span>
    </div>
    <ul class="legend" aria-label="${t.legend}">${Object.entries(labels).map(([status, s]) => html`<li><span class="claim-swatch st-${status}" data-badge="${s.icon}">${s.label}</span></li>`)}</ul>
    <div id="article-body" class="body" lang="${article.language}">${highlightedBody(m, article.body, ordered)}</div>
    ${claimDescriptions(m, ordered)}
  </section>
  <aside id="panel" class="panel card" aria-label="${t.panel}">
    <section id="claim-list-view">
      <h2>${t.claims(ordered.length)}</h2>
      ${ordered.length === 0 ? html`<p class="muted">${t.noClaims}${canWrite ? t.noClaimsHint : ''}</p>` : ''}
      <ol class="claim-list">${ordered.slice(0, LISTED_FIRST).map((claim) => claimItem(m, claim))}</ol>
      ${ordered.length > LISTED_FIRST ? html`<button type="button" id="show-all-claims">${t.showAll(ordered.length)}</button>` : ''}
    </section>
    <section id="claim-view" hidden aria-labelledby="claim-title"></section>
  </aside>
</div>
${jsonData('article-data', {
  article: { id: article.id, language: article.language },
  me: { id: actor.id, role: actor.role },
  claims: ordered.map((claim) => ({ id: claim.id, status: claim.status, start: claim.quote.start, end: claim.quote.end, text: claim.text, orphaned: claim.orphaned, sources: sourcesOf(m, claim) })),
})}`,
  });
}
