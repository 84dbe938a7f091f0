import { esc } from './desk.js';

const form = document.getElementById('sign-in');
const error = document.getElementById('sign-in-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const response = await fetch('/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-claimtrack-client': 'web' },
    body: JSON.stringify({ email: form.email.value, password: form.password.value }),
    credentials: 'same-origin',
  });
  if (response.ok) {
    location.assign(form.dataset.next || '/');
    return;
  }
  const problem = await response.json().catch(() => ({}));
  const fields = (problem.errors || []).map((item) => `${item.path}: ${item.message}`).join(' ');
  error.innerHTML = esc(response.status === 401 ? 'The email or password is wrong, or the account is disabled.' : `${problem.detail || 'Sign-in failed.'} ${fields}`);
  error.hidden = false;
  form.password.select();
});
