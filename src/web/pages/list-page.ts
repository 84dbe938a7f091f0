import type { Page } from '../../common/pagination/cursor';
import { html, Html } from '../html';
import { layout, PageOptions } from '../layout';
import type { Reader } from '../page-session';

export interface ListColumn {
  label: string;
  numeric?: boolean;
}

/** A searchable list page (articles, sources): the filter form, what was wrong with it, the table, and the next page. */
export interface ListPage<Item> {
  reader: Reader;
  section: NonNullable<PageOptions['section']>;
  title: string;
  /** The page's own path: the form's action, "Clear", and the next page's base. */
  path: string;
  /** The filter form's fields, and the values they were given (kept on the next page's link). */
  fields: Html;
  filters: object;
  problem: string | null;
  page: Page<Item>;
  noneMatch: string;
  caption: string;
  columns: ListColumn[];
  row: (item: Item) => Html;
}

export function nextPageHref(path: string, filters: object, cursor: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value) params.set(key, value);
  params.set('cursor', cursor);
  return `${path}?${params}`;
}

/** A table whose rows become cards on a phone: each cell carries its column's name (data-label) for that view. */
export function listTable<Item>(caption: string, columns: ListColumn[], items: Item[], row: (item: Item) => Html): Html {
  return html`<table class="list cards">
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr>${columns.map((column) => html`<th scope="col"${column.numeric ? html` class="num"` : ''}>${column.label}</th>`)}</tr></thead>
  <tbody>${items.map((item) => html`<tr>
    ${withLabels(row(item), columns)}
  </tr>`)}</tbody>
</table>`;
}

/** Puts each column's label on its cell, in order, for the phone's card view. */
function withLabels(cells: Html, columns: ListColumn[]): Html {
  let index = 0;
  return new Html(cells.value.replace(/<td(?=[\s>])/g, () => `<td data-label="${escapeAttribute(columns[index++]?.label ?? '')}"`));
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function listPage<Item>(list: ListPage<Item>): Html {
  const { page, reader } = list;
  const { m } = reader;
  return layout({
    title: list.title,
    reader,
    section: list.section,
    body: html`<h1>${list.title}</h1>
<form class="filters card" method="get" action="${list.path}" role="search">
  ${list.fields}
  <p><button type="submit">${m.common.search}</button> <a href="${list.path}">${m.common.clear}</a></p>
</form>
${list.problem ? html`<p class="error" role="alert">${m.common.filtersIgnored} ${list.problem}</p>` : ''}
${page.items.length === 0 ? html`<p>${list.noneMatch}</p>` : listTable(list.caption, list.columns, page.items, list.row)}
${page.nextCursor ? html`<p><a rel="next" href="${nextPageHref(list.path, list.filters, page.nextCursor)}">${m.common.nextPage}</a></p>` : ''}`,
  });
}
