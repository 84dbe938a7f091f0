import type { Actor } from '../../common/vocabulary';
import type { Page } from '../../common/pagination/cursor';
import type { SourceResponseDto } from '../../sources/source.dto';
import { SOURCE_TYPES } from '../../common/vocabulary';
import { html, Html } from '../html';
import { listPage } from './list-page';

export interface SourceFilters {
  q?: string;
  type?: string;
}

export const sourceTypeLabel = (type: string) => type.replace(/_/g, ' ');

export function sourcesPage(actor: Actor, filters: SourceFilters, page: Page<SourceResponseDto>, problem: string | null): Html {
  return listPage({
    actor, section: 'sources', title: 'Sources', path: '/sources', filters, problem, page,
    fields: html`<p><label for="q">Name or alias</label><input id="q" name="q" type="search" value="${filters.q ?? ''}"></p>
  <p><label for="type">Type</label><select id="type" name="type"><option value="">Any type</option>${SOURCE_TYPES.map((type) => html`<option value="${type}"${filters.type === type ? html` selected` : ''}>${sourceTypeLabel(type)}</option>`)}</select></p>`,
    noneMatch: 'No sources match.',
    caption: 'Sources',
    columns: [{ label: 'Name' }, { label: 'Type' }, { label: 'Country' }, { label: 'Aliases' }, { label: 'Affiliation' }],
    row: (source) => html`<td><a href="/sources/${source.id}">${source.name}</a></td><td>${sourceTypeLabel(source.type)}</td><td>${source.country ?? '–'}</td>
    <td>${source.aliases.join(', ') || '–'}</td><td>${source.affiliation ? html`<a href="/sources/${source.affiliation.id}">${source.affiliation.name}</a>` : '–'}</td>`,
  });
}
