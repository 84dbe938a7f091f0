import type { ClaimEntity } from '../claims/claim.entity';

/** The events an outside system can subscribe to (DESIGN.md "Webhook"). */
export const WEBHOOK_EVENTS = ['claim.created', 'claim.status_changed', 'claim.assigned', 'claim.approved', 'claim.reopened', 'article.imported', 'source.merged'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/** A claim as an event carries it: what a CMS or a spreadsheet needs, without the ledger's internals. */
export function claimData(claim: ClaimEntity): Record<string, unknown> {
  return {
    id: claim.id, articleId: claim.articleId, text: claim.text, kind: claim.kind, status: claim.status, origin: claim.origin, version: claim.version,
    assigneeId: claim.assigneeId, quote: { exact: claim.quoteExact, start: claim.quoteStart, end: claim.quoteEnd },
    verdict: claim.verdictAt ? { rationale: claim.verdictRationale, givenById: claim.verdictById, givenAt: claim.verdictAt, approvedById: claim.approvedById, approvedAt: claim.approvedAt } : null,
  };
}

/**
 * The events one review step raises, from the claim's row before and after it: a status change, a
 * (re)assignment to someone, an approval, a reopening (with its reason). One step may raise several
 * (a take moves the status and assigns the claim).
 */
export function eventsOfReview(review: { action: string; before: ClaimEntity; after: ClaimEntity; actorId: number; note: string | null }): WebhookEvent[] {
  const { action, before, after, actorId, note } = review;
  const claim = claimData(after);
  const events: WebhookEvent[] = [];
  if (before.status !== after.status) events.push({ type: 'claim.status_changed', data: { claim, from: before.status, to: after.status, action, actorId } });
  if (after.assigneeId !== before.assigneeId && after.assigneeId !== null) {
    events.push({ type: 'claim.assigned', data: { claim, assigneeId: after.assigneeId, previousAssigneeId: before.assigneeId, actorId } });
  }
  if (action === 'approve') events.push({ type: 'claim.approved', data: { claim, approvedById: actorId, note } });
  if (action === 'reopen') events.push({ type: 'claim.reopened', data: { claim, reason: note, actorId, previousStatus: before.status } });
  return events;
}

/** The event types a webhook row subscribes to. */
export function eventsOf(webhook: { events: string }): WebhookEventType[] {
  return JSON.parse(webhook.events) as WebhookEventType[];
}
