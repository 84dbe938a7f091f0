import type { Actor } from '../../common/vocabulary';
import type { DeskSnapshotDto } from '../../dashboard/activity.dto';
import { html, Html, jsonData } from '../html';
import { layout } from '../layout';
import { STATUS_LABELS } from '../status';
import { CLAIM_STATUSES } from '../../common/vocabulary';

/**
 * The landing page. The server renders the frame and the counts (so the numbers are there on first
 * paint); dashboard.js draws the rest from the same snapshot and redraws it on every `desk` event
 * of /api/stats/stream.
 */
export function dashboardPage(actor: Actor, snapshot: DeskSnapshotDto): Html {
  const { stats } = snapshot;
  return layout({
    title: 'Dashboard',
    actor,
    section: 'dashboard',
    script: 'dashboard.js',
    body: html`<h1>Desk dashboard</h1>
<p class="live" id="live-state" aria-live="off">Live updates: connecting…</p>
<section aria-labelledby="counts-title" class="card">
  <h2 id="counts-title">Claims by status</h2>
  <ul class="counts" id="counts">
    <li class="count"><span class="n" data-count="total">${stats.total}</span> <span class="what">All claims</span></li>
    ${CLAIM_STATUSES.map((status) => html`<li class="count st-${status}"><span class="n" data-count="${status}">${stats.byStatus[status] ?? 0}</span> <span class="what"><span aria-hidden="true">${STATUS_LABELS[status].icon}</span> ${STATUS_LABELS[status].label}</span></li>`)}
    <li class="count"><span class="n" data-count="awaitingApproval">${stats.awaitingApproval}</span> <span class="what">Awaiting approval</span></li>
  </ul>
</section>
<div class="grid">
  <section aria-labelledby="flow-title" class="card wide">
    <h2 id="flow-title">Opened and resolved per day (30 days)</h2>
    <div id="flow"></div>
  </section>
  <section aria-labelledby="backlog-title" class="card">
    <h2 id="backlog-title">Open backlog by age</h2>
    <div id="backlog"></div>
  </section>
  <section aria-labelledby="mine-title" class="card">
    <h2 id="mine-title">My assignments</h2>
    <div id="mine"><p class="muted">Loading…</p></div>
  </section>
  <section aria-labelledby="sources-title" class="card wide">
    <h2 id="sources-title">Most-cited sources</h2>
    <div id="top-sources"></div>
  </section>
  <section aria-labelledby="activity-title" class="card wide">
    <h2 id="activity-title">Recent activity</h2>
    <div id="activity"></div>
  </section>
</div>
${jsonData('desk-snapshot', snapshot)}`,
  });
}
