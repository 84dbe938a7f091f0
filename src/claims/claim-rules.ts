import { RuleViolationError } from '../common/problem/domain-error';
import { ClaimStatus, hasRole, isVerdictStatus, Role } from '../common/vocabulary';

/**
 * A verdict rests on the evidence and the attributions it was given on: while a claim has one, they
 * stay as they are (DESIGN.md, review workflow). An editor reopens the claim to change them, and the
 * next verdict is given on the new basis, so a published verdict never silently loses its ground.
 */
export function refuseBasisChangeUnderVerdict(claim: { id: number; status: ClaimStatus }): void {
  if (isVerdictStatus(claim.status)) {
    throw new RuleViolationError(
      'verdict-keeps-its-basis',
      `Claim ${claim.id} has a verdict (${claim.status}): its evidence and attributions stay as they are until an editor reopens it.`,
      'conflict',
    );
  }
}

/** What the rules below need to know of a claim. */
export interface ClaimEditState {
  id: number;
  status: ClaimStatus;
  withdrawn: boolean;
}

export const CLAIM_EDIT_ACTIONS = ['edit', 'withdraw', 'restore', 'tag', 'note'] as const;
export type ClaimEditAction = (typeof CLAIM_EDIT_ACTIONS)[number];

/** A withdrawn claim is off the desk: nothing changes it but an editor's restoring it. */
export function refuseChangeOfWithdrawn(claim: ClaimEditState): void {
  if (claim.withdrawn) {
    throw new RuleViolationError('withdrawn-claim-is-off-the-desk', `Claim ${claim.id} is withdrawn: an editor restores it before anything else changes it.`, 'conflict');
  }
}

/**
 * A checker corrects what a claim says (its wording, kind or span) while it has no verdict: a verdict
 * was given on these words, so an editor reopens the claim first, and the history keeps both.
 */
export function decideEdit(claim: ClaimEditState, actorRole: Role): void {
  requireRole(actorRole, 'checker', 'edit a claim');
  refuseChangeOfWithdrawn(claim);
  if (isVerdictStatus(claim.status)) {
    throw new RuleViolationError('verdict-keeps-its-wording', `Claim ${claim.id} has a verdict (${claim.status}): its wording, kind and span stay as they are until an editor reopens it.`, 'conflict');
  }
}

/**
 * A claim extracted or marked by mistake is withdrawn with a reason (DESIGN.md): by a checker while it
 * has no verdict; once a verdict is given, it is an editor's call, as a published verdict may be withdrawn.
 */
export function decideWithdrawal(claim: ClaimEditState, actorRole: Role, reason: string | undefined): string {
  requireRole(actorRole, 'checker', 'withdraw a claim');
  if (claim.withdrawn) throw new RuleViolationError('withdraw-once', `Claim ${claim.id} is already withdrawn.`, 'conflict');
  if (isVerdictStatus(claim.status) && !hasRole(actorRole, 'editor')) {
    throw new RuleViolationError('withdraw-verdict-needs-editor', `Claim ${claim.id} has a verdict: only an editor may withdraw it.`, 'forbidden');
  }
  const why = reason?.trim();
  if (!why) throw new RuleViolationError('withdrawal-needs-reason', 'Withdrawing a claim needs a reason.', 'rule');
  return why;
}

/** An editor brings a withdrawn claim back to the desk, as it stood. */
export function decideRestore(claim: ClaimEditState, actorRole: Role): void {
  requireRole(actorRole, 'editor', 'restore a withdrawn claim');
  if (!claim.withdrawn) throw new RuleViolationError('restore-withdrawn-only', `Claim ${claim.id} is not withdrawn.`, 'conflict');
}

/** Tags are labels for finding and sorting work, not the basis of a verdict: a checker sets them at any status. */
export function decideTagging(claim: ClaimEditState, actorRole: Role): void {
  requireRole(actorRole, 'checker', 'tag a claim');
  refuseChangeOfWithdrawn(claim);
}

/** The claim-level actions (beside the review steps) this reader may take now, for the desk to show. */
export function allowedEditActions(claim: ClaimEditState, actorRole: Role): ClaimEditAction[] {
  const probes: Record<ClaimEditAction, () => void> = {
    edit: () => decideEdit(claim, actorRole),
    withdraw: () => decideWithdrawal(claim, actorRole, 'probe'),
    restore: () => decideRestore(claim, actorRole),
    tag: () => decideTagging(claim, actorRole),
    note: () => requireRole(actorRole, 'checker', 'write a note'),
  };
  return CLAIM_EDIT_ACTIONS.filter((action) => {
    try {
      probes[action]();
      return true;
    } catch (error) {
      if (error instanceof RuleViolationError) return false;
      throw error;
    }
  });
}

function requireRole(actual: Role, required: Role, what: string): void {
  if (!hasRole(actual, required)) throw new RuleViolationError(`${what.replace(/ /g, '-')}-needs-${required}`, `Only a ${required} or higher may ${what}; you are ${actual}.`, 'forbidden');
}
