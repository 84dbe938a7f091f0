import type { ClaimEntity } from '../claims/claim.entity';
import type { NotificationKind } from './notification.entity';

export interface NotificationDraft {
  userId: number;
  kind: NotificationKind;
  note: string | null;
}

/**
 * Who must hear of a review step (DESIGN.md "Notification"): the person a claim is handed to, the
 * checker whose verdict was approved or reopened (with the reason), and for a new verdict every
 * editor who could approve it. Nobody is told of their own action.
 */
export function notificationsOfReview(review: { action: string; before: ClaimEntity; after: ClaimEntity; actorId: number; note: string | null }, editorIds: readonly number[]): NotificationDraft[] {
  const { action, before, after, actorId, note } = review;
  const drafts: NotificationDraft[] = [];
  if (after.assigneeId !== null && after.assigneeId !== before.assigneeId && after.assigneeId !== actorId) drafts.push({ userId: after.assigneeId, kind: 'claim_assigned', note });
  if (action === 'approve' && after.verdictById !== null && after.verdictById !== actorId) drafts.push({ userId: after.verdictById, kind: 'verdict_approved', note });
  if (action === 'reopen' && before.verdictById !== null && before.verdictById !== actorId) drafts.push({ userId: before.verdictById, kind: 'claim_reopened', note });
  if (action === 'verdict') for (const editorId of editorIds) if (editorId !== actorId) drafts.push({ userId: editorId, kind: 'verdict_awaiting_approval', note: after.verdictRationale });
  return drafts;
}

/** What each kind says in the API's `message` (the desk shows its own translation, messages.*.ts words.notification). */
export const NOTIFICATION_TEXT: Record<NotificationKind, string> = {
  claim_assigned: 'A claim was assigned to you',
  verdict_approved: 'Your verdict was approved',
  claim_reopened: 'Your verdict was reopened',
  verdict_awaiting_approval: 'A verdict awaits approval',
  note_mention: 'You were mentioned in a note',
};
