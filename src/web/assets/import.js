import { api, esc, FROM_THE_DESK, notice, Problem, t, word } from './desk.js';

// Importing an article: "Preview" runs the extractor on the server without saving and highlights
// the claims it would create; "Import" saves through POST /api/articles. A body already on the desk
// says which article it repeats. Bulk: a JSON Lines file goes to POST /api/imports, and every
// running import shows a progress bar fed by its server-sent events.
const form = document.getElementById('import-form');
const result = document.getElementById('imp-result');
const problem = document.getElementById('imp-problem');
const detected = document.getElementById('imp-detected');
const field = (name) => form.elements.namedItem(name);

const JOB_STATE = { queued: 'jobQueued', running: 'jobRunning', done: 'jobDone' };
const TEXT = {
  detected: (language) => t('detected', { language }),
  claimsFound: (n) => (n === 1 ? t('claimsFoundOne') : t('claimsFound', { n })),
  duplicate: (d) => esc(t('duplicateOf', { link: '\u0000' })).replace('\u0000', `<a href="${esc(d.url)}">${esc(t('articleN', { id: d.id, title: d.title }))}</a>`),
  imported: (a) => esc(t('importedWith', { link: '\u0000', n: a.extractedClaims })).replace('\u0000', `<a href="/articles/${a.id}">${esc(a.title)}</a>`),
  progress: (job) => t('importProgress', { ...job, state: t(JOB_STATE[job.state] ?? job.state) }),
  none: t('noImports'),
};

function article() {
  const wire = field('wireAgencies').value.split(',').map((s) => s.trim()).filter(Boolean);
  const published = field('publishedAt').value;
  const value = { title: field('title').value.trim(), body: field('body').value };
  if (field('language').value) value.language = field('language').value;
  if (field('outlet').value.trim()) value.outlet = field('outlet').value.trim();
  if (field('url').value.trim()) value.url = field('url').value.trim();
  if (published) value.publishedAt = new Date(published).toISOString();
  if (wire.length) value.wireAgencies = wire;
  return value;
}

/** The body with the claims' words marked, cut at every claim boundary (offsets are code points). */
function highlighted(body, claims) {
  const chars = Array.from(body);
  const cuts = new Set([0, chars.length]);
  for (const c of claims) { cuts.add(c.start); cuts.add(c.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= chars.length).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const text = esc(chars.slice(from, to).join(''));
    const covering = claims.filter((c) => c.start <= from && c.end >= to);
    out += covering.length ? `<mark class="claim st-unverified" title="${esc(covering.map((c) => c.text).join('\n'))}">${text}</mark>` : text;
  }
  return out;
}

function showPreview(preview, body) {
  detected.textContent = TEXT.detected(preview.detectedLanguage);
  result.hidden = false;
  result.innerHTML = `${preview.duplicateOf ? `<p class="conflict">${TEXT.duplicate(preview.duplicateOf)}</p>` : ''}
<h2>${esc(TEXT.claimsFound(preview.claims.length))}</h2>
<div class="body" id="preview-body">${highlighted(body, preview.claims)}</div>
<ol class="claim-list" id="preview-claims">${preview.claims.map((c) => `<li><span class="badge">${esc(word('kind', c.kind))}</span> ${esc(c.text)}
  <span class="muted">${esc(c.attributions.map((a) => `${a.sourceName} (${word('role', a.role)}${a.cue ? `, „${a.cue}“` : ''})`).join('; '))}</span></li>`).join('')}</ol>`;
}

function fail(error) {
  if (error instanceof Problem && error.body?.existingArticleId) {
    problem.innerHTML = TEXT.duplicate({ id: error.body.existingArticleId, url: `/articles/${error.body.existingArticleId}`, title: error.body.detail?.match(/\("(.*)"\)/)?.[1] ?? '' });
  } else problem.textContent = error instanceof Problem ? error.describe() : String(error.message ?? error);
}

document.getElementById('imp-preview').addEventListener('click', async () => {
  problem.textContent = '';
  const value = article();
  try {
    showPreview(await api('/api/imports/preview', { method: 'POST', body: { title: value.title || undefined, body: value.body, language: value.language } }), value.body);
  } catch (error) {
    fail(error);
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  problem.textContent = '';
  try {
    const created = await api('/api/articles', { method: 'POST', body: article() });
    result.hidden = false;
    result.innerHTML = `<p>${TEXT.imported(created)}</p>`;
    notice(t('importedArticle', { id: created.id }));
  } catch (error) {
    fail(error);
  }
});

let detecting;
field('body').addEventListener('input', () => {
  clearTimeout(detecting);
  const body = field('body').value;
  if (body.trim().length < 40) return;
  detecting = setTimeout(async () => {
    const preview = await api('/api/imports/preview', { method: 'POST', body: { body } }).catch(() => null);
    if (preview) detected.textContent = TEXT.detected(preview.detectedLanguage);
  }, 600);
});

// ---- bulk imports and their progress ------------------------------------------------------------

const jobs = document.getElementById('imports');
const followed = new Set();

function drawJob(job) {
  let row = jobs.querySelector(`[data-job="${job.id}"]`);
  if (!row) {
    jobs.querySelector('.muted')?.remove();
    row = document.createElement('li');
    row.dataset.job = String(job.id);
    jobs.prepend(row);
  }
  row.innerHTML = `<progress max="${job.total}" value="${job.done}" aria-label="${esc(t('importN', { id: job.id }))}"></progress> <span>${esc(TEXT.progress(job))}</span>`;
}

function follow(job) {
  drawJob(job);
  if (job.state === 'done' || followed.has(job.id)) return;
  followed.add(job.id);
  const stream = new EventSource(`/api/imports/${job.id}/stream`);
  stream.addEventListener('progress', (event) => {
    const current = JSON.parse(event.data);
    drawJob(current);
    if (current.state === 'done') stream.close();
  });
}

async function loadJobs() {
  const page = await api('/api/imports?limit=10').catch(() => ({ items: [] }));
  if (!page.items.length) jobs.innerHTML = `<li class="muted">${esc(TEXT.none)}</li>`;
  for (const job of [...page.items].reverse()) follow(job);
}

document.getElementById('bulk-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('bulk-file').files[0];
  if (!file) return;
  const data = new FormData();
  data.append('file', file);
  const response = await fetch('/api/imports', { method: 'POST', body: data, headers: FROM_THE_DESK, credentials: 'same-origin' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) return notice(new Problem(response.status, body).describe());
  follow({ ...body, origin: file.name, done: 0, imported: 0, duplicates: 0, refused: 0 });
});

loadJobs();
