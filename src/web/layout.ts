import { hasRole, type UserLanguage } from '../common/vocabulary';
import { assetUrl } from './assets';
import { Html, html, jsonData } from './html';
import type { Messages } from './i18n';
import type { Reader } from './page-session';

export interface PageOptions {
  title: string;
  /** The signed-in reader, or the words for someone who is not signed in. */
  reader: Reader | { actor: null; language: UserLanguage; m: Messages; timeZone: null };
  /** Which nav item is the current page. */
  section?: 'dashboard' | 'claims' | 'articles' | 'sources' | 'settings' | 'import' | 'inbox';
  /** The page's own script and style, besides the shared ones. */
  script?: string;
  body: Html;
}

const NAV = ['dashboard', 'claims', 'articles', 'sources', 'settings'] as const;
const HREF: Record<(typeof NAV)[number], string> = { dashboard: '/', claims: '/claims', articles: '/articles', sources: '/sources', settings: '/settings' };

/**
 * The page shell: skip link, navigation, who is signed in, and the live region page scripts report
 * into. The page's language and the reader's time zone ride on <body>, and the scripts' words in a
 * JSON island, so every script speaks the reader's language without a request of its own.
 * Page scripts import ./desk.js by the same unversioned URL that is preloaded here, so the shared module runs once.
 */
export function layout(options: PageOptions): Html {
  const { actor, m, language, timeZone } = options.reader;
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Claimtrack</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('desk.css')}">
<link rel="modulepreload" href="/assets/desk.js">
<script type="module" src="${options.script ? assetUrl(options.script) : '/assets/desk.js'}"></script>
${actor ? html`<script type="module" src="${assetUrl('nav.js')}"></script>` : ''}
</head>
<body data-lang="${language}" data-locale="${m.locale}"${timeZone ? html` data-time-zone="${timeZone}"` : ''}${actor ? html` data-role="${actor.role}" data-user-id="${actor.id}"` : ''}>
<a class="skip" href="#main">${m.nav.skip}</a>
<header class="top">
  <a class="brand" href="/">Claimtrack</a>
  ${actor ? html`<nav aria-label="${m.nav.label}"><ul>${NAV.map((item) => html`<li><a href="${HREF[item]}"${item === options.section ? html` aria-current="page"` : ''}>${m.nav[item]}</a></li>`)}${hasRole(actor.role, 'editor') ? html`<li><a href="/import"${options.section === 'import' ? html` aria-current="page"` : ''}>${m.nav.import}</a></li>` : ''}<li><a href="/inbox"${options.section === 'inbox' ? html` aria-current="page"` : ''}>${m.nav.inbox} <span class="nav-count" data-inbox-count hidden></span></a></li></ul></nav>
  <form class="who" method="post" action="/session/logout" data-sign-out>
    <span>${actor.displayName} <span class="role">(${m.words.userRole[actor.role]})</span></span>
    <button type="submit">${m.nav.signOut}</button>
  </form>` : ''}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<div id="notice" role="status" aria-live="polite" class="notice" hidden></div>
${jsonData('desk-words', { words: m.words, client: m.client, rules: m.rules })}
</body>
</html>`;
}
