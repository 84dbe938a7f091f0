import { ChainedEventContent, hashEvent, verifyChain } from '../../../src/history/history-chain';

function chain(count: number): (ChainedEventContent & { hash: string })[] {
  const events: (ChainedEventContent & { hash: string })[] = [];
  for (let sequence = 1; sequence <= count; sequence++) {
    const content: ChainedEventContent = {
      claimId: 7, sequence, action: sequence === 1 ? 'created' : 'take', actorId: 1, fromStatus: null, toStatus: 'in_review',
      fromAssigneeId: null, toAssigneeId: 1, note: `event ${sequence}`, details: '{}', createdAt: `2024-10-24T12:00:0${sequence}.000Z`,
      prevHash: events.at(-1)?.hash ?? null,
    };
    events.push({ ...content, hash: hashEvent(content) });
  }
  return events;
}

describe('review history hash chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(chain(4))).toEqual([true, true, true, true]);
  });

  it('detects an edited note from that event on', () => {
    const events = chain(4);
    events[1].note = 'rewritten afterwards';
    expect(verifyChain(events)).toEqual([true, false, false, false]);
  });

  it('detects a deleted event', () => {
    const events = chain(4);
    events.splice(2, 1);
    expect(verifyChain(events)).toEqual([true, true, false]);
  });
});
