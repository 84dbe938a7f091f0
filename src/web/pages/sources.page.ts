import type { Actor } from '../../auth/roles';
import type { Page } from '../../common/pagination/cursor';
import type { SourceResponseDto } from '../../sources/source.dto';
import { SOURCE_TYPES } from '../../sources/source-type';
import { html, Html } from '../html';
import { layout } from '../layout';
import { nextPageHref } from './articles.page';

export interface SourceFilters {
  q?: string;
  type?: string;
}

export const sourceTypeLabel = (type: string) => type.replace(/_/g, ' ');

export function sourcesPage(actor: Actor, filters: SourceFilters, page: Page<SourceResponseDto>, problem: string | null): Html {
  return layout({
    title: 'Sources',
    actor,
    section: 'sources',
    body: html`<h1>Sources</h1>
<form class="filters card" method="get" action="/sources" role="search">
  <p><label for="q">Name or alias</label><input id="q" name="q" type="search" value="${filters.q ?? ''}"></p>
  <p><label for="type">Type</label><select id="type" name="type"><option value="">Any type</option>${SOURCE_TYPES.map((type) => html`<option value="${type}"${filters.type === type ? html` selected` : ''}>${sourceTypeLabel(type)}</option>`)}</select></p>
  <p><button type="submit">Search</button> <a href="/sources">Clear</a></p>
</form>
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
${page.items.length === 0
  ? html`<p>No sources match.</p>`
  : html`<table class="list">
  <caption class="visually-hidden">Sources</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Country</th><th scope="col">Aliases</th><th scope="col">Affiliation</th></tr></thead>
  <tbody>${page.items.map((source) => html`<tr>
    <td><a href="/sources/${source.id}">${source.name}</a></td><td>${sourceTypeLabel(source.type)}</td><td>${source.country ?? '–'}</td>
    <td>${source.aliases.join(', ') || '–'}</td><td>${source.affiliation ? html`<a href="/sources/${source.affiliation.id}">${source.affiliation.name}</a>` : '–'}</td>
  </tr>`)}</tbody>
</table>`}
${page.nextCursor ? html`<p><a rel="next" href="${nextPageHref('/sources', filters, page.nextCursor)}">Next page</a></p>` : ''}`,
  });
}
