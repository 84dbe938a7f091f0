import type { ArticleResponseDto } from '../../articles/article.dto';
import type { Page } from '../../common/pagination/cursor';
import { html, Html } from '../html';
import { formatTime } from '../i18n';
import type { Reader } from '../page-session';
import { listPage } from './list-page';

export interface ArticleFilters {
  q?: string;
  outlet?: string;
  language?: string;
}

export function articlesPage(reader: Reader, filters: ArticleFilters, page: Page<ArticleResponseDto>, problem: string | null): Html {
  const t = reader.m.articles;
  return listPage({
    reader, section: 'articles', title: t.title, path: '/articles', filters, problem, page,
    fields: html`<p><label for="q">${t.titleContains}</label><input id="q" name="q" type="search" value="${filters.q ?? ''}"></p>
  <p><label for="outlet">${t.outlet}</label><input id="outlet" name="outlet" value="${filters.outlet ?? ''}"></p>
  <p><label for="language">${t.language}</label><input id="language" name="language" value="${filters.language ?? ''}" placeholder="de, en" size="6"></p>`,
    noneMatch: t.none,
    caption: t.caption,
    columns: [{ label: t.columns.title }, { label: t.columns.outlet }, { label: t.columns.language }, { label: t.columns.published }, { label: t.columns.claims, numeric: true }],
    row: (article) => html`<td><a href="/articles/${article.id}">${article.title}</a></td><td>${article.outlet ?? '–'}</td><td>${article.language}</td>
    <td>${article.publishedAt ? html`<time datetime="${article.publishedAt}" data-date>${formatTime(article.publishedAt, reader.m, reader.timeZone, false)}</time>` : '–'}</td><td class="num">${article.claimCount}</td>`,
  });
}
