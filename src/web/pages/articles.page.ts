import type { ArticleResponseDto } from '../../articles/article.dto';
import type { Actor } from '../../common/vocabulary';
import type { Page } from '../../common/pagination/cursor';
import { html, Html } from '../html';
import { listPage } from './list-page';

export interface ArticleFilters {
  q?: string;
  outlet?: string;
  language?: string;
}

export function articlesPage(actor: Actor, filters: ArticleFilters, page: Page<ArticleResponseDto>, problem: string | null): Html {
  return listPage({
    actor, section: 'articles', title: 'Articles', path: '/articles', filters, problem, page,
    fields: html`<p><label for="q">Title contains</label><input id="q" name="q" type="search" value="${filters.q ?? ''}"></p>
  <p><label for="outlet">Outlet</label><input id="outlet" name="outlet" value="${filters.outlet ?? ''}"></p>
  <p><label for="language">Language</label><input id="language" name="language" value="${filters.language ?? ''}" placeholder="de, en" size="6"></p>`,
    noneMatch: 'No articles match.',
    caption: 'Articles, newest first',
    columns: [{ label: 'Title' }, { label: 'Outlet' }, { label: 'Language' }, { label: 'Published' }, { label: 'Claims', numeric: true }],
    row: (article) => html`<td><a href="/articles/${article.id}">${article.title}</a></td><td>${article.outlet ?? '–'}</td><td>${article.language}</td>
    <td>${article.publishedAt ? html`<time datetime="${article.publishedAt}">${article.publishedAt.slice(0, 10)}</time>` : '–'}</td><td class="num">${article.claimCount}</td>`,
  });
}
