import { api, esc, explain, notice, Problem, suggestSources, t } from './desk.js';

// The claims queue: the source picker in the filters, selecting claims and applying a bulk action to
// them (each claim changes on its own, with its version: the server answers what changed and what
// was refused and why), and saving or deleting filters.

const $ = (id) => document.getElementById(id);

// ---- filters ---------------------------------------------------------------------------------------
const source = $('source');
const suggest = suggestSources(() => $('source-options'));
source?.addEventListener('input', () => suggest(source));
$('queue-filters')?.addEventListener('submit', (event) => {
  // Empty fields are no filter: leave them out of the address, so saved and shared links stay short.
  for (const field of event.target.elements) if (field.name && !field.value) field.disabled = true;
});

// ---- selection and bulk actions ------------------------------------------------------------------
const bulk = $('bulk');
const boxes = () => [...document.querySelectorAll('input[name="claim"]')];
const selectAll = $('select-all');

function countSelected() {
  const n = boxes().filter((box) => box.checked).length;
  if ($('selected-count')) $('selected-count').textContent = n ? `(${t('selectedCount', { n })})` : '';
  if (selectAll) selectAll.checked = n > 0 && n === boxes().length;
}
selectAll?.addEventListener('change', () => {
  for (const box of boxes()) box.checked = selectAll.checked;
  countSelected();
});
document.addEventListener('change', (event) => {
  if (event.target.name === 'claim') countSelected();
});

function showFields() {
  const action = bulk.elements.action.value;
  for (const part of bulk.querySelectorAll('[data-for]')) part.hidden = !part.dataset.for.split(' ').includes(action);
}
bulk?.elements.action.addEventListener('change', showFields);

function showError(message) {
  const box = $('bulk-error');
  box.textContent = message;
  box.hidden = false;
}

/** What a bulk action did, in the page's status region (announced) and kept across the reload that shows the new state. */
function describeResult(result) {
  const changed = `<p>${esc(t('bulkChanged', { n: result.changed.length }))}</p>`;
  const refused = result.refused.length
    ? `<p>${esc(t('bulkRefused', { n: result.refused.length }))}</p><ul>${result.refused.map((r) => `<li><a href="/claims/${r.id}">${esc(t('claimN', { id: r.id }))}</a>: ${esc(explain(r.rule, r.detail))}</li>`).join('')}</ul>`
    : '';
  return changed + refused;
}

bulk?.addEventListener('submit', async (event) => {
  event.preventDefault();
  $('bulk-error').hidden = true;
  const action = bulk.elements.action.value;
  const claims = boxes().filter((box) => box.checked).map((box) => ({ id: Number(box.value), version: Number(box.dataset.version) }));
  if (!action) return showError(t('pickAction'));
  if (!claims.length) return showError(t('pickClaims'));
  const request = { action, claims };
  if (action === 'assign') request.assigneeId = bulk.elements.assigneeId.value ? Number(bulk.elements.assigneeId.value) : null;
  if (action === 'tag' || action === 'untag') {
    request.tag = bulk.elements.tag.value.trim();
    if (!request.tag) return showError(t('needTag'));
  }
  if (action === 'kind') request.kind = bulk.elements.kind.value;
  try {
    const result = await api('/api/claims/bulk', { method: 'POST', body: request });
    sessionStorage.setItem('queue-bulk-result', describeResult(result));
    location.reload();
  } catch (failure) {
    showError(failure instanceof Problem ? failure.describe() : String(failure));
  }
});

const lastResult = sessionStorage.getItem('queue-bulk-result');
if (lastResult && $('bulk-result')) {
  sessionStorage.removeItem('queue-bulk-result');
  // Written after load, so the status region announces it.
  setTimeout(() => ($('bulk-result').innerHTML = lastResult), 50);
}

// ---- saved filters ---------------------------------------------------------------------------------
const save = $('save-filter');
save?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = $('save-filter-error');
  error.hidden = true;
  try {
    await api('/api/queue/filters', { method: 'POST', body: { name: save.elements.name.value.trim(), query: save.dataset.query, shared: save.elements.shared.checked } });
    sessionStorage.setItem('desk-notice', t('filterSaved'));
    location.reload();
  } catch (failure) {
    error.textContent = failure instanceof Problem ? failure.describe() : String(failure);
    error.hidden = false;
  }
});
document.addEventListener('click', async (event) => {
  const button = event.target.closest('[data-delete-filter]');
  if (!button) return;
  try {
    await api(`/api/queue/filters/${button.dataset.deleteFilter}`, { method: 'DELETE' });
    sessionStorage.setItem('desk-notice', t('filterDeleted'));
    location.reload();
  } catch (failure) {
    notice(failure instanceof Problem ? failure.describe() : String(failure));
  }
});
