import { api, esc, Problem } from './desk.js';

// Merging two records of the same source (editors): pick the one to keep by name, confirm, merge.

const form = document.getElementById('merge');
const input = document.getElementById('merge-into');
const error = document.getElementById('merge-error');
const sourceId = Number(form.dataset.sourceId);
let lookup;

input.addEventListener('input', () => {
  clearTimeout(lookup);
  const q = input.value.trim();
  if (q.length < 2 || /#\d+\)$/.test(q)) return;
  lookup = setTimeout(async () => {
    const page = await api(`/api/sources?q=${encodeURIComponent(q)}&limit=10`).catch(() => ({ items: [] }));
    document.getElementById('merge-candidates').innerHTML = page.items
      .filter((s) => s.id !== sourceId)
      .map((s) => `<option value="${esc(`${s.name} (#${s.id})`)}"></option>`)
      .join('');
  }, 200);
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const match = /#(\d+)\)$/.exec(input.value.trim());
  if (!match) {
    error.textContent = 'Pick the source to keep from the suggestions.';
    error.hidden = false;
    return;
  }
  const intoId = Number(match[1]);
  if (!confirm(`Merge this source into ${input.value}? Its attributions and evidence move there.`)) return;
  try {
    await api(`/api/sources/${sourceId}/merge`, { method: 'POST', body: { intoId } });
    location.assign(`/sources/${intoId}`);
  } catch (failure) {
    error.textContent = failure instanceof Problem ? failure.describe() : String(failure);
    error.hidden = false;
  }
});
