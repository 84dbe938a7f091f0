import { CLAIM_STATUSES } from '../../common/vocabulary';
import type { DeskSnapshotDto } from '../../dashboard/activity.dto';
import { html, Html, jsonData } from '../html';
import { layout } from '../layout';
import type { Reader } from '../page-session';
import { STATUS_ICONS } from '../status';

/**
 * The landing page. The server renders the frame and the counts (so the numbers are there on first
 * paint), each a link into the claims queue with its filter set; dashboard.js draws the rest from the
 * same snapshot and redraws it on every `desk` event of /api/stats/stream.
 */
export function dashboardPage(reader: Reader, snapshot: DeskSnapshotDto): Html {
  const { stats } = snapshot;
  const { m } = reader;
  const t = m.dashboard;
  return layout({
    title: t.title,
    reader,
    section: 'dashboard',
    script: 'dashboard.js',
    body: html`<h1>${t.heading}</h1>
<p class="live" id="live-state" aria-live="off">${t.connecting}</p>
<section aria-labelledby="counts-title" class="card">
  <h2 id="counts-title">${t.counts}</h2>
  <ul class="counts" id="counts">
    <li class="count"><a href="/claims"><span class="n" data-count="total">${stats.total}</span> <span class="what">${t.all}</span></a></li>
    ${CLAIM_STATUSES.map((status) => html`<li class="count st-${status}"><a href="/claims?status=${status}&amp;sort=oldest"><span class="n" data-count="${status}">${stats.byStatus[status] ?? 0}</span> <span class="what"><span aria-hidden="true">${STATUS_ICONS[status]}</span> ${m.words.status[status]}</span></a></li>`)}
    <li class="count"><a href="/claims?awaitingApproval=true&amp;sort=oldest"><span class="n" data-count="awaitingApproval">${stats.awaitingApproval}</span> <span class="what">${t.awaiting}</span></a></li>
  </ul>
</section>
<div class="grid">
  <section aria-labelledby="flow-title" class="card wide">
    <h2 id="flow-title">${t.flow}</h2>
    <div id="flow"></div>
  </section>
  <section aria-labelledby="backlog-title" class="card">
    <h2 id="backlog-title">${t.backlog}</h2>
    <div id="backlog"></div>
  </section>
  <section aria-labelledby="mine-title" class="card">
    <h2 id="mine-title">${t.mine}</h2>
    <div id="mine"><p class="muted">${t.loading}</p></div>
  </section>
  <section aria-labelledby="sources-title" class="card wide">
    <h2 id="sources-title">${t.topSources}</h2>
    <div id="top-sources"></div>
  </section>
  <section aria-labelledby="activity-title" class="card wide">
    <h2 id="activity-title">${t.activity}</h2>
    <div id="activity"></div>
  </section>
</div>
${jsonData('desk-snapshot', snapshot)}`,
  });
}
