import type { Actor } from '../../common/vocabulary';
import type { Page } from '../../common/pagination/cursor';
import { html, Html } from '../html';
import { layout, PageOptions } from '../layout';

export interface ListColumn {
  label: string;
  numeric?: boolean;
}

/** A searchable list page (articles, sources): the filter form, what was wrong with it, the table, and the next page. */
export interface ListPage<Item> {
  actor: Actor;
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

export function listPage<Item>(list: ListPage<Item>): Html {
  const { page } = list;
  return layout({
    title: list.title,
    actor: list.actor,
    section: list.section,
    body: html`<h1>${list.title}</h1>
<form class="filters card" method="get" action="${list.path}" role="search">
  ${list.fields}
  <p><button type="submit">Search</button> <a href="${list.path}">Clear</a></p>
</form>
${list.problem ? html`<p class="error" role="alert">${list.problem}</p>` : ''}
${page.items.length === 0
  ? html`<p>${list.noneMatch}</p>`
  : html`<table class="list">
  <caption class="visually-hidden">${list.caption}</caption>
  <thead><tr>${list.columns.map((column) => html`<th scope="col"${column.numeric ? html` class="num"` : ''}>${column.label}</th>`)}</tr></thead>
  <tbody>${page.items.map((item) => html`<tr>
    ${list.row(item)}
  </tr>`)}</tbody>
</table>`}
${page.nextCursor ? html`<p><a rel="next" href="${nextPageHref(list.path, list.filters, page.nextCursor)}">Next page</a></p>` : ''}`,
  });
}
