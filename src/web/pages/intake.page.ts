import { html, Html } from '../html';
import { layout } from '../layout';
import type { Reader } from '../page-session';

/**
 * The desk's intake pages: importing an article (with a preview of its claims) and bulk uploads with
 * their progress, and each reader's inbox. The pages are frames in the reader's words; import.js
 * and inbox.js call /api and take their own words from the page (messages.*.ts, `client`).
 */
export function importPage(reader: Reader): Html {
  const w = reader.m.intake;
  return layout({
    title: w.importTitle,
    reader,
    section: 'import',
    script: 'import.js',
    body: html`<h1>${w.importTitle}</h1>
<form id="import-form" class="card import-form" novalidate>
  <p><label for="imp-title">${w.title}</label><input id="imp-title" name="title" required maxlength="1000"></p>
  <p><label for="imp-body">${w.body}</label><textarea id="imp-body" name="body" rows="14" required></textarea></p>
  <div class="filters">
    <p><label for="imp-outlet">${w.outlet}</label><input id="imp-outlet" name="outlet" maxlength="200"></p>
    <p><label for="imp-url">${w.url}</label><input id="imp-url" name="url" type="url" maxlength="2000"></p>
    <p><label for="imp-language">${w.language}</label><select id="imp-language" name="language"><option value="">${w.detect}</option><option value="de">${w.german}</option><option value="en">${w.english}</option></select>
      <span id="imp-detected" class="muted" aria-live="polite"></span></p>
    <p><label for="imp-published">${w.published}</label><input id="imp-published" name="publishedAt" type="datetime-local"></p>
    <p><label for="imp-wire">${w.wire}</label><input id="imp-wire" name="wireAgencies" placeholder="AFP, dpa, AP"></p>
  </div>
  <p><button type="button" id="imp-preview">${w.preview}</button> <button type="submit" class="primary" id="imp-save">${w.import}</button></p>
  <div id="imp-problem" class="error" role="alert"></div>
</form>
<section id="imp-result" class="card" aria-live="polite" hidden></section>
<section class="card" aria-labelledby="bulk-title">
  <h2 id="bulk-title">${w.bulkTitle}</h2>
  <p class="muted">${w.bulkExplain}</p>
  <form id="bulk-form"><label for="bulk-file">${w.file}</label> <input id="bulk-file" name="file" type="file" accept=".jsonl,.ndjson,application/x-ndjson"> <button type="submit">${w.upload}</button></form>
  <h3>${w.imports}</h3>
  <ul id="imports" class="imports"><li class="muted">${w.loading}</li></ul>
</section>`,
  });
}

export function inboxPage(reader: Reader): Html {
  const w = reader.m.intake;
  return layout({
    title: w.inboxTitle,
    reader,
    section: 'inbox',
    script: 'inbox.js',
    body: html`<h1>${w.inboxTitle}</h1>
<p><button type="button" id="inbox-read-all">${w.markAllRead}</button> <span id="inbox-live" class="live">${w.connecting}</span></p>
<ol id="inbox-list" class="inbox"><li class="muted">${w.loading}</li></ol>`,
  });
}
