import type { ClaimResponseDto } from '../../claims/claim.dto';
import type { Page } from '../../common/pagination/cursor';
import { CLAIM_KINDS, CLAIM_ORIGINS, CLAIM_STATUSES, hasRole } from '../../common/vocabulary';
import { html, Html } from '../html';
import { formatTime } from '../i18n';
import { layout } from '../layout';
import type { Reader } from '../page-session';
import { statusText } from '../status';
import { listTable, nextPageHref } from './list-page';

/** The queue's filters as the form holds them (strings, as typed or linked). */
export type QueueFilters = Partial<Record<
  'q' | 'status' | 'open' | 'awaitingApproval' | 'approved' | 'assigneeId' | 'sourceId' | 'source' | 'articleId' | 'kind' | 'origin' | 'tag' | 'createdFrom' | 'createdTo' | 'sort' | 'withdrawn',
  string
>>;

export interface QueueView {
  filters: QueueFilters;
  problem: string | null;
  page: Page<ClaimResponseDto>;
  titles: ReadonlyMap<number, string>;
  people: readonly { id: number; displayName: string; role: string }[];
  tags: readonly string[];
  saved: readonly { id: number; name: string; query: string; shared: boolean; mine: boolean }[];
  /** The filters as a query string, for "save these filters". */
  query: string;
}

const SORTS = ['newest', 'oldest', 'article', 'relevance'] as const;

/**
 * Every claim across articles, filtered and sorted, a page at a time (GET /api/claims's keyset), with
 * the desk's saved filters and, for checkers, bulk actions on the selected claims (queue.js).
 */
export function queuePage(reader: Reader, view: QueueView): Html {
  const { m, actor } = reader;
  const t = m.queue;
  const f = view.filters;
  const canAct = hasRole(actor.role, 'checker');
  const isEditor = hasRole(actor.role, 'editor');
  const names = new Map(view.people.map((p) => [p.id, p.displayName]));
  const personName = (id: number | null) => (id === null ? '–' : id === actor.id ? m.client.you : names.get(id) ?? m.client.user.replace('{id}', String(id)));
  const selected = (value: string | undefined, option: string) => (value === option ? html` selected` : '');
  const checked = (value: string | undefined) => (value === 'true' ? html` checked` : '');
  const moreOpen = ['sourceId', 'source', 'articleId', 'kind', 'origin', 'tag', 'createdFrom', 'createdTo', 'withdrawn'].some((key) => f[key as keyof QueueFilters]);
  const columns = [
    ...(canAct ? [{ label: t.columns.select }] : []),
    { label: t.columns.claim }, { label: t.columns.status }, { label: t.columns.article }, { label: t.columns.sources }, { label: t.columns.assignee }, { label: t.columns.tags }, { label: t.columns.created },
  ];
  const row = (claim: ClaimResponseDto) => html`${canAct ? html`<td class="select"><input type="checkbox" name="claim" value="${claim.id}" data-version="${claim.version}" aria-label="${t.selectClaim(claim.text)}"></td>` : ''}<td class="claim-cell"><a href="/articles/${claim.articleId}#claim-${claim.id}">${claim.text}</a></td>
    <td><span class="badge st-${claim.status}">${statusText(m, claim.status)}</span>${claim.verdict?.approvedAt ? html` <span class="badge approved">${t.approvedBadge}</span>` : claim.verdict ? html` <span class="badge">${t.awaitingBadge}</span>` : ''}${claim.withdrawn ? html` <span class="badge">${t.withdrawnBadge}</span>` : ''}</td>
    <td class="article-cell"><a href="/articles/${claim.articleId}" title="${view.titles.get(claim.articleId) ?? ''}">${view.titles.get(claim.articleId) ?? `#${claim.articleId}`}</a></td>
    <td>${claim.attributions.length ? html`<ul class="plain">${claim.attributions.map((a) => html`<li><a href="/sources/${a.source.id}">${a.source.name}</a> <span class="muted">(${m.words.role[a.role]})</span></li>`)}</ul>` : html`<span class="muted">${m.client.noSource}</span>`}</td>
    <td>${personName(claim.assigneeId)}</td>
    <td>${claim.tags.length ? html`<ul class="plain tags">${claim.tags.map((tag) => html`<li><a class="tag" href="/claims?tag=${encodeURIComponent(tag)}">${tag}</a></li>`)}</ul>` : '–'}</td>
    <td><time datetime="${claim.createdAt}">${formatTime(claim.createdAt, m, reader.timeZone)}</time></td>`;

  return layout({
    title: t.title,
    reader,
    section: 'claims',
    script: 'queue.js',
    body: html`<h1>${t.heading}</h1>
<div class="queue-layout">
<div class="queue-main">
<form class="filters card" method="get" action="/claims" role="search" id="queue-filters">
  <p class="grow"><label for="q">${t.q}</label><input id="q" name="q" type="search" value="${f.q ?? ''}" placeholder="Soldaten Russland"></p>
  <p><label for="status">${t.status}</label><select id="status" name="status"><option value="">${t.anyStatus}</option>${CLAIM_STATUSES.map((s) => html`<option value="${s}"${selected(f.status, s)}>${m.words.status[s]}</option>`)}</select></p>
  <p><label for="assigneeId">${t.assignee}</label><select id="assigneeId" name="assigneeId"><option value="">${t.anyone}</option><option value="me"${selected(f.assigneeId, 'me')}>${t.me}</option><option value="nobody"${selected(f.assigneeId, 'nobody')}>${t.nobody}</option>${view.people.filter((p) => p.id !== actor.id).map((p) => html`<option value="${p.id}"${selected(f.assigneeId, String(p.id))}>${p.displayName}</option>`)}</select></p>
  <p><label for="sort">${t.sort}</label><select id="sort" name="sort"><option value="">${f.q ? t.sorts.relevance : t.sorts.newest}</option>${SORTS.map((s) => html`<option value="${s}"${selected(f.sort, s)}>${t.sorts[s]}</option>`)}</select></p>
  <fieldset class="checks"><legend class="visually-hidden">${t.status}</legend>
    <label><input type="checkbox" name="open" value="true"${checked(f.open)}> ${t.open}</label>
    <label><input type="checkbox" name="awaitingApproval" value="true"${checked(f.awaitingApproval)}> ${t.awaiting}</label>
    <label><input type="checkbox" name="approved" value="true"${checked(f.approved)}> ${t.approved}</label>
    ${isEditor ? html`<label><input type="checkbox" name="withdrawn" value="true"${checked(f.withdrawn)}> ${t.withdrawn}</label>` : ''}
  </fieldset>
  <details class="more"${moreOpen ? html` open` : ''}><summary>${t.moreFilters}</summary><div class="filters">
    <p><label for="source">${t.source}</label><input id="source" name="source" list="source-options" autocomplete="off" value="${f.source ?? (f.sourceId ? `#${f.sourceId}` : '')}" aria-describedby="source-hint"><datalist id="source-options"></datalist><span id="source-hint" class="muted hint">${t.sourceHint}</span></p>
    <p><label for="articleId">${t.article}</label><input id="articleId" name="articleId" inputmode="numeric" size="7" value="${f.articleId ?? ''}"></p>
    <p><label for="kind">${t.kind}</label><select id="kind" name="kind"><option value="">${t.anyKind}</option>${CLAIM_KINDS.map((k) => html`<option value="${k}"${selected(f.kind, k)}>${m.words.kind[k]}</option>`)}</select></p>
    <p><label for="origin">${t.origin}</label><select id="origin" name="origin"><option value="">${t.anyOrigin}</option>${CLAIM_ORIGINS.map((o) => html`<option value="${o}"${selected(f.origin, o)}>${m.words.origin[o]}</option>`)}</select></p>
    <p><label for="tag">${t.tag}</label><input id="tag" name="tag" list="tag-options" value="${f.tag ?? ''}"><datalist id="tag-options">${view.tags.map((tag) => html`<option value="${tag}"></option>`)}</datalist></p>
    <p><label for="createdFrom">${t.from}</label><input id="createdFrom" name="createdFrom" type="date" value="${f.createdFrom ?? ''}"></p>
    <p><label for="createdTo">${t.to}</label><input id="createdTo" name="createdTo" type="date" value="${f.createdTo ?? ''}"></p>
  </div></details>
  <p class="buttons"><button type="submit" class="primary">${m.common.search}</button> <a href="/claims">${m.common.clear}</a></p>
</form>
${view.problem ? html`<p class="error" role="alert">${m.common.filtersIgnored} ${view.problem}</p>` : ''}
${canAct ? html`<form id="bulk" class="card bulk" aria-labelledby="bulk-title" data-me="${actor.id}">
  <h2 id="bulk-title" class="small">${t.bulkTitle} <span id="selected-count" class="muted"></span></h2>
  <p><label for="bulk-action">${t.bulkAction}</label><select id="bulk-action" name="action"><option value=""></option>${(['take', 'assign', 'tag', 'untag', 'kind'] as const).map((a) => html`<option value="${a}">${t.bulkActions[a]}</option>`)}</select></p>
  <p data-for="assign" hidden><label for="bulk-assignee">${t.bulkAssignee}</label><select id="bulk-assignee" name="assigneeId"><option value="${actor.id}">${t.me}</option><option value="">${t.nobody}</option>${isEditor ? view.people.filter((p) => p.id !== actor.id && p.role !== 'viewer').map((p) => html`<option value="${p.id}">${p.displayName}</option>`) : ''}</select></p>
  <p data-for="tag untag" hidden><label for="bulk-tag">${t.bulkTag}</label><input id="bulk-tag" name="tag" list="tag-options" maxlength="60"></p>
  <p data-for="kind" hidden><label for="bulk-kind">${t.bulkKind}</label><select id="bulk-kind" name="kind">${CLAIM_KINDS.map((k) => html`<option value="${k}">${m.words.kind[k]}</option>`)}</select></p>
  <p><button type="submit">${t.bulkGo}</button></p>
  <div id="bulk-error" class="error" role="alert" hidden></div>
  <div id="bulk-result" class="bulk-result" role="status"></div>
</form>` : ''}
${view.page.items.length === 0 ? html`<p>${t.none}</p>` : html`${canAct ? html`<p><label class="inline-check"><input type="checkbox" id="select-all"> ${t.selectAll}</label></p>` : ''}
${listTable(t.caption, columns, view.page.items, row)}`}
${view.page.nextCursor ? html`<p><a rel="next" href="${nextPageHref('/claims', f, view.page.nextCursor)}">${m.common.nextPage}</a></p>` : ''}
</div>
<aside class="queue-side card" aria-labelledby="saved-title">
  <h2 id="saved-title">${t.saved}</h2>
  ${view.saved.length === 0 ? html`<p class="muted">${t.noSaved}</p>` : html`<ul class="saved">${view.saved.map((s) => html`<li><a href="/claims?${s.query}">${s.name}</a>${s.shared ? html` <span class="badge">${t.sharedBadge}</span>` : ''}${s.mine ? html` <button type="button" class="link" data-delete-filter="${s.id}" aria-label="${t.deleteFilter}: ${s.name}">${t.deleteFilter}</button>` : ''}</li>`)}</ul>`}
  <form id="save-filter" data-query="${view.query}">
    <h3>${t.saveTitle}</h3>
    <p><label for="filter-name">${t.name}</label><input id="filter-name" name="name" maxlength="100" required></p>
    <p><label class="inline-check"><input type="checkbox" name="shared"> ${t.shared}</label></p>
    <p id="save-filter-error" class="error" role="alert" hidden></p>
    <p><button type="submit">${t.save}</button></p>
  </form>
</aside>
</div>`,
  });
}
