import type { Actor } from '../../common/vocabulary';
import { hasRole } from '../../common/vocabulary';
import { CLAIM_STATUSES } from '../../common/vocabulary';
import type { SourceRecordResponseDto } from '../../dashboard/source-record.dto';
import type { SourceDetailResponseDto } from '../../sources/source.dto';
import { html, Html } from '../html';
import { layout } from '../layout';
import { STATUS_LABELS, statusText } from '../status';
import { sourceTypeLabel } from './sources.page';

export function sourcePage(actor: Actor, source: SourceDetailResponseDto, record: SourceRecordResponseDto): Html {
  const canMerge = hasRole(actor.role, 'editor') && source.mergedIntoId === null;
  return layout({
    title: source.name,
    actor,
    section: 'sources',
    script: canMerge ? 'source.js' : undefined,
    body: html`<h1>${source.name}</h1>
${source.mergedIntoId ? html`<p class="notice-inline">Merged into <a href="/sources/${source.mergedIntoId}">source ${source.mergedIntoId}</a>.</p>` : ''}
<dl class="facts card">
  <dt>Type</dt><dd>${sourceTypeLabel(source.type)}</dd>
  <dt>Country</dt><dd>${source.country ?? '–'}</dd>
  <dt>Aliases</dt><dd>${source.aliases.length ? html`<ul class="inline">${source.aliases.map((alias) => html`<li>${alias}</li>`)}</ul>` : '–'}</dd>
  <dt>Affiliation</dt><dd>${source.affiliation ? html`<a href="/sources/${source.affiliation.id}">${source.affiliation.name}</a>` : '–'}</dd>
  ${source.members.length ? html`<dt>Speaking for it</dt><dd><ul class="inline">${source.members.map((member) => html`<li><a href="/sources/${member.id}">${member.name}</a></li>`)}</ul></dd>` : ''}
  <dt>Record</dt><dd><ul class="inline">${CLAIM_STATUSES.map((status) => html`<li><span class="badge st-${status}">${statusText(status)}</span> ${record.record.byStatus[status] ?? 0}</li>`)}</ul> (${record.record.total} claims)</dd>
</dl>
<h2>Claims attributed to ${source.name}</h2>
${record.claims.length === 0 ? html`<p>No claims are attributed to this source.</p>` : ''}
${CLAIM_STATUSES.map((status) => {
  const claims = record.claims.filter((claim) => claim.status === status);
  return claims.length === 0 ? '' : html`<section class="card" aria-labelledby="group-${status}">
  <h3 id="group-${status}"><span class="badge st-${status}"><span aria-hidden="true">${STATUS_LABELS[status].icon}</span> ${STATUS_LABELS[status].label}</span> (${claims.length})</h3>
  <ul>${claims.map((claim) => html`<li><a href="/articles/${claim.articleId}#claim-${claim.id}">${claim.text}</a> <span class="muted">(${claim.role}${claim.cue ? `, „${claim.cue}“` : ''})</span></li>`)}</ul>
</section>`;
})}
${record.record.total > record.claims.length ? html`<p class="muted">Showing the newest ${record.claims.length} of ${record.record.total} claims.</p>` : ''}
${canMerge ? html`<section class="card" aria-labelledby="merge-title">
  <h2 id="merge-title">Merge this source into another</h2>
  <p>When two records are the same source: every attribution and piece of evidence of <strong>${source.name}</strong> moves to the source you choose, and this record is kept as merged.</p>
  <form id="merge" data-source-id="${source.id}">
    <p><label for="merge-into">Source to keep</label><input id="merge-into" name="into" list="merge-candidates" autocomplete="off" required aria-describedby="merge-hint"><datalist id="merge-candidates"></datalist>
    <span id="merge-hint" class="muted">Type a name, then pick it.</span></p>
    <p id="merge-error" class="error" role="alert" hidden></p>
    <p><button type="submit">Merge</button></p>
  </form>
</section>` : ''}`,
  });
}
