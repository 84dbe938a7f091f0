import { api, t } from './desk.js';

// The inbox's unread count in the navigation, on every page: read on load and every 30 s (the inbox
// page itself follows the live stream).
const badge = document.querySelector('[data-inbox-count]');

export function showUnread(unread) {
  if (!badge) return;
  badge.textContent = String(unread);
  badge.hidden = unread === 0;
  badge.setAttribute('aria-label', t('unread', { n: unread }));
}

async function refresh() {
  const page = await api('/api/notifications?unread=true&limit=1').catch(() => null);
  if (page) showUnread(page.unread);
}

if (badge) {
  refresh();
  setInterval(refresh, 30_000);
}
