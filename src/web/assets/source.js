import { api, Problem, sourceIdIn, suggestSources, t } from './desk.js';

// Merging two records of the same source (editors): pick the one to keep by name, confirm, merge.

const form = document.getElementById('merge');
const input = document.getElementById('merge-into');
const error = document.getElementById('merge-error');
const sourceId = Number(form.dataset.sourceId);
const suggest = suggestSources(() => document.getElementById('merge-candidates'), { except: sourceId });
input.addEventListener('input', () => suggest(input));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const intoId = sourceIdIn(input.value);
  if (intoId === null) {
    error.textContent = t('mergePick');
    error.hidden = false;
    return;
  }
  if (!confirm(t('mergeConfirm', { name: input.value }))) return;
  try {
    await api(`/api/sources/${sourceId}/merge`, { method: 'POST', body: { intoId } });
    location.assign(`/sources/${intoId}`);
  } catch (failure) {
    error.textContent = failure instanceof Problem ? failure.describe() : String(failure);
    error.hidden = false;
  }
});
