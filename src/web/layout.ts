import { type Actor, hasRole } from '../common/vocabulary';
import { assetUrl } from './assets';
import { Html, html } from './html';

export interface PageOptions {
  title: string;
  actor: Actor | null;
  /** Which nav item is the current page. */
  section?: 'dashboard' | 'articles' | 'sources' | 'import' | 'inbox';
  /** The page's own script and style, besides the shared ones. */
  script?: string;
  body: Html;
}

const NAV: { section: PageOptions['section']; href: string; label: string }[] = [
  { section: 'dashboard', href: '/', label: 'Dashboard' },
  { section: 'articles', href: '/articles', label: 'Articles' },
  { section: 'sources', href: '/sources', label: 'Sources' },
];
/** Intake (src/web/pages/intake.page.ts): importing for editors, and everyone's inbox with its unread count (nav.js keeps it current). */
const INTAKE_NAV = (actor: Actor) => [
  ...(hasRole(actor.role, 'editor') ? [{ section: 'import' as const, href: '/import', label: 'Import', count: false }] : []),
  { section: 'inbox' as const, href: '/inbox', label: 'Inbox', count: true },
];

/**
 * The page shell: skip link, navigation, who is signed in, and the live region page scripts report into.
 * Page scripts import ./desk.js by the same unversioned URL that is preloaded here, so the shared module runs once.
 */
export function layout(options: PageOptions): Html {
  const { actor } = options;
  return html`<!doctype html>
<html lang="en">
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
<body${actor ? html` data-role="${actor.role}" data-user-id="${actor.id}"` : ''}>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">Claimtrack</a>
  ${actor ? html`<nav aria-label="Desk"><ul>${NAV.map((item) => html`<li><a href="${item.href}"${item.section === options.section ? html` aria-current="page"` : ''}>${item.label}</a></li>`)}${INTAKE_NAV(actor).map((item) => html`<li><a href="${item.href}"${item.section === options.section ? html` aria-current="page"` : ''}>${item.label}${item.count ? html` <span class="nav-count" data-inbox-count hidden></span>` : ''}</a></li>`)}</ul></nav>
  <form class="who" method="post" action="/session/logout" data-sign-out>
    <span>${actor.displayName} <span class="role">(${actor.role})</span></span>
    <button type="submit">Sign out</button>
  </form>` : ''}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<div id="notice" role="status" aria-live="polite" class="notice" hidden></div>
</body>
</html>`;
}
