import { FROM_THE_DESK, Problem, t } from './desk.js';

const form = document.getElementById('sign-in');
const error = document.getElementById('sign-in-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const response = await fetch('/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...FROM_THE_DESK },
    body: JSON.stringify({ email: form.email.value, password: form.password.value }),
    credentials: 'same-origin',
  });
  if (response.ok) {
    location.assign(form.dataset.next || '/');
    return;
  }
  const problem = new Problem(response.status, await response.json().catch(() => ({ detail: t('signInFailed') })));
  error.textContent = response.status === 401 ? t('loginWrong') : problem.describe();
  error.hidden = false;
  form.password.select();
});
