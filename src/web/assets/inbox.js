import { api, esc, notice, shortTime, t, words } from './desk.js';
import { showUnread } from './nav.js';

// The inbox: my notifications, newest first; unread ones in bold with a "Mark read" button. The
// list reloads whenever /api/notifications/stream says the count or the newest one changed.
const list = document.getElementById('inbox-list');
const live = document.getElementById('inbox-live');

const TEXT = { empty: t('inboxEmpty'), markRead: t('markRead'), reason: t('reasonLabel'), verdict: t('verdictLabel') };

function item(n) {
  const claim = n.claimId ? `<a href="/claims/${n.claimId}">${esc(n.claimText ?? t('claimN', { id: n.claimId }))}</a>` : '';
  const note = n.note ? ` <span class="note">— ${esc(n.kind === 'claim_reopened' ? `${TEXT.reason}: ` : n.kind === 'verdict_awaiting_approval' ? `${TEXT.verdict}: ` : '')}${esc(n.note)}</span>` : '';
  return `<li class="${n.readAt ? '' : 'unread'}" data-notification="${n.id}"><time datetime="${esc(n.createdAt)}">${esc(shortTime(n.createdAt))}</time>
    ${esc(words.notification?.[n.kind] ?? n.message)}: ${claim}${note} ${n.readAt ? '' : `<button type="button" data-read="${n.id}">${esc(TEXT.markRead)}</button>`}</li>`;
}

async function load() {
  const page = await api('/api/notifications?limit=100');
  list.innerHTML = page.items.length ? page.items.map(item).join('') : `<li class="muted">${esc(TEXT.empty)}</li>`;
  showUnread(page.unread);
}

list.addEventListener('click', async (event) => {
  const button = event.target.closest('[data-read]');
  if (!button) return;
  await api('/api/notifications/read', { method: 'POST', body: { ids: [Number(button.dataset.read)] } }).catch((error) => notice(error.message));
  await load();
});
document.getElementById('inbox-read-all').addEventListener('click', async () => {
  await api('/api/notifications/read', { method: 'POST', body: { all: true } }).catch((error) => notice(error.message));
  await load();
});

load();
const stream = new EventSource('/api/notifications/stream');
stream.addEventListener('open', () => (live.textContent = t('liveOn')));
stream.addEventListener('inbox', () => load().catch(() => undefined));
stream.addEventListener('error', () => (live.textContent = t('liveReconnecting')));
