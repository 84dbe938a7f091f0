import { api, esc, hasRole, me, notice, Problem, shortTime, sourceIdIn, STATUS, statusText, suggestSources, VERDICTS } from './desk.js';

// The annotated article: highlights come rendered from the server; this script opens a claim's
// panel, runs the review actions the reader's role allows, and turns a text selection into a claim.

const data = JSON.parse(document.getElementById('article-data').textContent);
const body = document.getElementById('article-body');
const panel = document.getElementById('claim-view');
const listView = document.getElementById('claim-list-view');
const claims = new Map(data.claims.map((claim) => [claim.id, claim]));
/** Claims in reading order, for j/k. */
const order = data.claims.filter((claim) => !claim.orphaned).map((claim) => claim.id);
let current = null; // { claim (detail), related }

// ---- highlights -------------------------------------------------------------------------------

const idsOf = (mark, attribute) => (mark.dataset[attribute] || '').split(' ').filter(Boolean).map(Number);
/** A claim's highlights: data-claims lists the claim ids on those words, space-separated, which ~= matches. */
const marksOf = (id) => body.querySelectorAll(`mark[data-claims~="${id}"]`);

/** A highlight's tooltip: status and sources of every claim on these words, built on first hover. */
function describe(mark) {
  mark.title = idsOf(mark, 'claims').map((c) => `${statusText(claims.get(c).status)} — ${claims.get(c).sources}`).join('\n');
}
body.addEventListener('mouseover', (event) => {
  const mark = event.target.closest('mark[data-claims]');
  if (mark && !mark.title) describe(mark);
});

/** Redraws the highlights a claim takes part in after its status changed. */
function repaint(id) {
  for (const mark of marksOf(id)) {
    const [inner] = idsOf(mark, 'claims');
    mark.className = `claim st-${claims.get(inner).status}${mark.classList.contains('active') ? ' active' : ''}`;
    const ends = idsOf(mark, 'ends');
    if (ends.length) mark.dataset.badge = ends.map((end) => STATUS[claims.get(end).status].icon).join('');
    if (mark.title) describe(mark);
  }
  const item = document.querySelector(`[data-open-claim="${id}"] .badge`);
  if (item) {
    item.className = `badge st-${claims.get(id).status}`;
    item.textContent = statusText(claims.get(id).status);
  }
}

function markActive(id) {
  for (const mark of body.querySelectorAll('mark.active')) mark.classList.remove('active');
  const marks = marksOf(id);
  for (const mark of marks) mark.classList.add('active');
  marks[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// ---- the claim panel --------------------------------------------------------------------------

const list = (items, render, empty) => (items.length ? `<ul>${items.map((item) => `<li>${render(item)}</li>`).join('')}</ul>` : `<p class="muted">${empty}</p>`);
const sourceLink = (source) => (source ? `<a href="/sources/${source.id}">${esc(source.name)}</a>` : '');

function attributionsHtml(claim) {
  return list(claim.attributions, (a) => `${sourceLink(a.source)} <span class="muted">— ${esc(a.role)}${a.cue ? `, cue „${esc(a.cue)}“` : ''}</span>`, 'No source attributed.');
}

function evidenceHtml(claim) {
  return list(claim.evidence, (e) => `<span class="badge stance-${e.stance}">${esc(e.stance)}</span>
    ${e.linkedClaim ? `claim „${esc(e.linkedClaim.text)}“` : ''} ${e.url ? `<a href="${esc(e.url)}" rel="noopener noreferrer">${esc(e.url)}</a>` : ''}
    ${e.note ? `<span>${esc(e.note)}</span>` : ''} ${e.source ? `— published by ${sourceLink(e.source)}` : ''}
    <span class="muted">(${e.independent ? 'independent' : 'not independent'} of the claim’s sources)</span>`, 'No evidence yet.');
}

/** Suggestions from GET /api/claims/:id/related: a checker can take one into the evidence form. */
function relatedHtml(related, canAddEvidence) {
  if (!related || !related.length) return '<p class="muted">No suggestions.</p>';
  return list(related, (r) => {
    const other = r.claim;
    const stance = r.relation === 'contradicts' ? 'refutes' : 'supports';
    return `<a href="/articles/${other.articleId}#claim-${other.id}">${esc(other.text)}</a> <span class="badge st-${other.status}">${statusText(other.status)}</span>
      <span class="muted">${esc(r.relation)}${r.independent ? ', independent' : ', same circle of sources'}${r.sharedFigures?.length ? `, shares ${esc(r.sharedFigures.join(', '))}` : ''}</span>
      ${canAddEvidence && other.articleId === data.article.id ? `<button type="button" data-use-related="${other.id}" data-stance="${stance}">Use as evidence</button>` : ''}`;
  }, '');
}

function historyHtml(claim) {
  return `<ol class="history">${claim.history.map((event) => `<li><time datetime="${esc(event.createdAt)}">${esc(shortTime(event.createdAt))}</time>
    <strong>${esc(event.actorName ?? `user ${event.actorId}`)}</strong> ${esc(event.action.replace(/_/g, ' '))}
    ${event.fromStatus !== event.toStatus && event.toStatus ? `${event.fromStatus ? esc(STATUS[event.fromStatus].label) : ''} → ${esc(STATUS[event.toStatus].label)}` : ''}
    ${event.note ? `<q>${esc(event.note)}</q>` : ''}</li>`).join('')}</ol>${claim.historyVerified ? '' : '<p class="error">The history chain does not verify: it may have been tampered with.</p>'}`;
}

/** Who reviews on this desk (id → name), for "assigned to" and the reassign choice; loaded once, with the first claim opened. */
const people = new Map();
let peopleLoaded = null;
function loadPeople() {
  // Names are a courtesy: if they fail to load, the panel still opens (with "user 7") and the next claim tries again.
  peopleLoaded ??= api('/api/users/assignable')
    .then((list) => list.items.forEach((person) => people.set(person.id, person)))
    .catch(() => (peopleLoaded = null));
  return peopleLoaded;
}
const personName = (id) => (id === me.id ? 'you' : people.get(id)?.displayName ?? `user ${id}`);

/** The actions the server says this reader may take now (the workflow decides there; the desk only shows them). */
function allowedActions(claim) {
  const allowed = new Set(claim.allowedActions ?? []);
  return {
    take: allowed.has('take'),
    evidence: allowed.has('add-evidence'),
    verdict: allowed.has('verdict'),
    approve: allowed.has('approve'),
    reopen: allowed.has('reopen'),
    reassign: allowed.has('reassign'),
  };
}

/** Editors may hand a claim to any reviewer: everyone but themselves (that is "me"), by name and role. */
function assigneeOptions() {
  const others = [...people.values()].filter((person) => person.id !== me.id);
  return others.length ? `<optgroup label="Colleagues">${others.map((person) => `<option value="${person.id}">${esc(person.displayName)} (${esc(person.role)})</option>`).join('')}</optgroup>` : '';
}

function actionsHtml(claim) {
  const can = allowedActions(claim);
  const others = data.claims.filter((other) => other.id !== claim.id);
  const parts = [];
  if (can.take) parts.push(`<button type="button" class="primary" data-action="take">Take this claim</button>`);
  if (can.approve) parts.push(`<button type="button" class="primary" data-action="approve">Approve verdict</button>`);
  if (can.evidence) parts.push(`<form id="evidence-form" class="action-form"><fieldset><legend>Add evidence</legend>
    <p><label for="ev-stance">Stance</label><select id="ev-stance" name="stance"><option value="supports">supports</option><option value="refutes">refutes</option><option value="context">context</option></select></p>
    <p><label for="ev-claim">Another claim</label><select id="ev-claim" name="claimId"><option value="">— none —</option>${others.map((o) => `<option value="${o.id}">${esc(o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text)}</option>`).join('')}</select></p>
    <p><label for="ev-url">URL</label><input id="ev-url" name="url" type="url" placeholder="https://"></p>
    <p><label for="ev-source">Published by</label><input id="ev-source" name="source" list="ev-sources" autocomplete="off" placeholder="Type a source name"><datalist id="ev-sources"></datalist></p>
    <p><label for="ev-note">Note</label><textarea id="ev-note" name="note" rows="2"></textarea></p>
    <p><button type="submit">Add evidence</button></p></fieldset></form>`);
  if (can.verdict) parts.push(`<form id="verdict-form" class="action-form"><fieldset><legend>Verdict</legend>
    <p><label for="verdict">Verdict</label><select id="verdict" name="verdict">${VERDICTS.map((v) => `<option value="${v}">${statusText(v)}</option>`).join('')}</select></p>
    <p><label for="rationale">Rationale</label><textarea id="rationale" name="rationale" rows="3" required></textarea></p>
    <p><button type="submit" class="primary">Give verdict</button></p></fieldset></form>`);
  if (can.reopen) parts.push(`<form id="reopen-form" class="action-form"><fieldset><legend>Reopen</legend>
    <p><label for="reopen-note">Reason</label><textarea id="reopen-note" name="note" rows="2" required></textarea></p>
    <p><button type="submit">Reopen claim</button></p></fieldset></form>`);
  if (can.reassign) parts.push(`<form id="reassign-form" class="action-form"><fieldset><legend>Reassign</legend>
    <p><label for="assignee">Assign to</label><select id="assignee" name="assignee"><option value="me">me</option><option value="none">nobody (back to the queue)</option>${hasRole('editor') ? assigneeOptions() : ''}</select></p>
    <p><button type="submit">Reassign</button></p></fieldset></form>`);
  return parts.length ? `<section aria-labelledby="actions-title"><h3 id="actions-title">Actions</h3>${parts.join('')}</section>` : '';
}

function claimHtml(claim, related) {
  const verdict = claim.verdict;
  return `<p><button type="button" id="back-to-list">← All claims</button></p>
<h2 id="claim-title" tabindex="-1">${esc(claim.text)}</h2>
<p><span class="badge st-${claim.status}">${statusText(claim.status)}</span>${verdict?.approvedAt ? ' <span class="badge approved">approved</span>' : verdict?.givenAt ? ' <span class="badge">awaiting approval</span>' : ''}
 <span class="muted">${esc(claim.kind)} · ${esc(claim.origin)} · version ${claim.version}${claim.assigneeId ? ` · assigned to ${esc(personName(claim.assigneeId))}` : ''}${claim.hedged ? ' · hedged' : ''}${claim.orphaned ? ' · words gone from the article' : ''}</span></p>
<blockquote>${esc(claim.quote.exact)}</blockquote>
${verdict?.rationale ? `<p><strong>Rationale:</strong> ${esc(verdict.rationale)}</p>` : ''}
<div id="conflict" class="conflict" role="alert" hidden></div>
<div id="action-error" class="error" role="alert" hidden></div>
${actionsHtml(claim)}
<h3>Attributions</h3>${attributionsHtml(claim)}
<h3>Evidence</h3>${evidenceHtml(claim)}
<h3>Corroboration candidates</h3>${relatedHtml(related, allowedActions(claim).evidence)}
<h3>History</h3>${historyHtml(claim)}`;
}

/** What the reader typed, by form and field, so that a redraw (after a conflict) loses nothing. */
function typedValues() {
  const saved = {};
  for (const form of panel.querySelectorAll('form[id]')) for (const field of form.elements) if (field.name) saved[`${form.id}.${field.name}`] = field.value;
  return saved;
}

function restoreTyped(saved) {
  for (const form of panel.querySelectorAll('form[id]')) for (const field of form.elements) {
    const key = `${form.id}.${field.name}`;
    if (field.name && key in saved) field.value = saved[key];
  }
}

async function loadRelated(id) {
  // Suggestions are a help, not the claim: if they fail, the panel opens without them.
  try {
    return (await api(`/api/claims/${id}/related`)).items;
  } catch {
    return [];
  }
}

async function openClaim(id, { keep = {}, focus = true } = {}) {
  const [claim, related] = await Promise.all([api(`/api/claims/${id}`), loadRelated(id), loadPeople()]);
  current = { claim, related };
  claims.set(id, { ...claims.get(id), status: claim.status });
  listView.hidden = true;
  panel.hidden = false;
  panel.innerHTML = claimHtml(claim, related);
  panel.dataset.claimId = String(id);
  restoreTyped(keep);
  repaint(id);
  markActive(id);
  history.replaceState(null, '', `#claim-${id}`);
  if (focus) panel.querySelector('#claim-title').focus({ preventScroll: true });
  return claim;
}

/** Draws the claims the page left out of the side list (see LISTED_FIRST in article.page.ts). */
const showAll = document.getElementById('show-all-claims');
showAll?.addEventListener('click', () => {
  const list = listView.querySelector('.claim-list');
  const listed = new Set([...list.querySelectorAll('[data-open-claim]')].map((button) => Number(button.dataset.openClaim)));
  list.insertAdjacentHTML('beforeend', data.claims.filter((claim) => !listed.has(claim.id)).map((claim) => `<li><button type="button" class="claim-item" data-open-claim="${claim.id}">
        <span class="badge st-${claim.status}">${esc(statusText(claim.status))}</span>${claim.orphaned ? ' <span class="badge">words gone</span>' : ''}
        <span class="claim-text">${esc(claim.text)}</span></button></li>`).join(''));
  showAll.remove();
  list.querySelector(`li:nth-child(${listed.size + 1}) button`)?.focus();
});

function showList() {
  panel.hidden = true;
  listView.hidden = false;
  history.replaceState(null, '', location.pathname);
}

/**
 * Sends a change based on the version on screen. If someone else changed the claim first (409 with
 * currentVersion), the panel shows their state and keeps everything typed, ready to send again.
 */
async function change(request) {
  const { claim } = current;
  const keep = typedValues();
  const error = panel.querySelector('#action-error');
  error.hidden = true;
  try {
    await request(claim);
  } catch (failure) {
    if (!(failure instanceof Problem)) throw failure;
    if (failure.status === 409 && failure.body.currentVersion !== undefined) {
      await openClaim(claim.id, { keep, focus: false });
      const conflict = panel.querySelector('#conflict');
      conflict.innerHTML = `<strong>Someone else changed this claim first.</strong> ${esc(failure.message)} Below is its current state (version ${current.claim.version}); what you typed is kept — check it and send again.`;
      conflict.hidden = false;
      conflict.scrollIntoView({ block: 'nearest' });
      return;
    }
    error.textContent = failure.describe();
    error.hidden = false;
    return;
  }
  await openClaim(claim.id, { focus: false });
  notice('Saved.');
}

const review = (action, extra = {}) => change((claim) => api(`/api/claims/${claim.id}/review`, { method: 'POST', body: { action, version: claim.version, ...extra } }));

async function sourceIdFrom(input) {
  const name = input.value.trim();
  if (!name) return undefined;
  const picked = sourceIdIn(name);
  if (picked !== null) return picked;
  const page = await api(`/api/sources?q=${encodeURIComponent(name)}&limit=1`);
  if (!page.items.length) throw new Problem(422, { detail: `No source called "${name}": pick one from the suggestions.` });
  return page.items[0].id;
}

panel.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.id === 'back-to-list') showList();
  if (button.dataset.action) review(button.dataset.action);
  if (button.dataset.useRelated) {
    const form = panel.querySelector('#evidence-form');
    form.elements.stance.value = button.dataset.stance;
    form.elements.claimId.value = button.dataset.useRelated;
    form.elements.note.focus();
  }
});

panel.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const value = (name) => form.elements[name]?.value.trim() ?? '';
  if (form.id === 'verdict-form') review('verdict', { verdict: value('verdict'), rationale: value('rationale') });
  if (form.id === 'reopen-form') review('reopen', { note: value('note') });
  if (form.id === 'reassign-form') {
    const choice = value('assignee');
    review('reassign', { assigneeId: choice === 'me' ? me.id : choice === 'none' ? null : Number(choice) });
  }
  if (form.id === 'evidence-form') {
    change(async (claim) => {
      const sourceId = await sourceIdFrom(form.elements.source);
      const evidence = { stance: value('stance'), version: claim.version, sourceId };
      if (value('claimId')) evidence.claimId = Number(value('claimId'));
      if (value('url')) evidence.url = value('url');
      if (value('note')) evidence.note = value('note');
      await api(`/api/claims/${claim.id}/evidence`, { method: 'POST', body: evidence });
    });
  }
});

// Source suggestions for "Published by": the name with its id, so the choice is unambiguous.
const suggestPublishers = suggestSources(() => panel.querySelector('#ev-sources'));
panel.addEventListener('input', (event) => {
  if (event.target.id === 'ev-source') suggestPublishers(event.target);
});

// ---- opening claims: click, list, j/k ---------------------------------------------------------

body.addEventListener('click', (event) => {
  const mark = event.target.closest('mark[data-claims]');
  if (mark && window.getSelection().isCollapsed) openClaim(idsOf(mark, 'claims')[0]);
});

listView.addEventListener('click', (event) => {
  const button = event.target.closest('[data-open-claim]');
  if (button) openClaim(Number(button.dataset.openClaim));
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select, [contenteditable]')) return;
  if ((event.key !== 'j' && event.key !== 'k') || order.length === 0) return;
  const at = current ? order.indexOf(current.claim.id) : -1;
  const next = event.key === 'j' ? Math.min(order.length - 1, at + 1) : Math.max(0, at === -1 ? 0 : at - 1);
  event.preventDefault();
  openClaim(order[next]);
});

// ---- a new claim from the selected words ------------------------------------------------------

const newClaim = document.getElementById('new-claim');
let selected = null;

/**
 * The selection as code-point offsets into the body. The body element's text is exactly the article
 * body (status badges are CSS, not text), so the text before the selection gives its UTF-16 offset,
 * and counting code points in it gives what the API expects: an emoji before the span counts once.
 */
function selectedSpan() {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const text = body.textContent;
  let from = before.toString().length;
  let to = from + range.toString().length;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from === to) return null;
  const start = Array.from(text.slice(0, from)).length;
  return { start, end: start + Array.from(text.slice(from, to)).length, words: text.slice(from, to) };
}

if (newClaim) {
  document.addEventListener('selectionchange', () => {
    selected = selectedSpan() ?? (document.activeElement === newClaim ? selected : null);
    newClaim.disabled = !selected;
  });
  newClaim.addEventListener('click', async () => {
    if (!selected) return;
    try {
      const claim = await api('/api/claims', { method: 'POST', body: { articleId: data.article.id, start: selected.start, end: selected.end } });
      location.hash = `claim-${claim.id}`;
      location.reload();
    } catch (failure) {
      notice(failure instanceof Problem ? failure.describe() : String(failure));
    }
  });
}

const linked = /^#claim-(\d+)$/.exec(location.hash);
if (linked && claims.has(Number(linked[1]))) openClaim(Number(linked[1]), { focus: false });
performance.mark('desk-ready');
