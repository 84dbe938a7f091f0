import type { Page } from '../../common/pagination/cursor';
import type { SourceResponseDto } from '../../sources/source.dto';
import { SOURCE_TYPES } from '../../common/vocabulary';
import { html, Html } from '../html';
import type { Messages } from '../i18n';
import type { Reader } from '../page-session';
import { listPage } from './list-page';

export interface SourceFilters {
  q?: string;
  type?: string;
}

export const sourceTypeLabel = (m: Messages, type: string) => m.words.sourceType[type as keyof Messages['words']['sourceType']] ?? type.replace(/_/g, ' ');

export function sourcesPage(reader: Reader, filters: SourceFilters, page: Page<SourceResponseDto>, problem: string | null): Html {
  const { m } = reader;
  const t = m.sources;
  return listPage({
    reader, section: 'sources', title: t.title, path: '/sources', filters, problem, page,
    fields: html`<p><label for="q">${t.nameOrAlias}</label><input id="q" name="q" type="search" value="${filters.q ?? ''}"></p>
  <p><label for="type">${t.type}</label><select id="type" name="type"><option value="">${t.anyType}</option>${SOURCE_TYPES.map((type) => html`<option value="${type}"${filters.type === type ? html` selected` : ''}>${sourceTypeLabel(m, type)}</option>`)}</select></p>`,
    noneMatch: t.none,
    caption: t.caption,
    columns: [{ label: t.columns.name }, { label: t.columns.type }, { label: t.columns.country }, { label: t.columns.aliases }, { label: t.columns.affiliation }],
    row: (source) => html`<td><a href="/sources/${source.id}">${source.name}</a></td><td>${sourceTypeLabel(m, source.type)}</td><td>${source.country ?? '–'}</td>
    <td>${source.aliases.join(', ') || '–'}</td><td>${source.affiliation ? html`<a href="/sources/${source.affiliation.id}">${source.affiliation.name}</a>` : '–'}</td>`,
  });
}
