import { api, esc, me, shortTime, statusText, t, word } from './desk.js';

// The dashboard draws itself from a desk snapshot: first the one embedded in the page, then each
// one /api/stats/stream pushes when anyone (on any instance) changes a claim.

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
    return `<rect class="${kind}" x="${x}" y="${height - h}" width="8" height="${h}"><title>${value} ${esc(t(kind))}</title></rect>`;
  };
  const bars = days.map((day, i) => bar(day.opened, i * slot + 2, 'opened') + bar(day.resolved, i * slot + 11, 'resolved')).join('');
  const ticks = days.map((day, i) => (i % 7 === days.length % 7 ? `<text x="${i * slot}" y="${height + 14}">${day.day.slice(5)}</text>` : '')).join('');
  const total = (key) => days.reduce((sum, day) => sum + day[key], 0);
  $('flow').innerHTML = `<p class="legend-line"><span class="key opened" aria-hidden="true"></span> ${esc(t('opened'))}: ${total('opened')} · <span class="key resolved" aria-hidden="true"></span> ${esc(t('resolved'))}: ${total('resolved')}</p>
<svg class="chart" viewBox="0 0 ${width} ${height + 18}" role="img" aria-label="${esc(t('flowChart', { n: days.length }))}"><line x1="0" y1="${height}" x2="${width}" y2="${height}" class="axis"/>${bars}${ticks}</svg>
<details><summary>${esc(t('numbersPerDay'))}</summary><table class="list"><thead><tr><th scope="col">${esc(t('day'))}</th><th scope="col" class="num">${esc(t('opened'))}</th><th scope="col" class="num">${esc(t('resolved'))}</th></tr></thead>
<tbody>${days.filter((day) => day.opened || day.resolved).map((day) => `<tr><td>${day.day}</td><td class="num">${day.opened}</td><td class="num">${day.resolved}</td></tr>`).join('') || `<tr><td colspan="3">${esc(t('noActivity'))}</td></tr>`}</tbody></table></details>`;
}

/** The backlog by age, each row a link into the claims queue with that age's open claims, oldest first. */
function renderBacklog(backlog) {
  const now = Date.now();
  const ago = (days) => new Date(now - days * 86_400_000).toISOString();
  const queue = (from, to) => `/claims?open=true&sort=oldest${from ? `&createdFrom=${encodeURIComponent(from)}` : ''}${to ? `&createdTo=${encodeURIComponent(to)}` : ''}`;
  const rows = [
    [t('under1Day'), backlog.byAge.under1Day, queue(ago(1), null)], [t('from1To7Days'), backlog.byAge.from1To7Days, queue(ago(7), ago(1))],
    [t('from7To30Days'), backlog.byAge.from7To30Days, queue(ago(30), ago(7))], [t('over30Days'), backlog.byAge.over30Days, queue(null, ago(30))],
  ];
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const age = backlog.oldestAgeHours === null ? '' : t('oldestWaits', { age: backlog.oldestAgeHours < 48 ? t('hours', { n: backlog.oldestAgeHours }) : t('days', { n: Math.round(backlog.oldestAgeHours / 24) }) });
  $('backlog').innerHTML = `<p><a href="/claims?open=true&amp;sort=oldest"><strong>${esc(t('openClaims', { n: backlog.open }))}</strong></a>${esc(age)}.</p>
<table class="list bars"><tbody>${rows.map(([label, n, href]) => `<tr><th scope="row"><a href="${esc(href)}">${esc(label)}</a></th><td class="num">${n}</td><td class="bar-cell"><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="0" height="10" width="${(n / max) * 100}"/></svg></td></tr>`).join('')}</tbody></table>`;
}

function renderSources(bySource) {
  $('top-sources').innerHTML = bySource.length === 0 ? `<p class="muted">${esc(t('noTopSources'))}</p>` : `<table class="list">
<thead><tr><th scope="col">${esc(t('topSource'))}</th><th scope="col" class="num">${esc(t('topClaims'))}</th><th scope="col" class="num">${esc(statusText('corroborated'))}</th><th scope="col" class="num">${esc(statusText('disputed'))}</th><th scope="col" class="num">${esc(statusText('inconclusive'))}</th><th scope="col" class="num">${esc(t('topOpen'))}</th></tr></thead>
<tbody>${bySource.slice(0, 10).map((row) => `<tr><td><a href="/sources/${row.source.id}">${esc(row.source.name)}</a></td><td class="num"><a href="/claims?sourceId=${row.source.id}">${row.claims}</a></td><td class="num">${row.corroborated}</td><td class="num">${row.disputed}</td><td class="num">${row.inconclusive}</td><td class="num">${row.open}</td></tr>`).join('')}</tbody></table>`;
}

const claimLink = (claimId, articleId, text) =>
  articleId ? `<a href="/articles/${articleId}#claim-${claimId}">${esc(text)}</a>` : esc(text);

function renderActivity(items) {
  $('activity').innerHTML = items.length === 0 ? `<p class="muted">${esc(t('nothingYet'))}</p>` : `<ol class="activity">${items.map((item) => `<li>
<time datetime="${esc(item.createdAt)}">${esc(shortTime(item.createdAt))}</time> <strong>${esc(item.actorName ?? t('user', { id: item.actorId }))}</strong> ${esc(word('action', item.action))}
${claimLink(item.claimId, item.articleId, item.claimText ?? t('claimN', { id: item.claimId }))}${item.toStatus && item.toStatus !== item.fromStatus ? ` <span class="badge st-${item.toStatus}">${statusText(item.toStatus)}</span>` : ''}</li>`).join('')}</ol>`;
}

/** My open work: claims I am checking, and claims an editor handed me that I have not taken yet. */
async function renderMine() {
  try {
    const pages = await Promise.all(['in_review', 'unverified'].map((status) => api(`/api/claims?assigneeId=me&status=${status}&limit=20`)));
    const items = pages.flatMap((page) => page.items);
    $('mine').innerHTML = items.length === 0 ? `<p class="muted">${esc(t('nothingAssigned'))}</p>` : `<ul>${items.map((claim) => `<li><span class="badge st-${claim.status}">${statusText(claim.status)}</span> ${claimLink(claim.id, claim.articleId, claim.text)}</li>`).join('')}</ul>`;
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
stream.addEventListener('open', () => (live.textContent = t('liveOn')));
stream.addEventListener('desk', (event) => {
  const snapshot = JSON.parse(event.data);
  if (snapshot.deskVersion === document.body.dataset.deskVersion) return;
  render(snapshot);
  renderMine();
});
stream.addEventListener('error', async () => {
  live.textContent = t('liveReconnecting');
  // A closed stream after an expired session would retry for ever: check, and send the reader to sign in.
  if (stream.readyState === EventSource.CLOSED) await api('/api/auth/me').catch(() => undefined);
});
