import type { Actor } from '../../../src/auth/roles';
import { ClaimReviewState, decideReview, EvidenceForVerdict, isIndependentOf, WorkflowViolation } from '../../../src/review/workflow';

const checker: Actor = { id: 1, role: 'checker', displayName: 'Checker' };
const otherChecker: Actor = { id: 2, role: 'checker', displayName: 'Other' };
const editor: Actor = { id: 3, role: 'editor', displayName: 'Editor' };
const viewer: Actor = { id: 4, role: 'viewer', displayName: 'Viewer' };

const unverified: ClaimReviewState = { status: 'unverified', assigneeId: null, approvedAt: null };
const inReview: ClaimReviewState = { status: 'in_review', assigneeId: checker.id, approvedAt: null };
const corroborated: ClaimReviewState = { status: 'corroborated', assigneeId: checker.id, approvedAt: null };

// The NIS (10) said it; Yonhap (11) relayed it; the NSC (20) and its spokesman Kirby (21) are someone else.
const NIS = 10, YONHAP = 11, NSC = 20, KIRBY = 21;
const circle = new Set([NIS, YONHAP]);
const kirbySupports: EvidenceForVerdict = { id: 100, stance: 'supports', publisherIds: [KIRBY, NSC] };
const yonhapSupports: EvidenceForVerdict = { id: 101, stance: 'supports', publisherIds: [YONHAP] };
const russiaRefutes: EvidenceForVerdict = { id: 102, stance: 'refutes', publisherIds: [30] };

function violation(run: () => unknown): WorkflowViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowViolation) return error;
    throw error;
  }
  throw new Error('expected a workflow violation');
}

describe('review workflow rules', () => {
  it('lets a checker take an unverified claim and assigns it to them', () => {
    expect(decideReview(unverified, { action: 'take', actor: checker })).toMatchObject({ status: 'in_review', assigneeId: checker.id });
  });

  it('lets only the assignee or an editor take a claim an editor handed to someone', () => {
    const handedToChecker: ClaimReviewState = { status: 'unverified', assigneeId: checker.id, approvedAt: null };
    expect(decideReview(handedToChecker, { action: 'take', actor: checker })).toMatchObject({ status: 'in_review', assigneeId: checker.id });
    expect(decideReview(handedToChecker, { action: 'take', actor: editor })).toMatchObject({ status: 'in_review', assigneeId: editor.id });
    const error = violation(() => decideReview(handedToChecker, { action: 'take', actor: otherChecker }));
    expect(error.httpStatus).toBe(409);
    expect(error.rule).toBe('take-assigned-to-other');
  });

  it('refuses a viewer any review action', () => {
    expect(violation(() => decideReview(unverified, { action: 'take', actor: viewer })).httpStatus).toBe(403);
  });

  it('refuses to take a claim that is already in review, naming the rule', () => {
    const error = violation(() => decideReview(inReview, { action: 'take', actor: otherChecker }));
    expect(error.httpStatus).toBe(409);
    expect(error.message).toMatch(/only allowed from unverified/);
  });

  it('corroborates only with supporting evidence from an independent source', () => {
    const outcome = decideReview(inReview, { action: 'verdict', actor: checker, verdict: 'corroborated', rationale: 'NSC confirms', evidence: [kirbySupports], claimCircle: circle });
    expect(outcome).toMatchObject({ status: 'corroborated', approved: false, evidenceIds: [100] });
  });

  it('does not count a relay of the same speaker as independent corroboration', () => {
    const error = violation(() =>
      decideReview(inReview, { action: 'verdict', actor: checker, verdict: 'corroborated', rationale: 'Yonhap says so', evidence: [yonhapSupports], claimCircle: circle }),
    );
    expect(error.rule).toBe('corroboration-needs-independent-support');
    expect(error.httpStatus).toBe(422);
  });

  it('does not count evidence whose publisher is unknown as independent', () => {
    expect(isIndependentOf({ id: 1, stance: 'supports', publisherIds: [] }, circle)).toBe(false);
  });

  it('treats evidence as dependent when the publisher speaks for an organisation in the claim\'s circle', () => {
    expect(isIndependentOf({ id: 1, stance: 'supports', publisherIds: [99, NIS] }, circle)).toBe(false);
  });

  it('disputes only with refuting evidence', () => {
    expect(violation(() => decideReview(inReview, { action: 'verdict', actor: checker, verdict: 'disputed', rationale: 'x', evidence: [kirbySupports], claimCircle: circle })).rule).toBe('dispute-needs-refuting-evidence');
    expect(decideReview(inReview, { action: 'verdict', actor: checker, verdict: 'disputed', rationale: 'Russia denies', evidence: [russiaRefutes], claimCircle: circle }).status).toBe('disputed');
  });

  it('requires a rationale for every verdict', () => {
    expect(violation(() => decideReview(inReview, { action: 'verdict', actor: checker, verdict: 'inconclusive', rationale: '  ' })).rule).toBe('verdict-needs-rationale');
  });

  it('lets only the assignee or an editor give the verdict', () => {
    expect(violation(() => decideReview(inReview, { action: 'verdict', actor: otherChecker, verdict: 'inconclusive', rationale: 'x' })).rule).toBe('verdict-by-assignee');
    expect(decideReview(inReview, { action: 'verdict', actor: editor, verdict: 'inconclusive', rationale: 'x' }).status).toBe('inconclusive');
  });

  it('lets only an editor approve, and only a verdict, and only once', () => {
    expect(violation(() => decideReview(corroborated, { action: 'approve', actor: checker })).httpStatus).toBe(403);
    expect(violation(() => decideReview(inReview, { action: 'approve', actor: editor })).rule).toBe('approve-needs-verdict');
    expect(decideReview(corroborated, { action: 'approve', actor: editor }).approved).toBe(true);
    expect(violation(() => decideReview({ ...corroborated, approvedAt: '2024-10-24T12:00:00.000Z' }, { action: 'approve', actor: editor })).rule).toBe('approve-once');
  });

  it('reopens a verdict back into review for its checker, only with a reason', () => {
    expect(violation(() => decideReview(corroborated, { action: 'reopen', actor: editor })).rule).toBe('reopen-needs-reason');
    expect(decideReview(corroborated, { action: 'reopen', actor: editor, note: 'New satellite images' })).toMatchObject({ status: 'in_review', assigneeId: checker.id, approved: false });
    expect(violation(() => decideReview(unverified, { action: 'reopen', actor: editor, note: 'x' })).httpStatus).toBe(409);
  });

  it('lets a checker hand over their own claim but only an editor reassign someone else\'s', () => {
    expect(decideReview(inReview, { action: 'reassign', actor: checker, assignee: { id: otherChecker.id, role: 'checker' } }).assigneeId).toBe(otherChecker.id);
    expect(violation(() => decideReview(inReview, { action: 'reassign', actor: otherChecker, assignee: { id: otherChecker.id, role: 'checker' } })).httpStatus).toBe(403);
    expect(violation(() => decideReview(inReview, { action: 'reassign', actor: editor, assignee: { id: viewer.id, role: 'viewer' } })).rule).toBe('assignee-must-be-checker');
  });

  it('puts an in-review claim nobody holds back into the queue', () => {
    expect(decideReview(inReview, { action: 'reassign', actor: editor, assignee: null })).toMatchObject({ status: 'unverified', assigneeId: null });
  });
});
