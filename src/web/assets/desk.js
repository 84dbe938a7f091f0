// Shared by every page of the desk: API calls with the session cookie, status words, notices, sign-out.
// Plain browser JavaScript (ES2020 modules), no build step: what is here is what runs.

/** The reader's words (layout.ts puts them in the page): the vocabulary's and the scripts' own. */
const WORDS = JSON.parse(document.getElementById('desk-words')?.textContent || '{"words":{},"client":{}}');
export const words = WORDS.words;
/** A script's message in the reader's language, `{name}` filled from `values`. */
export function t(key, values = {}) {
  const text = WORDS.client[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}
/** A value of the vocabulary (status, kind, role, stance, sourceType, origin, action) as a word, never the raw value. */
export const word = (table, value) => words[table]?.[value] ?? String(value).replace(/_/g, ' ');
/** A refusal in the reader's words when the desk knows its rule, else the service's own text. */
export const explain = (rule, detail) => (rule && WORDS.rules?.[rule]) || detail;

/** Same symbols as src/web/status.ts: status is never colour alone. */
const ICONS = { unverified: '○', in_review: '◔', corroborated: '✓', disputed: '✗', inconclusive: '?' };
export const STATUS = Object.fromEntries(Object.keys(ICONS).map((status) => [status, { label: word('status', status), icon: ICONS[status] }]));
export const VERDICTS = ['corroborated', 'disputed', 'inconclusive'];
export const statusText = (status) => `${STATUS[status].icon} ${STATUS[status].label}`;

const ROLES = ['viewer', 'checker', 'editor', 'admin'];
export const me = { id: Number(document.body.dataset.userId), role: document.body.dataset.role || 'viewer' };
export const hasRole = (role) => ROLES.indexOf(me.role) >= ROLES.indexOf(role);

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Everything that goes into innerHTML passes through here unless it is markup we wrote. */
export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** An API failure as the service describes it (RFC 9457 problem+json). */
export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail || `${t('failed')} (${status})`);
    this.status = status;
    this.body = body || {};
  }
  /** The message with every invalid field, as the API lists them. */
  describe() {
    const fields = (this.body.errors || []).map((error) => `${error.path}: ${error.message}`);
    return [explain(this.body.rule, this.message), ...fields].join(' ');
  }
}

/** Sent with every request our pages make: cookie sessions need it on writes (the server's CSRF check). */
export const FROM_THE_DESK = { 'x-claimtrack-client': 'web' };

function toSignIn() {
  location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`);
}

/**
 * Calls the API as the signed-in reader. The cookie goes along by itself; the header tells the
 * server this request comes from our own pages (the CSRF check for cookie sessions).
 */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { accept: 'application/json', ...FROM_THE_DESK };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  if (response.status === 401) {
    toSignIn();
    throw new Problem(401, { detail: t('sessionEnded') });
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Problem(response.status, data);
  return data;
}

let noticeTimer;
/** A short message in the page's polite live region. */
export function notice(message) {
  const box = document.getElementById('notice');
  if (!box) return;
  box.textContent = message;
  box.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (box.hidden = true), 6000);
}

/** A source picked by name reads "Name (#id)", so the choice is unambiguous: the id, or null when the text names no pick. */
export function sourceIdIn(text) {
  const match = /#(\d+)\)?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Suggests sources while a name is typed: 200 ms after the last key, the matching sources go into the
 * datalist (a function, as a panel redraws it) as "Name (#id)". Returns the input's event handler.
 */
export function suggestSources(datalist, { except } = {}) {
  let pending;
  return (input) => {
    clearTimeout(pending);
    const q = input.value.trim();
    if (q.length < 2 || sourceIdIn(q) !== null) return;
    pending = setTimeout(async () => {
      const page = await api(`/api/sources?q=${encodeURIComponent(q)}&limit=10`).catch(() => ({ items: [] }));
      datalist().innerHTML = page.items
        .filter((source) => source.id !== except)
        .map((source) => `<option value="${esc(`${source.name} (#${source.id})`)}"></option>`)
        .join('');
    }, 200);
  };
}

/** The reader's time zone: their setting, else their browser's. */
export const timeZone = document.body.dataset.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const locale = document.body.dataset.locale || 'en-GB';
const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });

/** Date and time in one zone, the reader's: a claim at 23:30 UTC never shows the next day's date with the day before's time. */
export function shortTime(iso) {
  return dateTime.format(new Date(iso));
}

/** Server-rendered times are in the reader's zone when they set one, else UTC: here they move to the browser's. */
export function localizeTimes(root = document) {
  for (const element of root.querySelectorAll('time[datetime]')) {
    const value = element.getAttribute('datetime');
    if (!value || Number.isNaN(Date.parse(value))) continue;
    element.textContent = (element.hasAttribute('data-date') ? dateOnly : dateTime).format(new Date(value));
  }
}
if (!document.body.dataset.timeZone) localizeTimes();

// Sign-out goes through fetch so that it carries the web client header like every other change.
const signOut = document.querySelector('[data-sign-out]');
signOut?.addEventListener('submit', async (event) => {
  event.preventDefault();
  await fetch('/session/logout', { method: 'POST', headers: FROM_THE_DESK, credentials: 'same-origin' });
  location.assign('/login');
});

// A message a page left for the next one (after a reload that shows the new state): announced once.
const pending = sessionStorage.getItem('desk-notice');
if (pending) {
  sessionStorage.removeItem('desk-notice');
  setTimeout(() => notice(pending), 50);
}
