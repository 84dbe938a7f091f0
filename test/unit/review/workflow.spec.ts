import type { Actor } from '../../../src/common/vocabulary';
import { allowedActions, ClaimReviewState, decideReview, EvidenceForVerdict, isIndependentOf, WorkflowViolation } from '../../../src/review/workflow';

const NOW = '2024-10-24T12:00:00.000Z';
const checker: Actor = { id: 1, role: 'checker', displayName: 'Checker' };
const otherChecker: Actor = { id: 2, role: 'checker', displayName: 'Other' };
const editor: Actor = { id: 3, role: 'editor', displayName: 'Editor' };
const viewer: Actor = { id: 4, role: 'viewer', displayName: 'Viewer' };

const unverified: ClaimReviewState = { status: 'unverified', assigneeId: null, verdictById: null, approvedAt: null };
const inReview: ClaimReviewState = { status: 'in_review', assigneeId: checker.id, verdictById: null, approvedAt: null };
const corroborated: ClaimReviewState = { status: 'corroborated', assigneeId: checker.id, verdictById: checker.id, approvedAt: null };

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
    expect(decideReview(unverified, { action: 'take', actor: checker, now: NOW })).toMatchObject({ status: 'in_review', assigneeId: checker.id });
  });

  it('lets only the assignee or an editor take a claim an editor handed to someone', () => {
    const handedToChecker: ClaimReviewState = { status: 'unverified', assigneeId: checker.id, verdictById: null, approvedAt: null };
    expect(decideReview(handedToChecker, { action: 'take', actor: checker, now: NOW })).toMatchObject({ status: 'in_review', assigneeId: checker.id });
    expect(decideReview(handedToChecker, { action: 'take', actor: editor, now: NOW })).toMatchObject({ status: 'in_review', assigneeId: editor.id });
    const error = violation(() => decideReview(handedToChecker, { action: 'take', actor: otherChecker, now: NOW }));
    expect(error.kind).toBe('conflict');
    expect(error.rule).toBe('take-assigned-to-other');
  });

  it('refuses a viewer any review action', () => {
    expect(violation(() => decideReview(unverified, { action: 'take', actor: viewer, now: NOW })).kind).toBe('forbidden');
  });

  it('refuses to take a claim that is already in review, naming the rule', () => {
    const error = violation(() => decideReview(inReview, { action: 'take', actor: otherChecker, now: NOW }));
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/only allowed from unverified/);
  });

  it('corroborates only with supporting evidence from an independent source', () => {
    const outcome = decideReview(inReview, { action: 'verdict', actor: checker, now: NOW, verdict: 'corroborated', rationale: 'NSC confirms', evidence: [kirbySupports], claimCircle: circle });
    expect(outcome).toEqual({
      status: 'corroborated', assigneeId: checker.id, note: 'NSC confirms', evidenceIds: [100],
      verdict: { verdictRationale: 'NSC confirms', verdictById: checker.id, verdictAt: NOW, approvedById: null, approvedAt: null },
    });
  });

  it('does not count a relay of the same speaker as independent corroboration', () => {
    const error = violation(() =>
      decideReview(inReview, { action: 'verdict', actor: checker, now: NOW, verdict: 'corroborated', rationale: 'Yonhap says so', evidence: [yonhapSupports], claimCircle: circle }),
    );
    expect(error.rule).toBe('corroboration-needs-independent-support');
    expect(error.kind).toBe('rule');
  });

  it('does not count evidence whose publisher is unknown as independent', () => {
    expect(isIndependentOf({ id: 1, stance: 'supports', publisherIds: [] }, circle)).toBe(false);
  });

  it('treats evidence as dependent when the publisher speaks for an organisation in the claim\'s circle', () => {
    expect(isIndependentOf({ id: 1, stance: 'supports', publisherIds: [99, NIS] }, circle)).toBe(false);
  });

  it('disputes only with refuting evidence', () => {
    expect(violation(() => decideReview(inReview, { action: 'verdict', actor: checker, now: NOW, verdict: 'disputed', rationale: 'x', evidence: [kirbySupports], claimCircle: circle })).rule).toBe('dispute-needs-refuting-evidence');
    expect(decideReview(inReview, { action: 'verdict', actor: checker, now: NOW, verdict: 'disputed', rationale: 'Russia denies', evidence: [russiaRefutes], claimCircle: circle }).status).toBe('disputed');
  });

  it('requires a rationale for every verdict', () => {
    expect(violation(() => decideReview(inReview, { action: 'verdict', actor: checker, now: NOW, verdict: 'inconclusive', rationale: '  ' })).rule).toBe('verdict-needs-rationale');
  });

  it('lets only the assignee or an editor give the verdict', () => {
    expect(violation(() => decideReview(inReview, { action: 'verdict', actor: otherChecker, now: NOW, verdict: 'inconclusive', rationale: 'x' })).rule).toBe('verdict-by-assignee');
    expect(decideReview(inReview, { action: 'verdict', actor: editor, now: NOW, verdict: 'inconclusive', rationale: 'x' }).status).toBe('inconclusive');
  });

  it('lets only an editor approve, and only a verdict, and only once', () => {
    expect(violation(() => decideReview(corroborated, { action: 'approve', actor: checker, now: NOW })).kind).toBe('forbidden');
    expect(violation(() => decideReview(inReview, { action: 'approve', actor: editor, now: NOW })).rule).toBe('approve-needs-verdict');
    expect(decideReview(corroborated, { action: 'approve', actor: editor, now: NOW }).verdict).toEqual({ approvedById: editor.id, approvedAt: NOW });
    expect(violation(() => decideReview({ ...corroborated, approvedAt: '2024-10-24T12:00:00.000Z' }, { action: 'approve', actor: editor, now: NOW })).rule).toBe('approve-once');
  });

  it('reopens a verdict back into review for its checker, only with a reason', () => {
    expect(violation(() => decideReview(corroborated, { action: 'reopen', actor: editor, now: NOW })).rule).toBe('reopen-needs-reason');
    expect(decideReview(corroborated, { action: 'reopen', actor: editor, now: NOW, note: 'New satellite images' })).toEqual({
      status: 'in_review', assigneeId: checker.id, note: 'New satellite images', evidenceIds: [],
      verdict: { verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null },
    });
    expect(violation(() => decideReview(unverified, { action: 'reopen', actor: editor, now: NOW, note: 'x' })).kind).toBe('conflict');
  });

  it('lets a checker hand over their own claim but only an editor reassign someone else\'s', () => {
    expect(decideReview(inReview, { action: 'reassign', actor: checker, now: NOW, assignee: { id: otherChecker.id, role: 'checker' } }).assigneeId).toBe(otherChecker.id);
    expect(violation(() => decideReview(inReview, { action: 'reassign', actor: otherChecker, now: NOW, assignee: { id: otherChecker.id, role: 'checker' } })).kind).toBe('forbidden');
    expect(violation(() => decideReview(inReview, { action: 'reassign', actor: editor, now: NOW, assignee: { id: viewer.id, role: 'viewer' } })).rule).toBe('assignee-must-be-checker');
  });

  it('puts an in-review claim nobody holds back into the queue', () => {
    expect(decideReview(inReview, { action: 'reassign', actor: editor, now: NOW, assignee: null })).toMatchObject({ status: 'unverified', assigneeId: null });
  });

  it('changes no verdict field when a claim is taken or reassigned', () => {
    expect(decideReview(unverified, { action: 'take', actor: checker, now: NOW })).toEqual({ status: 'in_review', assigneeId: checker.id, verdict: {}, note: null, evidenceIds: [] });
    expect(decideReview(inReview, { action: 'reassign', actor: checker, now: NOW, assignee: null, note: 'off sick' })).toEqual({ status: 'unverified', assigneeId: null, verdict: {}, note: 'off sick', evidenceIds: [] });
  });

  it('refuses the verdict\'s author approving it (four eyes), unless the desk turned the rule off', () => {
    const byEditor: ClaimReviewState = { status: 'disputed', assigneeId: editor.id, verdictById: editor.id, approvedAt: null };
    const error = violation(() => decideReview(byEditor, { action: 'approve', actor: editor, now: NOW }));
    expect(error).toMatchObject({ rule: 'four-eyes', kind: 'conflict' });
    expect(decideReview(byEditor, { action: 'approve', actor: editor, now: NOW }, { fourEyes: false }).verdict).toEqual({ approvedById: editor.id, approvedAt: NOW });
    const otherEditor: Actor = { id: 9, role: 'editor', displayName: 'Second' };
    expect(decideReview(byEditor, { action: 'approve', actor: otherEditor, now: NOW }).verdict).toEqual({ approvedById: otherEditor.id, approvedAt: NOW });
  });

  it('tells each reader what they may do now', () => {
    const own = ['edit', 'withdraw', 'tag', 'note'];
    expect(allowedActions(unverified, viewer)).toEqual([]);
    expect(allowedActions(unverified, checker)).toEqual(['take', 'add-evidence', 'attribute', ...own]);
    expect(allowedActions(inReview, checker)).toEqual(['verdict', 'reassign', 'add-evidence', 'attribute', ...own]);
    expect(allowedActions(inReview, otherChecker)).toEqual(['add-evidence', 'attribute', ...own]);
    // A verdict keeps its basis and its wording: no evidence, attribution or wording changes until it is reopened; an editor alone withdraws it.
    expect(allowedActions(corroborated, checker)).toEqual(['tag', 'note']);
    expect(allowedActions(corroborated, editor)).toEqual(['approve', 'reopen', 'withdraw', 'tag', 'note']);
    const ownVerdict: ClaimReviewState = { ...corroborated, verdictById: editor.id };
    expect(allowedActions(ownVerdict, editor)).toEqual(['reopen', 'withdraw', 'tag', 'note']);
    expect(allowedActions(ownVerdict, editor, { fourEyes: false })).toEqual(['approve', 'reopen', 'withdraw', 'tag', 'note']);
    // A withdrawn claim: nothing but an editor's restoring it (and the desk's talk about it).
    expect(allowedActions({ ...unverified, withdrawn: true }, checker)).toEqual(['note']);
    expect(allowedActions({ ...unverified, withdrawn: true }, editor)).toEqual(['restore', 'note']);
    expect(() => decideReview({ ...unverified, withdrawn: true }, { action: 'take', actor: checker, now: NOW })).toThrow(/withdrawn/);
  });
});
