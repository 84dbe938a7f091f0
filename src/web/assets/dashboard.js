import { api, esc, me, shortTime, statusText } from './desk.js';

// The dashboard draws itself from a desk snapshot: first the one embedded in the page, then each
// one /api/stats/stream pushes when anyone (on any instance) changes a claim.

const ACTIONS = {
  created: 'added', take: 'took', verdict: 'gave a verdict on', approve: 'approved', reopen: 'reopened', reassign: 'reassigned',
  evidence_added: 'added evidence to', evidence_removed: 'removed evidence from', attribution_added: 'attributed', attribution_removed: 'removed a source from',
  source_merged: 'merged a source of', reanchored: 're-anchored', orphaned: 'lost the words of',
};

const $ = (id) => document.getElementById(id);

function renderCounts(stats) {
  const values = { total: stats.total, awaitingApproval: stats.awaitingApproval, ...stats.byStatus };
  for (const element of document.querySelectorAll('[data-count]')) element.textContent = String(values[element.dataset.count] ?? 0);
}

/** Bars for opened and resolved per day, with the same numbers in a table for screen readers. */
function renderFlow(days) {
  const max = Math.max(1, ...days.flatMap((day) => [day.opened, day.resolved]));
  const [width, height, slot] = [days.length * 22, 120, 22];
  const bar = (value, x, kind) => {
    const h = Math.round((value / max) * (height - 14));
    return `<rect class="${kind}" x="${x}" y="${height - h}" width="8" height="${h}"><title>${value} ${kind}</title></rect>`;
  };
  const bars = days.map((day, i) => bar(day.opened, i * slot + 2, 'opened') + bar(day.resolved, i * slot + 11, 'resolved')).join('');
  const ticks = days.map((day, i) => (i % 7 === days.length % 7 ? `<text x="${i * slot}" y="${height + 14}">${day.day.slice(5)}</text>` : '')).join('');
  const total = (key) => days.reduce((sum, day) => sum + day[key], 0);
  $('flow').innerHTML = `<p class="legend-line"><span class="key opened" aria-hidden="true"></span> Opened: ${total('opened')} · <span class="key resolved" aria-hidden="true"></span> Resolved: ${total('resolved')}</p>
<svg class="chart" viewBox="0 0 ${width} ${height + 18}" role="img" aria-label="Claims opened and resolved per day over ${days.length} days"><line x1="0" y1="${height}" x2="${width}" y2="${height}" class="axis"/>${bars}${ticks}</svg>
<details><summary>Numbers per day</summary><table class="list"><thead><tr><th scope="col">Day</th><th scope="col" class="num">Opened</th><th scope="col" class="num">Resolved</th></tr></thead>
<tbody>${days.filter((day) => day.opened || day.resolved).map((day) => `<tr><td>${day.day}</td><td class="num">${day.opened}</td><td class="num">${day.resolved}</td></tr>`).join('') || '<tr><td colspan="3">No activity</td></tr>'}</tbody></table></details>`;
}

function renderBacklog(backlog) {
  const rows = [['Under 1 day', backlog.byAge.under1Day], ['1–7 days', backlog.byAge.from1To7Days], ['7–30 days', backlog.byAge.from7To30Days], ['Over 30 days', backlog.byAge.over30Days]];
  const max = Math.max(1, ...rows.map(([, n]) => n));
  $('backlog').innerHTML = `<p><strong>${backlog.open}</strong> open claims${backlog.oldestAgeHours !== null ? `; the oldest waits ${backlog.oldestAgeHours < 48 ? `${backlog.oldestAgeHours} hours` : `${Math.round(backlog.oldestAgeHours / 24)} days`}` : ''}.</p>
<table class="list bars"><tbody>${rows.map(([label, n]) => `<tr><th scope="row">${label}</th><td class="num">${n}</td><td class="bar-cell"><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="0" height="10" width="${(n / max) * 100}"/></svg></td></tr>`).join('')}</tbody></table>`;
}

function renderSources(bySource) {
  $('top-sources').innerHTML = bySource.length === 0 ? '<p class="muted">No claims are attributed yet.</p>' : `<table class="list">
<thead><tr><th scope="col">Source</th><th scope="col" class="num">Claims</th><th scope="col" class="num">${statusText('corroborated')}</th><th scope="col" class="num">${statusText('disputed')}</th><th scope="col" class="num">${statusText('inconclusive')}</th><th scope="col" class="num">Open</th></tr></thead>
<tbody>${bySource.slice(0, 10).map((row) => `<tr><td><a href="/sources/${row.source.id}">${esc(row.source.name)}</a></td><td class="num">${row.claims}</td><td class="num">${row.corroborated}</td><td class="num">${row.disputed}</td><td class="num">${row.inconclusive}</td><td class="num">${row.open}</td></tr>`).join('')}</tbody></table>`;
}

const claimLink = (claimId, articleId, text) =>
  articleId ? `<a href="/articles/${articleId}#claim-${claimId}">${esc(text)}</a>` : esc(text);

function renderActivity(items) {
  $('activity').innerHTML = items.length === 0 ? '<p class="muted">Nothing has happened yet.</p>' : `<ol class="activity">${items.map((item) => `<li>
<time datetime="${esc(item.createdAt)}">${esc(shortTime(item.createdAt))}</time> <strong>${esc(item.actorName ?? `user ${item.actorId}`)}</strong> ${esc(ACTIONS[item.action] ?? item.action)}
${claimLink(item.claimId, item.articleId, item.claimText ?? `claim ${item.claimId}`)}${item.toStatus && item.toStatus !== item.fromStatus ? ` <span class="badge st-${item.toStatus}">${statusText(item.toStatus)}</span>` : ''}</li>`).join('')}</ol>`;
}

/** My open work: claims I am checking, and claims an editor handed me that I have not taken yet. */
async function renderMine() {
  try {
    const pages = await Promise.all(['in_review', 'unverified'].map((status) => api(`/api/claims?assigneeId=${me.id}&status=${status}&limit=20`)));
    const items = pages.flatMap((page) => page.items);
    $('mine').innerHTML = items.length === 0 ? '<p class="muted">Nothing is assigned to you.</p>' : `<ul>${items.map((claim) => `<li><span class="badge st-${claim.status}">${statusText(claim.status)}</span> ${claimLink(claim.id, claim.articleId, claim.text)}</li>`).join('')}</ul>`;
  } catch (error) {
    $('mine').textContent = error.message;
  }
}

function render(snapshot) {
  renderCounts(snapshot.stats);
  renderFlow(snapshot.flow.days);
  renderBacklog(snapshot.stats.backlog);
  renderSources(snapshot.stats.bySource);
  renderActivity(snapshot.activity.items);
  document.body.dataset.deskVersion = snapshot.deskVersion;
}

render(JSON.parse($('desk-snapshot').textContent));
renderMine();
performance.mark('desk-ready');

const live = $('live-state');
const stream = new EventSource('/api/stats/stream');
stream.addEventListener('open', () => (live.textContent = 'Live updates: on'));
stream.addEventListener('desk', (event) => {
  const snapshot = JSON.parse(event.data);
  if (snapshot.deskVersion === document.body.dataset.deskVersion) return;
  render(snapshot);
  renderMine();
});
stream.addEventListener('error', async () => {
  live.textContent = 'Live updates: reconnecting…';
  // A closed stream after an expired session would retry for ever: check, and send the reader to sign in.
  if (stream.readyState === EventSource.CLOSED) await api('/api/auth/me').catch(() => undefined);
});
