import { RuleViolationError } from '../common/problem/domain-error';
import { ClaimStatus, isVerdictStatus } from '../common/vocabulary';

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
