import { api, esc, hasRole, me, notice, Problem, shortTime, sourceIdIn, STATUS, statusText, suggestSources, t, VERDICTS, word } from './desk.js';
import { claimEditingHtml, newClaimHtml, notesHtml } from './claim-editing.js';

// The annotated article: highlights come rendered from the server; this script opens a claim's
// panel (a sheet over the article on a phone), runs every action the server allows the reader,
// and turns a selection (or words typed) into a new claim. Only messages are announced: the panel
// redraws silently, and focus goes where the reader's work continues.

const data = JSON.parse(document.getElementById('article-data').textContent);
const body = document.getElementById('article-body');
const panel = document.getElementById('claim-view');
const listView = document.getElementById('claim-list-view');
const claims = new Map(data.claims.map((claim) => [claim.id, claim]));
/** Claims in reading order, for j/k. */
const order = data.claims.filter((claim) => !claim.orphaned).map((claim) => claim.id);
let current = null; // { claim (detail), related, notes }
/** Where the reader was when they opened the panel: focus goes back there when it closes. */
let returnFocus = null;
const phone = window.matchMedia('(max-width: 700px)');

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
  const about = document.getElementById(`claim-about-${id}`);
  if (about) about.textContent = `${statusText(claims.get(id).status)}: ${claims.get(id).text} — ${claims.get(id).sources}`;
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
  if (!phone.matches) marks[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// ---- the claim panel --------------------------------------------------------------------------

const list = (items, render, empty) => (items.length ? `<ul>${items.map((item) => `<li>${render(item)}</li>`).join('')}</ul>` : `<p class="muted">${esc(empty)}</p>`);
const sourceLink = (source) => (source ? `<a href="/sources/${source.id}">${esc(source.name)}</a>` : '');
const claimLink = (other) => `<a href="/articles/${other.articleId}#claim-${other.id}"${other.articleId === data.article.id ? ` data-claim-link="${other.id}"` : ''}>${esc(other.text)}</a>`;

function attributionsHtml(claim, canAttribute) {
  return list(claim.attributions, (a) => `${sourceLink(a.source)} <span class="muted">— ${esc(word('role', a.role))}${a.cue ? `, ${esc(t('cue'))} „${esc(a.cue)}“` : ''}</span>
    ${canAttribute ? `<button type="button" class="link" data-remove-attribution="${a.id}" aria-label="${esc(t('removeAttribution', { name: a.source.name }))}">${esc(t('remove'))}</button>` : ''}`, t('noSources'));
}

function evidenceHtml(claim) {
  return list(claim.evidence, (e) => `<span class="badge stance-${e.stance}">${esc(word('stance', e.stance))}</span>
    ${e.linkedClaim ? `${esc(t('claimWord'))} „${claimLink(e.linkedClaim)}“` : ''} ${e.url ? `<a href="${esc(e.url)}" rel="noopener noreferrer">${esc(e.url)}</a>` : ''}
    ${e.note ? `<span>${esc(e.note)}</span>` : ''} ${e.source ? `— ${esc(t('publishedBy'))} ${sourceLink(e.source)}` : ''}
    <span class="muted">(${esc(e.independent ? t('independent') : t('notIndependent'))})</span>`, t('noEvidence'));
}

/** Suggestions from GET /api/claims/:id/related: a checker can take one into the evidence form. */
function relatedHtml(related, canAddEvidence) {
  if (!related || !related.length) return `<p class="muted">${esc(t('noRelated'))}</p>`;
  return list(related, (r) => {
    const other = r.claim;
    const stance = r.relation === 'contradicts' ? 'refutes' : 'supports';
    return `${claimLink(other)} <span class="badge st-${other.status}">${esc(statusText(other.status))}</span>
      <span class="muted">${esc(t(r.relation))}, ${esc(r.independent ? t('independentShort') : t('sameCircle'))}${r.sharedFigures?.length ? `, ${esc(t('shares'))} ${esc(r.sharedFigures.join(', '))}` : ''}</span>
      ${canAddEvidence && other.articleId === data.article.id ? `<button type="button" data-use-related="${other.id}" data-stance="${stance}">${esc(t('useAsEvidence'))}</button>` : ''}`;
  }, '');
}

function historyHtml(claim) {
  return `<ol class="history">${claim.history.map((event) => `<li><time datetime="${esc(event.createdAt)}">${esc(shortTime(event.createdAt))}</time>
    <strong>${esc(event.actorName ?? t('user', { id: event.actorId }))}</strong> ${esc(word('action', event.action))}
    ${event.fromStatus !== event.toStatus && event.toStatus ? `${event.fromStatus ? esc(STATUS[event.fromStatus].label) : ''} → ${esc(STATUS[event.toStatus].label)}` : ''}
    ${event.note ? `<q>${esc(event.note)}</q>` : ''}</li>`).join('')}</ol>${claim.historyVerified ? '' : `<p class="error">${esc(t('historyBroken'))}</p>`}`;
}

/** Who reviews on this desk (id → name), for "assigned to", the reassign choice and mentions; loaded once, with the first claim opened. */
const people = new Map();
let peopleLoaded = null;
function loadPeople() {
  // Names are a courtesy: if they fail to load, the panel still opens (with "user 7") and the next claim tries again.
  peopleLoaded ??= api('/api/users/assignable')
    .then((found) => found.items.forEach((person) => people.set(person.id, person)))
    .catch(() => (peopleLoaded = null));
  return peopleLoaded;
}
const personName = (id) => (id === me.id ? t('you') : people.get(id)?.displayName ?? t('user', { id }));

/** The actions the server says this reader may take now (the workflow decides there; the desk only shows them). */
function allowedActions(claim) {
  const allowed = new Set(claim.allowedActions ?? []);
  return {
    take: allowed.has('take'), evidence: allowed.has('add-evidence'), verdict: allowed.has('verdict'), approve: allowed.has('approve'), reopen: allowed.has('reopen'),
    reassign: allowed.has('reassign'), attribute: allowed.has('attribute'), edit: allowed.has('edit'), withdraw: allowed.has('withdraw'), restore: allowed.has('restore'),
    tag: allowed.has('tag'), note: allowed.has('note'),
  };
}

/** Editors may hand a claim to any reviewer: everyone but themselves (that is "me"), by name and role. */
function assigneeOptions() {
  const others = [...people.values()].filter((person) => person.id !== me.id);
  return others.length ? `<optgroup label="${esc(t('colleagues'))}">${others.map((person) => `<option value="${person.id}">${esc(person.displayName)} (${esc(word('userRole', person.role))})</option>`).join('')}</optgroup>` : '';
}

/** Each form reports its own failures next to its button (role=alert: announced when it appears). */
const formError = (id) => `<p class="error form-error" id="${id}-error" role="alert" hidden></p>`;

function reviewHtml(claim) {
  const can = allowedActions(claim);
  const others = data.claims.filter((other) => other.id !== claim.id);
  const parts = [];
  if (can.take) parts.push(`<div class="action-form" id="take-box"><button type="button" class="primary" data-action="take">${esc(t('take'))}</button>${formError('take-box')}</div>`);
  if (can.approve) parts.push(`<div class="action-form" id="approve-box"><button type="button" class="primary" data-action="approve">${esc(t('approve'))}</button>${formError('approve-box')}</div>`);
  if (can.evidence) parts.push(`<form id="evidence-form" class="action-form"><fieldset><legend>${esc(t('addEvidence'))}</legend>
    <p><label for="ev-stance">${esc(t('stance'))}</label><select id="ev-stance" name="stance">${['supports', 'refutes', 'context'].map((s) => `<option value="${s}">${esc(word('stance', s))}</option>`).join('')}</select></p>
    <p><label for="ev-claim">${esc(t('anotherClaim'))}</label><select id="ev-claim" name="claimId"><option value="">${esc(t('noneChoice'))}</option>${others.map((o) => `<option value="${o.id}">${esc(o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text)}</option>`).join('')}</select></p>
    <p><label for="ev-url">${esc(t('url'))}</label><input id="ev-url" name="url" type="url" placeholder="https://"></p>
    <p><label for="ev-source">${esc(t('publishedByLabel'))}</label><input id="ev-source" name="source" list="ev-sources" autocomplete="off" placeholder="${esc(t('typeSource'))}"><datalist id="ev-sources"></datalist></p>
    <p><label for="ev-note">${esc(t('note'))}</label><textarea id="ev-note" name="note" rows="2"></textarea></p>
    ${formError('evidence-form')}
    <p><button type="submit">${esc(t('addEvidence'))}</button></p></fieldset></form>`);
  if (can.verdict) parts.push(`<form id="verdict-form" class="action-form"><fieldset><legend>${esc(t('verdictLegend'))}</legend>
    <p><label for="verdict">${esc(t('verdict'))}</label><select id="verdict" name="verdict" required><option value="">${esc(t('chooseVerdict'))}</option>${VERDICTS.map((v) => `<option value="${v}">${esc(statusText(v))}</option>`).join('')}</select></p>
    <p><label for="rationale">${esc(t('rationale').replace(/:$/, ''))}</label><textarea id="rationale" name="rationale" rows="3" required></textarea></p>
    ${formError('verdict-form')}
    <p><button type="submit" class="primary">${esc(t('giveVerdict'))}</button></p></fieldset></form>`);
  if (can.reopen) parts.push(`<form id="reopen-form" class="action-form"><fieldset><legend>${esc(t('reopen'))}</legend>
    <p><label for="reopen-note">${esc(t('reason'))}</label><textarea id="reopen-note" name="note" rows="2" required></textarea></p>
    ${formError('reopen-form')}
    <p><button type="submit">${esc(t('reopenClaim'))}</button></p></fieldset></form>`);
  if (can.reassign) parts.push(`<form id="reassign-form" class="action-form"><fieldset><legend>${esc(t('reassign'))}</legend>
    <p><label for="assignee">${esc(t('assignTo'))}</label><select id="assignee" name="assignee"><option value="me">${esc(t('me'))}</option><option value="none">${esc(t('nobodyQueue'))}</option>${hasRole('editor') ? assigneeOptions() : ''}</select></p>
    ${formError('reassign-form')}
    <p><button type="submit">${esc(t('reassignGo'))}</button></p></fieldset></form>`);
  return parts.length ? `<section aria-labelledby="actions-title"><h3 id="actions-title">${esc(t('actions'))}</h3>${parts.join('')}</section>` : '';
}

function claimHtml(claim, related, notes) {
  const verdict = claim.verdict;
  const can = allowedActions(claim);
  return `<p class="panel-top"><button type="button" id="back-to-list">${esc(t('allClaims'))}</button></p>
<h2 id="claim-title" tabindex="-1">${esc(claim.text)}</h2>
<p><span class="badge st-${claim.status}">${esc(statusText(claim.status))}</span>${verdict?.approvedAt ? ` <span class="badge approved">${esc(t('approved'))}</span>` : verdict?.givenAt ? ` <span class="badge">${esc(t('awaitingApproval'))}</span>` : ''}${claim.withdrawn ? ` <span class="badge">${esc(t('withdrawn'))}</span>` : ''}
 <span class="muted">${esc(word('kind', claim.kind))} · ${esc(word('origin', claim.origin))} · ${esc(t('version', { n: claim.version }))}${claim.assigneeId ? ` · ${esc(t('assignedTo', { name: personName(claim.assigneeId) }))}` : ''}${claim.hedged ? ` · ${esc(t('hedged'))}` : ''}${claim.orphaned ? ` · ${esc(t('wordsGone'))}` : ''}</span></p>
<blockquote>${esc(claim.quote.exact)}</blockquote>
${claim.withdrawal ? `<p class="notice-inline">${esc(t('withdrawnBecause', { reason: claim.withdrawal.reason }))}</p>` : ''}
${verdict?.rationale ? `<p><strong>${esc(t('rationale'))}</strong> ${esc(verdict.rationale)}</p>` : ''}
<div id="conflict" class="conflict" role="alert" hidden></div>
<h3>${esc(t('attributions'))}</h3>${attributionsHtml(claim, can.attribute)}
${reviewHtml(claim)}
${claimEditingHtml(claim, can, { word, t, esc })}
<h3>${esc(t('evidence'))}</h3>${evidenceHtml(claim)}
<h3>${esc(t('related'))}</h3>${relatedHtml(related, can.evidence)}
<h3 id="notes-title">${esc(t('notes'))}</h3>${notesHtml(notes, can.note, { t, esc, shortTime, personName })}
<h3>${esc(t('history'))}</h3>${historyHtml(claim)}`;
}

/** What the reader typed, by form and field, so that a redraw (after a conflict) loses nothing. */
function typedValues() {
  const saved = {};
  for (const form of panel.querySelectorAll('form[id]')) for (const field of form.elements) if (field.name && field.type !== 'checkbox') saved[`${form.id}.${field.name}`] = field.value;
  return saved;
}

function restoreTyped(saved) {
  for (const form of panel.querySelectorAll('form[id]')) for (const field of form.elements) {
    const key = `${form.id}.${field.name}`;
    if (field.name && key in saved) field.value = saved[key];
  }
}

async function optional(promise, fallback) {
  // Suggestions and notes are a help, not the claim: if they fail, the panel opens without them.
  try {
    return await promise;
  } catch {
    return fallback;
  }
}

function openSheet() {
  panel.closest('.panel').classList.add('open');
  document.body.classList.add('sheet-open');
}

function closeSheet() {
  panel.closest('.panel').classList.remove('open');
  document.body.classList.remove('sheet-open');
}

async function openClaim(id, { keep = {}, focus = true, from = null } = {}) {
  if (from) returnFocus = from;
  const [claim, related, notes] = await Promise.all([
    api(`/api/claims/${id}`), optional(api(`/api/claims/${id}/related`).then((r) => r.items), []), optional(api(`/api/claims/${id}/notes`).then((r) => r.items), []), loadPeople(),
  ]);
  current = { claim, related, notes };
  if (claims.has(id)) claims.set(id, { ...claims.get(id), status: claim.status });
  listView.hidden = true;
  panel.hidden = false;
  panel.innerHTML = claimHtml(claim, related, notes);
  panel.dataset.claimId = String(id);
  restoreTyped(keep);
  if (claims.has(id)) repaint(id);
  markActive(id);
  openSheet();
  history.replaceState(null, '', `#claim-${id}`);
  if (focus) panel.querySelector('#claim-title').focus({ preventScroll: !phone.matches });
  return claim;
}

/** Draws the claims the page left out of the side list (see LISTED_FIRST in article.page.ts). */
const showAll = document.getElementById('show-all-claims');
showAll?.addEventListener('click', () => {
  const items = listView.querySelector('.claim-list');
  const listed = new Set([...items.querySelectorAll('[data-open-claim]')].map((button) => Number(button.dataset.openClaim)));
  items.insertAdjacentHTML('beforeend', data.claims.filter((claim) => !listed.has(claim.id)).map((claim) => `<li><button type="button" class="claim-item" data-open-claim="${claim.id}">
        <span class="badge st-${claim.status}">${esc(statusText(claim.status))}</span>${claim.orphaned ? ` <span class="badge">${esc(t('wordsGone'))}</span>` : ''}
        <span class="claim-text">${esc(claim.text)}</span><span class="claim-sources">${esc(claim.sources)}</span></button></li>`).join(''));
  showAll.remove();
  items.querySelector(`li:nth-child(${listed.size + 1}) button`)?.focus();
});

/** Closes the claim: back to the list, and focus back where the reader opened it from. */
function showList() {
  panel.hidden = true;
  listView.hidden = false;
  closeSheet();
  history.replaceState(null, '', location.pathname);
  const target = returnFocus && document.contains(returnFocus) ? returnFocus : current ? body.querySelector(`mark[data-starts~="${current.claim.id}"]`) : null;
  current = null;
  returnFocus = null;
  target?.focus();
}

/**
 * Sends a change based on the version on screen; a failure shows next to the action that caused it
 * (`where`: its form or box). If someone else changed the claim first (409 with currentVersion), the
 * panel shows their state and keeps everything typed, ready to send again.
 */
async function change(request, where, saved = t('saved')) {
  const { claim } = current;
  const keep = typedValues();
  const errorBox = where ? panel.querySelector(`#${where}-error`) : null;
  for (const box of panel.querySelectorAll('.form-error')) box.hidden = true;
  try {
    await request(claim);
  } catch (failure) {
    if (!(failure instanceof Problem)) throw failure;
    if (failure.status === 409 && failure.body.currentVersion !== undefined) {
      await openClaim(claim.id, { keep, focus: false });
      const conflict = panel.querySelector('#conflict');
      conflict.innerHTML = `<strong>${esc(t('conflictTitle'))}</strong> ${esc(failure.message)} ${esc(t('conflict', { version: current.claim.version }))}`;
      conflict.hidden = false;
      conflict.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (errorBox) {
      errorBox.textContent = failure.describe();
      errorBox.hidden = false;
    } else notice(failure.describe());
    return;
  }
  await openClaim(claim.id, { focus: false });
  // The redraw replaced the button the reader used: focus stays in the panel, on its title.
  panel.querySelector('#claim-title').focus({ preventScroll: true });
  notice(saved);
}

const review = (action, where, extra = {}) => change((claim) => api(`/api/claims/${claim.id}/review`, { method: 'POST', body: { action, version: claim.version, ...extra } }), where);

/** A source typed into a picker: the one picked from the suggestions ("Name (#id)"), else the best match by name or alias. */
async function sourceIdFrom(input) {
  const name = input.value.trim();
  if (!name) return undefined;
  const picked = sourceIdIn(name);
  if (picked !== null) return picked;
  const page = await api(`/api/sources?q=${encodeURIComponent(name)}&limit=1`);
  if (!page.items.length) throw new Problem(422, { detail: t('noSourceCalled', { name }) });
  return page.items[0].id;
}

// ---- selection: a new claim, or a new span for a claim ------------------------------------------

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
  return spanAt(before.toString().length, before.toString().length + range.toString().length);
}

/** Whitespace trimmed off a UTF-16 range of the body, and the range as code points. */
function spanAt(fromUnit, toUnit) {
  const text = body.textContent;
  let from = fromUnit;
  let to = toUnit;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from === to) return null;
  const start = Array.from(text.slice(0, from)).length;
  return { start, end: start + Array.from(text.slice(from, to)).length, words: text.slice(from, to) };
}

/** Words typed by someone who cannot select with a mouse: their first place in the body. */
function findWords(words) {
  const wanted = words.trim();
  const at = wanted ? body.textContent.indexOf(wanted) : -1;
  return at === -1 ? null : spanAt(at, at + wanted.length);
}

document.addEventListener('selectionchange', () => {
  const span = selectedSpan();
  if (span) selected = span;
});

const newClaimButton = document.getElementById('new-claim');

/** The new-claim form: the selected words shown, and kind and wording to set before saving. */
function openNewClaim(from) {
  returnFocus = from ?? document.activeElement;
  const span = selectedSpan() ?? selected;
  current = null;
  listView.hidden = true;
  panel.hidden = false;
  panel.innerHTML = newClaimHtml(span, { word, t, esc });
  panel.dataset.claimId = '';
  panel.dataset.span = span ? JSON.stringify(span) : '';
  openSheet();
  panel.querySelector('#new-claim-title').focus();
}

newClaimButton?.addEventListener('click', () => openNewClaim(newClaimButton));

function setNewSpan(span) {
  panel.dataset.span = span ? JSON.stringify(span) : '';
  const shown = panel.querySelector('#nc-words');
  shown.textContent = span ? span.words : t('noWords');
  panel.querySelector('#nc-text').placeholder = span ? span.words : '';
}

// ---- what the panel's buttons and forms do --------------------------------------------------------

panel.addEventListener('click', async (event) => {
  const link = event.target.closest('a[data-claim-link]');
  if (link && claims.has(Number(link.dataset.claimLink))) {
    // Another claim of this article: open it here, without leaving the page.
    event.preventDefault();
    openClaim(Number(link.dataset.claimLink), { from: returnFocus });
    return;
  }
  const button = event.target.closest('button');
  if (!button) return;
  if (button.id === 'back-to-list' || button.id === 'nc-cancel') showList();
  if (button.dataset.action) review(button.dataset.action, `${button.dataset.action}-box`);
  if (button.dataset.useRelated) {
    const form = panel.querySelector('#evidence-form');
    form.elements.stance.value = button.dataset.stance;
    form.elements.claimId.value = button.dataset.useRelated;
    form.elements.note.focus();
  }
  if (button.dataset.removeAttribution) {
    change((claim) => api(`/api/claims/${claim.id}/attributions/${button.dataset.removeAttribution}?version=${claim.version}`, { method: 'DELETE' }), 'attribute-form');
  }
  if (button.dataset.removeTag) {
    change((claim) => api(`/api/claims/${claim.id}/tags`, { method: 'POST', body: { remove: [button.dataset.removeTag], version: claim.version } }), 'tags-form');
  }
  if (button.id === 'edit-use-selection') {
    const span = selectedSpan() ?? selected;
    const error = panel.querySelector('#edit-form-error');
    if (!span) {
      error.textContent = t('noSelection');
      error.hidden = false;
      return;
    }
    panel.querySelector('#edit-start').value = span.start;
    panel.querySelector('#edit-end').value = span.end;
  }
  if (button.id === 'nc-find') {
    const words = panel.querySelector('#nc-find-words').value;
    const span = findWords(words);
    const error = panel.querySelector('#new-claim-form-error');
    error.hidden = !!span;
    if (!span) error.textContent = t('notFound', { words });
    setNewSpan(span);
  }
});

panel.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const value = (name) => form.elements[name]?.value.trim() ?? '';
  const where = form.id;
  if (form.id === 'verdict-form') review('verdict', where, { verdict: value('verdict'), rationale: value('rationale') });
  if (form.id === 'reopen-form') review('reopen', where, { note: value('note') });
  if (form.id === 'reassign-form') {
    const choice = value('assignee');
    review('reassign', where, { assigneeId: choice === 'me' ? me.id : choice === 'none' ? null : Number(choice) });
  }
  if (form.id === 'evidence-form') {
    change(async (claim) => {
      const sourceId = await sourceIdFrom(form.elements.source);
      const evidence = { stance: value('stance'), version: claim.version, sourceId };
      if (value('claimId')) evidence.claimId = Number(value('claimId'));
      if (value('url')) evidence.url = value('url');
      if (value('note')) evidence.note = value('note');
      await api(`/api/claims/${claim.id}/evidence`, { method: 'POST', body: evidence });
    }, where);
  }
  if (form.id === 'attribute-form') {
    change(async (claim) => {
      const sourceId = await sourceIdFrom(form.elements.source);
      if (sourceId === undefined) throw new Problem(422, { detail: t('noSourceCalled', { name: '' }) });
      await api(`/api/claims/${claim.id}/attributions`, { method: 'POST', body: { sourceId, role: value('role'), cue: value('cue') || undefined, version: claim.version } });
    }, where);
  }
  if (form.id === 'new-source-form') {
    change(async (claim) => {
      const affiliation = value('affiliation') ? await sourceIdFrom(form.elements.affiliation) : undefined;
      const source = await api('/api/sources', {
        method: 'POST',
        body: { name: value('name'), type: value('type'), ...(value('country') ? { country: value('country').toUpperCase() } : {}), ...(affiliation ? { affiliationId: affiliation } : {}) },
      });
      await api(`/api/claims/${claim.id}/attributions`, { method: 'POST', body: { sourceId: source.id, role: value('role'), cue: value('cue') || undefined, version: claim.version } });
    }, where, t('sourceCreated', { name: value('name') }));
  }
  if (form.id === 'edit-form') {
    change((claim) => {
      const body = { version: claim.version, text: value('text'), kind: value('kind') };
      const [start, end] = [Number(value('start')), Number(value('end'))];
      if (start !== claim.quote.start || end !== claim.quote.end) Object.assign(body, { start, end });
      return api(`/api/claims/${claim.id}`, { method: 'PATCH', body });
    }, where);
  }
  if (form.id === 'withdraw-form') change((claim) => api(`/api/claims/${claim.id}/withdraw`, { method: 'POST', body: { version: claim.version, reason: value('reason') } }), where);
  if (form.id === 'restore-form') change((claim) => api(`/api/claims/${claim.id}/restore`, { method: 'POST', body: { version: claim.version, note: value('note') || undefined } }), where);
  if (form.id === 'tags-form') change((claim) => api(`/api/claims/${claim.id}/tags`, { method: 'POST', body: { add: [value('tag')], version: claim.version } }), where);
  if (form.id === 'note-form') change((claim) => api(`/api/claims/${claim.id}/notes`, { method: 'POST', body: { body: value('body') } }), where);
  if (form.id === 'new-claim-form') createClaim(form);
});

async function createClaim(form) {
  const error = form.querySelector('#new-claim-form-error');
  error.hidden = true;
  const span = panel.dataset.span ? JSON.parse(panel.dataset.span) : null;
  if (!span) {
    error.textContent = t('noSelection');
    error.hidden = false;
    return;
  }
  try {
    const text = form.elements.text.value.trim();
    const claim = await api('/api/claims', { method: 'POST', body: { articleId: data.article.id, start: span.start, end: span.end, kind: form.elements.kind.value, ...(text ? { text } : {}) } });
    sessionStorage.setItem('desk-notice', t('claimCreated'));
    location.hash = `claim-${claim.id}`;
    location.reload();
  } catch (failure) {
    error.textContent = failure instanceof Problem ? failure.describe() : String(failure);
    error.hidden = false;
  }
}

// Source suggestions for every picker in the panel: the name with its id, so the choice is unambiguous; any alias finds it.
const suggesters = new Map();
panel.addEventListener('input', (event) => {
  const list = event.target.getAttribute?.('list');
  if (!list || !event.target.dataset.sourcePicker) return;
  if (!suggesters.has(list)) suggesters.set(list, suggestSources(() => panel.querySelector(`#${list}`)));
  suggesters.get(list)(event.target);
});

// ---- opening claims: click, keyboard, list, j/k, Escape ----------------------------------------

body.addEventListener('click', (event) => {
  const mark = event.target.closest('mark[data-claims]');
  if (mark && window.getSelection().isCollapsed) openClaim(idsOf(mark, 'claims')[0], { from: mark.closest('[tabindex]') ?? mark });
});

body.addEventListener('keydown', (event) => {
  const mark = event.target.closest('mark[data-starts]');
  if (!mark || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  openClaim(idsOf(mark, 'starts')[0], { from: mark });
});

listView.addEventListener('click', (event) => {
  const button = event.target.closest('[data-open-claim]');
  if (button) openClaim(Number(button.dataset.openClaim), { from: button });
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) {
    event.preventDefault();
    showList();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select, [contenteditable]')) return;
  if (event.key === 'n' && newClaimButton) {
    event.preventDefault();
    openNewClaim(document.activeElement);
    return;
  }
  if ((event.key !== 'j' && event.key !== 'k') || order.length === 0) return;
  const at = current ? order.indexOf(current.claim.id) : -1;
  const next = event.key === 'j' ? Math.min(order.length - 1, at + 1) : Math.max(0, at === -1 ? 0 : at - 1);
  event.preventDefault();
  openClaim(order[next], { from: body.querySelector(`mark[data-starts~="${order[next]}"]`) });
});

// A link to another claim of this article (in a note, a report, the queue) opens it here.
window.addEventListener('hashchange', () => {
  const target = /^#claim-(\d+)$/.exec(location.hash);
  if (target && Number(target[1]) !== current?.claim.id) openClaim(Number(target[1]), { from: document.activeElement });
});

const linked = /^#claim-(\d+)$/.exec(location.hash);
// Any claim's address opens it, a withdrawn one too (it is not highlighted, but an editor restores it here).
if (linked) openClaim(Number(linked[1]), { focus: false }).catch((failure) => notice(failure instanceof Problem ? failure.describe() : String(failure)));
performance.mark('desk-ready');
