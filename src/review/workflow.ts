/**
 * The review workflow of DESIGN.md as plain rules: which action may move a claim from which state
 * to which, who may do it, what evidence a verdict needs, and every field the step changes. No
 * framework here, so a newsroom can read the rules in one sitting and the tests can check them
 * without a database. Refusals name their rule and their kind; the one exception filter turns kinds
 * into HTTP statuses.
 *
 *   unverified --take--> in_review --verdict--> corroborated | disputed | inconclusive --approve--> (approved)
 *        \_____reassign____/   ^___________________reopen (editor, with reason)___________/
 */
import { RuleViolationError } from '../common/problem/domain-error';
import { Actor, ClaimStatus, hasRole, isVerdictStatus, Verdict } from '../common/vocabulary';
import { isIndependent } from '../evidence/independence';
import { allowedEditActions, CLAIM_EDIT_ACTIONS } from '../claims/claim-rules';

export const REVIEW_ACTIONS = ['take', 'verdict', 'approve', 'reopen', 'reassign'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** What a reader may do to a claim now: the review steps, changing its evidence and attributions, and the claim's own edits (claim-rules.ts). */
export const CLAIM_ACTIONS = [...REVIEW_ACTIONS, 'add-evidence', 'attribute', ...CLAIM_EDIT_ACTIONS] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

export interface ClaimReviewState {
  status: ClaimStatus;
  assigneeId: number | null;
  /** Who gave the current verdict (null without one). */
  verdictById: number | null;
  approvedAt: string | null;
  /** Withdrawn claims are off the desk: no review step moves them until an editor restores them. */
  withdrawn?: boolean;
}

/** A piece of evidence as the independence rule sees it: its stance and who stands behind it. */
export interface EvidenceForVerdict {
  id: number;
  stance: 'supports' | 'refutes' | 'context';
  /** Sources that published it: its own source, or the speakers of the claim it links to, with their organisations. */
  publisherIds: number[];
}

/** How this desk runs its review: with four eyes (an editor other than the verdict's author approves), unless configured off. */
export interface ReviewPolicy {
  fourEyes: boolean;
}

export interface ReviewRequest {
  action: ReviewAction;
  actor: Actor;
  /** When the step happens (ISO 8601): recorded as the verdict's or approval's time. */
  now: string;
  verdict?: Verdict;
  rationale?: string;
  note?: string;
  /** For reassign: the new assignee and their role. */
  assignee?: { id: number; role: Actor['role'] } | null;
  /** For verdicts: the claim's evidence, and the circle of sources that cannot corroborate it. */
  evidence?: EvidenceForVerdict[];
  claimCircle?: ReadonlySet<number>;
}

/** The claim's verdict fields after the step (all of them, so a service only has to store them). */
export interface VerdictFields {
  verdictRationale: string | null;
  verdictById: number | null;
  verdictAt: string | null;
  approvedById: number | null;
  approvedAt: string | null;
}

export interface ReviewOutcome {
  status: ClaimStatus;
  assigneeId: number | null;
  /** The verdict fields the step changes (none for take and reassign). */
  verdict: Partial<VerdictFields>;
  /** What the history event records as the step's note. */
  note: string | null;
  /** The evidence the decision rests on, recorded in the history event. */
  evidenceIds: number[];
}

/** A review step the workflow refuses; `kind` says whether the role, the claim's state or the request is at fault. */
export class WorkflowViolation extends RuleViolationError {
  constructor(rule: string, message: string, kind: 'forbidden' | 'conflict' | 'rule') {
    super(rule, message, kind);
  }
}

const NO_VERDICT: VerdictFields = { verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null };

function requireStatus(state: ClaimReviewState, allowed: ClaimStatus[], action: ReviewAction): void {
  if (!allowed.includes(state.status)) {
    throw new WorkflowViolation(
      `${action}-from-${allowed.join('-or-')}`,
      `Cannot ${action} a claim that is ${state.status}: ${action} is only allowed from ${allowed.join(' or ')}.`,
      'conflict',
    );
  }
}

function requireRole(actor: Actor, role: Actor['role'], what: string): void {
  if (!hasRole(actor.role, role)) {
    throw new WorkflowViolation(`${what}-needs-${role}`, `Only a ${role} or higher may ${what}; you are ${actor.role}.`, 'forbidden');
  }
}

/** Evidence counts for a verdict when someone other than the claim's own circle stands behind it. */
export function isIndependentOf(evidence: EvidenceForVerdict, claimCircle: ReadonlySet<number>): boolean {
  return isIndependent(evidence.publisherIds, claimCircle);
}

function decideVerdict(state: ClaimReviewState, request: ReviewRequest): ReviewOutcome {
  requireRole(request.actor, 'checker', 'give a verdict');
  requireStatus(state, ['in_review'], 'verdict');
  if (state.assigneeId !== request.actor.id && !hasRole(request.actor.role, 'editor')) {
    throw new WorkflowViolation('verdict-by-assignee', 'Only the checker the claim is assigned to (or an editor) may give its verdict: take or reassign it first.', 'conflict');
  }
  const verdict = request.verdict;
  if (!verdict) throw new WorkflowViolation('verdict-required', 'A verdict action needs verdict: corroborated, disputed or inconclusive.', 'rule');
  const rationale = request.rationale?.trim();
  if (!rationale) throw new WorkflowViolation('verdict-needs-rationale', 'A verdict needs a rationale that says why.', 'rule');
  const evidence = request.evidence ?? [];
  let basis: EvidenceForVerdict[] = [];
  if (verdict === 'corroborated') {
    const circle = request.claimCircle ?? new Set<number>();
    basis = evidence.filter((item) => item.stance === 'supports' && isIndependentOf(item, circle));
    if (basis.length === 0) {
      throw new WorkflowViolation(
        'corroboration-needs-independent-support',
        'A claim can only be corroborated with supporting evidence from a source independent of the claim\'s own sources and their affiliations (a relay of the same speaker is not independent). Add such evidence with its publishing source first.',
        'rule',
      );
    }
  } else if (verdict === 'disputed') {
    basis = evidence.filter((item) => item.stance === 'refutes');
    if (basis.length === 0) {
      throw new WorkflowViolation('dispute-needs-refuting-evidence', 'A claim can only be disputed with refuting evidence: add it first.', 'rule');
    }
  } else {
    basis = evidence;
  }
  return {
    status: verdict,
    assigneeId: state.assigneeId,
    verdict: { verdictRationale: rationale, verdictById: request.actor.id, verdictAt: request.now, approvedById: null, approvedAt: null },
    note: rationale,
    evidenceIds: basis.map((item) => item.id),
  };
}

function decideApproval(state: ClaimReviewState, request: ReviewRequest, policy: ReviewPolicy): ReviewOutcome {
  requireRole(request.actor, 'editor', 'approve a verdict');
  if (!isVerdictStatus(state.status)) {
    throw new WorkflowViolation('approve-needs-verdict', `Cannot approve a claim that is ${state.status}: only a verdict (corroborated, disputed, inconclusive) can be approved.`, 'conflict');
  }
  if (state.approvedAt) throw new WorkflowViolation('approve-once', 'This verdict is already approved.', 'conflict');
  // Fact-checking codes (IFCN) expect a second person to sign off what goes out.
  if (policy.fourEyes && state.verdictById === request.actor.id) {
    throw new WorkflowViolation('four-eyes', 'You gave this verdict: another editor approves it (four-eyes principle).', 'conflict');
  }
  return { status: state.status, assigneeId: state.assigneeId, verdict: { approvedById: request.actor.id, approvedAt: request.now }, note: request.note?.trim() || null, evidenceIds: [] };
}

/**
 * The actions this reader may take on the claim now, as the desk shows them: each review step whose
 * role, state and assignment rules pass (a verdict's evidence and an approval's four eyes included),
 * and changing evidence or attributions (a checker's, while the claim has no verdict).
 */
export function allowedActions(state: ClaimReviewState, actor: Actor, policy: ReviewPolicy = { fourEyes: true }): ClaimAction[] {
  const allowed: ClaimAction[] = [];
  const probe: Record<ReviewAction, Omit<ReviewRequest, 'action' | 'actor' | 'now'>> = {
    take: {},
    // Only the gates before the evidence are asked here: which verdict the evidence supports is the checker's call.
    verdict: { verdict: 'inconclusive', rationale: 'probe' },
    approve: {},
    reopen: { note: 'probe' },
    reassign: { assignee: null },
  };
  for (const action of REVIEW_ACTIONS) {
    try {
      decideReview(state, { action, actor, now: '', ...probe[action] }, policy);
      allowed.push(action);
    } catch (error) {
      if (!(error instanceof WorkflowViolation)) throw error;
    }
  }
  if (hasRole(actor.role, 'checker') && !isVerdictStatus(state.status) && !state.withdrawn) allowed.push('add-evidence', 'attribute');
  allowed.push(...allowedEditActions({ id: 0, status: state.status, withdrawn: state.withdrawn ?? false }, actor.role));
  return allowed;
}

/** Decides what a review action does to a claim, or says which rule forbids it. */
export function decideReview(state: ClaimReviewState, request: ReviewRequest, policy: ReviewPolicy = { fourEyes: true }): ReviewOutcome {
  const { actor } = request;
  const note = request.note?.trim() || null;
  if (state.withdrawn) throw new WorkflowViolation('withdrawn-claim-is-off-the-desk', 'This claim is withdrawn: an editor restores it before it can be reviewed.', 'conflict');
  switch (request.action) {
    case 'take':
      requireRole(actor, 'checker', 'take a claim');
      requireStatus(state, ['unverified'], 'take');
      // An editor handed it to someone: a colleague does not take it over silently, an editor may.
      if (state.assigneeId !== null && state.assigneeId !== actor.id && !hasRole(actor.role, 'editor')) {
        throw new WorkflowViolation('take-assigned-to-other', 'This claim is assigned to someone else: ask an editor to reassign it.', 'conflict');
      }
      return { status: 'in_review', assigneeId: actor.id, verdict: {}, note, evidenceIds: [] };
    case 'verdict':
      return decideVerdict(state, request);
    case 'approve':
      return decideApproval(state, request, policy);
    case 'reopen':
      requireRole(actor, 'editor', 'reopen a claim');
      if (!isVerdictStatus(state.status)) {
        throw new WorkflowViolation('reopen-needs-verdict', `Cannot reopen a claim that is ${state.status}: only a claim with a verdict can be reopened.`, 'conflict');
      }
      if (!note) throw new WorkflowViolation('reopen-needs-reason', 'Reopening a claim needs a reason in note.', 'rule');
      // Back to the checker who gave the verdict, so the new facts reach the person who knows the case; the history keeps the withdrawn verdict.
      return { status: 'in_review', assigneeId: state.assigneeId, verdict: NO_VERDICT, note, evidenceIds: [] };
    case 'reassign': {
      requireStatus(state, ['unverified', 'in_review'], 'reassign');
      const ownClaim = state.assigneeId === actor.id;
      if (!ownClaim) requireRole(actor, 'editor', 'reassign a claim assigned to someone else');
      else requireRole(actor, 'checker', 'reassign a claim');
      const assignee = request.assignee;
      if (assignee && !hasRole(assignee.role, 'checker')) {
        throw new WorkflowViolation('assignee-must-be-checker', `A claim can only be assigned to a checker or higher; that user is ${assignee.role}.`, 'rule');
      }
      if (assignee === undefined) throw new WorkflowViolation('reassign-needs-assignee', 'A reassign action needs assigneeId (a user id, or null to unassign).', 'rule');
      const assigneeId = assignee?.id ?? null;
      // An in-review claim nobody holds goes back to the queue.
      const status: ClaimStatus = state.status === 'in_review' && assigneeId === null ? 'unverified' : state.status;
      return { status, assigneeId, verdict: {}, note, evidenceIds: [] };
    }
  }
}
