import { api, Problem, t } from './desk.js';

// The reader's settings: the desk's language and time zone. The time zone defaults to the browser's,
// named in the first option so the reader sees which one that is.

const form = document.getElementById('settings');
const zone = document.getElementById('time-zone');
const error = document.getElementById('settings-error');
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
zone.options[0].textContent = zone.dataset.browserLabel.replace('{zone}', browserZone);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  try {
    await api('/api/users/me', {
      method: 'PATCH',
      body: { language: form.language.value || null, timeZone: form.timeZone.value || null, displayName: form.displayName.value.trim() },
    });
    // The page is drawn in the reader's language: draw it again in the new one.
    sessionStorage.setItem('desk-notice', t('settingsSaved'));
    location.reload();
  } catch (failure) {
    error.textContent = failure instanceof Problem ? failure.describe() : String(failure);
    error.hidden = false;
  }
});
