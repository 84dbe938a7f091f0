import { randomBytes } from 'node:crypto';
import { claimSeal, ClaimSealContent, EventContent, eventHash, verifyClaimChain } from '../../../src/history/history-chain';

const key = randomBytes(32);

function chain(count: number, withKey = key): (EventContent & { hash: string })[] {
  const events: (EventContent & { hash: string })[] = [];
  for (let sequence = 1; sequence <= count; sequence++) {
    const content: EventContent = {
      claimId: 7, sequence, action: sequence === 1 ? 'created' : 'take', actorId: 1, fromStatus: null, toStatus: 'in_review',
      fromAssigneeId: null, toAssigneeId: 1, note: `event ${sequence}`, details: '{}', createdAt: `2024-10-24T12:00:0${sequence}.000Z`,
      prevHash: events.at(-1)?.hash ?? null, ledgerSeq: 40 + sequence * 3, ledgerPrev: sequence === 1 ? null : `${sequence}`.repeat(64).slice(0, 64),
    };
    events.push({ ...content, hash: eventHash(withKey, content) });
  }
  return events;
}

describe('the history ledger', () => {
  it('verifies an untouched chain', () => {
    expect(verifyClaimChain(key, chain(4))).toEqual([true, true, true, true]);
  });

  it('detects an edited note from that event on', () => {
    const events = chain(4);
    events[1].note = 'rewritten afterwards';
    expect(verifyClaimChain(key, events)).toEqual([true, false, false, false]);
  });

  it('detects a deleted event', () => {
    const events = chain(4);
    events.splice(2, 1);
    expect(verifyClaimChain(key, events)).toEqual([true, true, false]);
  });

  it('detects an event moved to another place in the desk\'s sequence', () => {
    const events = chain(3);
    events[2].ledgerSeq += 1;
    expect(verifyClaimChain(key, events)).toEqual([true, true, false]);
  });

  it('refuses a chain recomputed without the server\'s key', () => {
    expect(verifyClaimChain(key, chain(3, randomBytes(32)))).toEqual([false, false, false]);
  });

  it('seals a claim row: any change to its state or its chain\'s head changes the seal', () => {
    const claim: ClaimSealContent = {
      claimId: 7, articleId: 1, text: 'x', kind: 'statement', status: 'in_review', origin: 'manual', version: 2, assigneeId: 1, quoteExact: 'x', quoteStart: 0, quoteEnd: 1,
      orphaned: false, verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null, historyCount: 2, historyHead: 'a'.repeat(64),
    };
    const seal = claimSeal(key, claim);
    expect(claimSeal(key, { ...claim })).toBe(seal);
    expect(claimSeal(key, { ...claim, status: 'corroborated' })).not.toBe(seal);
    expect(claimSeal(key, { ...claim, historyCount: 1 })).not.toBe(seal);
    expect(claimSeal(randomBytes(32), claim)).not.toBe(seal);
  });

  it('seals a withdrawal while the claim is withdrawn, and leaves the seals of claims never withdrawn as an earlier release made them', () => {
    const claim: ClaimSealContent = {
      claimId: 7, articleId: 1, text: 'x', kind: 'statement', status: 'unverified', origin: 'manual', version: 2, assigneeId: null, quoteExact: 'x', quoteStart: 0, quoteEnd: 1,
      orphaned: false, verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null, historyCount: 2, historyHead: 'a'.repeat(64),
    };
    const before = claimSeal(key, claim);
    expect(claimSeal(key, { ...claim, withdrawnAt: null, withdrawalReason: null })).toBe(before);
    const withdrawn = claimSeal(key, { ...claim, withdrawnAt: '2024-10-24T10:00:00.000Z', withdrawalReason: 'duplicate' });
    expect(withdrawn).not.toBe(before);
    expect(claimSeal(key, { ...claim, withdrawnAt: '2024-10-24T10:00:00.000Z', withdrawalReason: 'another reason' })).not.toBe(withdrawn);
  });
});
