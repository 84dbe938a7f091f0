import type { Actor } from '../../common/vocabulary';
import { html, Html } from '../html';
import { layout } from '../layout';

/**
 * The desk's intake pages: importing an article (with a preview of its claims) and bulk uploads with
 * their progress, and each reader's inbox. The pages are frames; import.js and inbox.js call /api.
 * Their words are here and in those scripts, for the translation of the desk.
 */
export function importPage(actor: Actor): Html {
  return layout({
    title: 'Import article',
    actor,
    section: 'import',
    script: 'import.js',
    body: html`<h1>Import article</h1>
<form id="import-form" class="card import-form" novalidate>
  <p><label for="imp-title">Title</label><input id="imp-title" name="title" required maxlength="1000"></p>
  <p><label for="imp-body">Body (paste the plain text)</label><textarea id="imp-body" name="body" rows="14" required></textarea></p>
  <div class="filters">
    <p><label for="imp-outlet">Outlet</label><input id="imp-outlet" name="outlet" maxlength="200"></p>
    <p><label for="imp-url">URL</label><input id="imp-url" name="url" type="url" maxlength="2000"></p>
    <p><label for="imp-language">Language</label><select id="imp-language" name="language"><option value="">Detect</option><option value="de">de (German)</option><option value="en">en (English)</option></select>
      <span id="imp-detected" class="muted" aria-live="polite"></span></p>
    <p><label for="imp-published">Published</label><input id="imp-published" name="publishedAt" type="datetime-local"></p>
    <p><label for="imp-wire">Wire agencies</label><input id="imp-wire" name="wireAgencies" placeholder="AFP, dpa, AP"></p>
  </div>
  <p><button type="button" id="imp-preview">Preview</button> <button type="submit" class="primary" id="imp-save">Import</button></p>
  <div id="imp-problem" class="error" role="alert"></div>
</form>
<section id="imp-result" class="card" aria-live="polite" hidden></section>
<section class="card" aria-labelledby="bulk-title">
  <h2 id="bulk-title">Bulk import (JSON Lines)</h2>
  <p class="muted">One article per line, with the fields of the API (title, body, language, outlet, url, publishedAt, wireAgencies). Duplicates are skipped; lines that are not articles are reported.</p>
  <form id="bulk-form"><label for="bulk-file">File</label> <input id="bulk-file" name="file" type="file" accept=".jsonl,.ndjson,application/x-ndjson"> <button type="submit">Upload</button></form>
  <h3>Imports</h3>
  <ul id="imports" class="imports"><li class="muted">Loading…</li></ul>
</section>`,
  });
}

export function inboxPage(actor: Actor): Html {
  return layout({
    title: 'Inbox',
    actor,
    section: 'inbox',
    script: 'inbox.js',
    body: html`<h1>Inbox</h1>
<p><button type="button" id="inbox-read-all">Mark all read</button> <span id="inbox-live" class="live">Live updates: connecting…</span></p>
<ol id="inbox-list" class="inbox"><li class="muted">Loading…</li></ol>`,
  });
}
