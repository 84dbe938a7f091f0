import type { ArticleResponseDto } from '../../articles/article.dto';
import type { Actor } from '../../auth/roles';
import type { Page } from '../../common/pagination/cursor';
import { html, Html } from '../html';
import { layout } from '../layout';

export interface ArticleFilters {
  q?: string;
  outlet?: string;
  language?: string;
}

export function nextPageHref(path: string, filters: object, cursor: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value) params.set(key, value);
  params.set('cursor', cursor);
  return `${path}?${params}`;
}

export function articlesPage(actor: Actor, filters: ArticleFilters, page: Page<ArticleResponseDto>, problem: string | null): Html {
  return layout({
    title: 'Articles',
    actor,
    section: 'articles',
    body: html`<h1>Articles</h1>
<form class="filters card" method="get" action="/articles" role="search">
  <p><label for="q">Title contains</label><input id="q" name="q" type="search" value="${filters.q ?? ''}"></p>
  <p><label for="outlet">Outlet</label><input id="outlet" name="outlet" value="${filters.outlet ?? ''}"></p>
  <p><label for="language">Language</label><input id="language" name="language" value="${filters.language ?? ''}" placeholder="de, en" size="6"></p>
  <p><button type="submit">Search</button> <a href="/articles">Clear</a></p>
</form>
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
${page.items.length === 0
  ? html`<p>No articles match.</p>`
  : html`<table class="list">
  <caption class="visually-hidden">Articles, newest first</caption>
  <thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Language</th><th scope="col">Published</th><th scope="col" class="num">Claims</th></tr></thead>
  <tbody>${page.items.map((article) => html`<tr>
    <td><a href="/articles/${article.id}">${article.title}</a></td><td>${article.outlet ?? '–'}</td><td>${article.language}</td>
    <td>${article.publishedAt ? html`<time datetime="${article.publishedAt}">${article.publishedAt.slice(0, 10)}</time>` : '–'}</td><td class="num">${article.claimCount}</td>
  </tr>`)}</tbody>
</table>`}
${page.nextCursor ? html`<p><a rel="next" href="${nextPageHref('/articles', filters, page.nextCursor)}">Next page</a></p>` : ''}`,
  });
}
