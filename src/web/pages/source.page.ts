import { CLAIM_STATUSES, hasRole } from '../../common/vocabulary';
import type { SourceRecordResponseDto } from '../../dashboard/source-record.dto';
import type { SourceDetailResponseDto } from '../../sources/source.dto';
import { html, Html } from '../html';
import { layout } from '../layout';
import type { Reader } from '../page-session';
import { STATUS_ICONS, statusText } from '../status';
import { sourceTypeLabel } from './sources.page';

export function sourcePage(reader: Reader, source: SourceDetailResponseDto, record: SourceRecordResponseDto): Html {
  const { actor, m } = reader;
  const t = m.sources;
  const canMerge = hasRole(actor.role, 'editor') && source.mergedIntoId === null;
  return layout({
    title: source.name,
    reader,
    section: 'sources',
    script: canMerge ? 'source.js' : undefined,
    body: html`<h1>${source.name}</h1>
${source.mergedIntoId ? html`<p class="notice-inline">${t.mergedInto} <a href="/sources/${source.mergedIntoId}">#${source.mergedIntoId}</a>.</p>` : ''}
<dl class="facts card">
  <dt>${t.columns.type}</dt><dd>${sourceTypeLabel(m, source.type)}</dd>
  <dt>${t.columns.country}</dt><dd>${source.country ?? '–'}</dd>
  <dt>${t.columns.aliases}</dt><dd>${source.aliases.length ? html`<ul class="inline">${source.aliases.map((alias) => html`<li>${alias}</li>`)}</ul>` : '–'}</dd>
  <dt>${t.columns.affiliation}</dt><dd>${source.affiliation ? html`<a href="/sources/${source.affiliation.id}">${source.affiliation.name}</a>` : '–'}</dd>
  ${source.members.length ? html`<dt>${t.speakingForIt}</dt><dd><ul class="inline">${source.members.map((member) => html`<li><a href="/sources/${member.id}">${member.name}</a></li>`)}</ul></dd>` : ''}
  <dt>${t.record}</dt><dd><ul class="inline">${CLAIM_STATUSES.map((status) => html`<li><a class="badge st-${status}" href="/claims?sourceId=${source.id}&amp;status=${status}">${statusText(m, status)}</a> ${record.record.byStatus[status] ?? 0}</li>`)}</ul> (${record.record.total} ${t.claimsCount})</dd>
</dl>
<h2>${t.attributedTo} ${source.name}</h2>
${record.claims.length === 0 ? html`<p>${t.noClaims}</p>` : ''}
${CLAIM_STATUSES.map((status) => {
  const claims = record.claims.filter((claim) => claim.status === status);
  return claims.length === 0 ? '' : html`<section class="card" aria-labelledby="group-${status}">
  <h3 id="group-${status}"><span class="badge st-${status}"><span aria-hidden="true">${STATUS_ICONS[status]}</span> ${m.words.status[status]}</span> (${claims.length})</h3>
  <ul>${claims.map((claim) => html`<li><a href="/articles/${claim.articleId}#claim-${claim.id}">${claim.text}</a> <span class="muted">(${m.words.role[claim.role]}${claim.cue ? `, „${claim.cue}“` : ''})</span></li>`)}</ul>
</section>`;
})}
${record.record.total > record.claims.length ? html`<p class="muted">${t.showingNewest(record.claims.length, record.record.total)}</p>` : ''}
${canMerge ? html`<section class="card" aria-labelledby="merge-title">
  <h2 id="merge-title">${t.mergeTitle}</h2>
  <p>${t.mergeExplain}</p>
  <form id="merge" data-source-id="${source.id}">
    <p><label for="merge-into">${t.keep}</label><input id="merge-into" name="into" list="merge-candidates" autocomplete="off" required aria-describedby="merge-hint"><datalist id="merge-candidates"></datalist>
    <span id="merge-hint" class="muted">${t.keepHint}</span></p>
    <p id="merge-error" class="error" role="alert" hidden></p>
    <p><button type="submit">${t.merge}</button></p>
  </form>
</section>` : ''}`,
  });
}
