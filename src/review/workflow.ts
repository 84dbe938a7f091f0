/**
 * The review workflow of DESIGN.md as plain rules: which action may move a claim from which state
 * to which, who may do it, and what evidence a verdict needs. No framework here, so a newsroom can
 * read the rules in one sitting and the tests can check them without a database.
 *
 *   unverified --take--> in_review --verdict--> corroborated | disputed | inconclusive --approve--> (approved)
 *        \_____reassign____/   ^___________________reopen (editor, with reason)___________/
 */
import { Actor, hasRole } from '../auth/roles';
import type { ClaimStatus, Verdict } from '../common/vocabulary';
import { isVerdictStatus } from '../common/vocabulary';

export const REVIEW_ACTIONS = ['take', 'verdict', 'approve', 'reopen', 'reassign'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface ClaimReviewState {
  status: ClaimStatus;
  assigneeId: number | null;
  approvedAt: string | null;
}

/** A piece of evidence as the independence rule sees it: its stance and who stands behind it. */
export interface EvidenceForVerdict {
  id: number;
  stance: 'supports' | 'refutes' | 'context';
  /** Sources that published it: its own source, or the speakers of the claim it links to. */
  publisherIds: number[];
}

export interface ReviewRequest {
  action: ReviewAction;
  actor: Actor;
  verdict?: Verdict;
  rationale?: string;
  note?: string;
  /** For reassign: the new assignee and their role. */
  assignee?: { id: number; role: Actor['role'] } | null;
  /** For verdicts: the claim's evidence, and the circle of sources that cannot corroborate it. */
  evidence?: EvidenceForVerdict[];
  claimCircle?: ReadonlySet<number>;
}

export interface ReviewOutcome {
  status: ClaimStatus;
  assigneeId: number | null;
  approved: boolean | 'unchanged';
  /** The evidence the decision rests on, recorded in the history event. */
  evidenceIds: number[];
}

export class WorkflowViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    /** 409: the claim's current state forbids it; 422: the request itself does not satisfy a rule; 403: the role may not. */
    readonly httpStatus: 403 | 409 | 422,
  ) {
    super(message);
  }
}

function requireStatus(state: ClaimReviewState, allowed: ClaimStatus[], action: ReviewAction): void {
  if (!allowed.includes(state.status)) {
    throw new WorkflowViolation(
      `${action}-from-${allowed.join('-or-')}`,
      `Cannot ${action} a claim that is ${state.status}: ${action} is only allowed from ${allowed.join(' or ')}.`,
      409,
    );
  }
}

function requireRole(actor: Actor, role: Actor['role'], what: string): void {
  if (!hasRole(actor.role, role)) {
    throw new WorkflowViolation(`${what}-needs-${role}`, `Only a ${role} or higher may ${what}; you are ${actor.role}.`, 403);
  }
}

/**
 * Independence, the rule that makes "corroborated" mean something: the evidence must come from
 * someone other than the claim's own speakers, their relays and the organisations they speak for.
 * An agency repeating the same minister is the same claim twice, not a second confirmation.
 */
export function isIndependentOf(evidence: EvidenceForVerdict, claimCircle: ReadonlySet<number>): boolean {
  return isIndependent(evidence.publisherIds, claimCircle);
}

/** Sources independent of a claim: someone stands behind them, and none of them is in the claim's circle. */
export function isIndependent(sourceIds: readonly number[], claimCircle: ReadonlySet<number>): boolean {
  return sourceIds.length > 0 && sourceIds.every((id) => !claimCircle.has(id));
}

function decideVerdict(state: ClaimReviewState, request: ReviewRequest): ReviewOutcome {
  requireRole(request.actor, 'checker', 'give a verdict');
  requireStatus(state, ['in_review'], 'verdict');
  if (state.assigneeId !== request.actor.id && !hasRole(request.actor.role, 'editor')) {
    throw new WorkflowViolation('verdict-by-assignee', 'Only the checker the claim is assigned to (or an editor) may give its verdict: take or reassign it first.', 409);
  }
  const verdict = request.verdict;
  if (!verdict) throw new WorkflowViolation('verdict-required', 'A verdict action needs verdict: corroborated, disputed or inconclusive.', 422);
  if (!request.rationale?.trim()) throw new WorkflowViolation('verdict-needs-rationale', 'A verdict needs a rationale that says why.', 422);
  const evidence = request.evidence ?? [];
  let basis: EvidenceForVerdict[] = [];
  if (verdict === 'corroborated') {
    const circle = request.claimCircle ?? new Set<number>();
    basis = evidence.filter((item) => item.stance === 'supports' && isIndependentOf(item, circle));
    if (basis.length === 0) {
      throw new WorkflowViolation(
        'corroboration-needs-independent-support',
        'A claim can only be corroborated with supporting evidence from a source independent of the claim\'s own sources and their affiliations (a relay of the same speaker is not independent). Add such evidence with its publishing source first.',
        422,
      );
    }
  } else if (verdict === 'disputed') {
    basis = evidence.filter((item) => item.stance === 'refutes');
    if (basis.length === 0) {
      throw new WorkflowViolation('dispute-needs-refuting-evidence', 'A claim can only be disputed with refuting evidence: add it first.', 422);
    }
  } else {
    basis = evidence;
  }
  return { status: verdict, assigneeId: state.assigneeId, approved: false, evidenceIds: basis.map((item) => item.id) };
}

/** Decides what a review action does to a claim, or says which rule forbids it. */
export function decideReview(state: ClaimReviewState, request: ReviewRequest): ReviewOutcome {
  const { actor } = request;
  switch (request.action) {
    case 'take':
      requireRole(actor, 'checker', 'take a claim');
      requireStatus(state, ['unverified'], 'take');
      // An editor handed it to someone: a colleague does not take it over silently, an editor may.
      if (state.assigneeId !== null && state.assigneeId !== actor.id && !hasRole(actor.role, 'editor')) {
        throw new WorkflowViolation('take-assigned-to-other', 'This claim is assigned to someone else: ask an editor to reassign it.', 409);
      }
      return { status: 'in_review', assigneeId: actor.id, approved: 'unchanged', evidenceIds: [] };
    case 'verdict':
      return decideVerdict(state, request);
    case 'approve':
      requireRole(actor, 'editor', 'approve a verdict');
      if (!isVerdictStatus(state.status)) {
        throw new WorkflowViolation('approve-needs-verdict', `Cannot approve a claim that is ${state.status}: only a verdict (corroborated, disputed, inconclusive) can be approved.`, 409);
      }
      if (state.approvedAt) throw new WorkflowViolation('approve-once', 'This verdict is already approved.', 409);
      return { status: state.status, assigneeId: state.assigneeId, approved: true, evidenceIds: [] };
    case 'reopen':
      requireRole(actor, 'editor', 'reopen a claim');
      if (!isVerdictStatus(state.status)) {
        throw new WorkflowViolation('reopen-needs-verdict', `Cannot reopen a claim that is ${state.status}: only a claim with a verdict can be reopened.`, 409);
      }
      if (!request.note?.trim()) throw new WorkflowViolation('reopen-needs-reason', 'Reopening a claim needs a reason in note.', 422);
      // Back to the checker who gave the verdict, so the new facts reach the person who knows the case.
      return { status: 'in_review', assigneeId: state.assigneeId, approved: false, evidenceIds: [] };
    case 'reassign': {
      requireStatus(state, ['unverified', 'in_review'], 'reassign');
      const ownClaim = state.assigneeId === actor.id;
      if (!ownClaim) requireRole(actor, 'editor', 'reassign a claim assigned to someone else');
      else requireRole(actor, 'checker', 'reassign a claim');
      const assignee = request.assignee;
      if (assignee && !hasRole(assignee.role, 'checker')) {
        throw new WorkflowViolation('assignee-must-be-checker', `A claim can only be assigned to a checker or higher; that user is ${assignee.role}.`, 422);
      }
      if (assignee === undefined) throw new WorkflowViolation('reassign-needs-assignee', 'A reassign action needs assigneeId (a user id, or null to unassign).', 422);
      const assigneeId = assignee?.id ?? null;
      // An in-review claim nobody holds goes back to the queue.
      const status: ClaimStatus = state.status === 'in_review' && assigneeId === null ? 'unverified' : state.status;
      return { status, assigneeId, approved: 'unchanged', evidenceIds: [] };
    }
  }
}
