import type { ClaimEntity } from '../../../src/claims/claim.entity';
import { articleFromText, parseArticleLine, splitJsonLines } from '../../../src/imports/import-input';
import { notificationsOfReview } from '../../../src/notifications/notification-rules';

describe('JSON Lines and text files as articles', () => {
  it('keeps the line numbers of non-blank lines, tolerating a BOM and CRLF', () => {
    expect(splitJsonLines('\uFEFF{"a":1}\r\n\r\n  \n{"b":2}')).toEqual([{ position: 1, text: '{"a":1}' }, { position: 4, text: '{"b":2}' }]);
    expect(splitJsonLines('')).toEqual([]);
  });

  it('reads a line as the API reads an article, and says why a line is not one', async () => {
    const ok = await parseArticleLine(JSON.stringify({ title: 'T', body: 'B', language: 'de', wireAgencies: ['dpa'] }));
    expect('article' in ok && ok.article).toMatchObject({ title: 'T', body: 'B', wireAgencies: ['dpa'] });
    expect(await parseArticleLine('{"title": "T", "body": ')).toEqual({ reason: expect.stringMatching(/^not valid JSON/) });
    expect(await parseArticleLine('[1, 2]')).toEqual({ reason: expect.stringMatching(/not a JSON object/) });
    expect(await parseArticleLine(JSON.stringify({ title: 'T' }))).toEqual({ reason: expect.stringMatching(/^body: /) });
    expect(await parseArticleLine(JSON.stringify({ title: 'T', body: 'B', extra: 1 }))).toEqual({ reason: expect.stringMatching(/extra/) });
    expect(await parseArticleLine(JSON.stringify({ title: 'T', body: 'B\u0000' }))).toEqual({ reason: 'body: holds a NUL character' });
  });

  it('takes the first line of a text file as the title', () => {
    expect(articleFromText('Titel\r\n\r\nDer Text.\n')).toEqual({ title: 'Titel', body: 'Der Text.' });
    expect(articleFromText('Nur ein Titel')).toEqual({ reason: 'there is no body after the title line' });
    expect(articleFromText('\n\nText')).toEqual({ reason: 'the first line (the title) is empty' });
  });
});

describe('who a review step notifies', () => {
  const claim = (changes: Partial<ClaimEntity>) => ({ id: 1, verdictById: null, assigneeId: null, verdictRationale: null, ...changes }) as ClaimEntity;

  it('tells the new assignee, unless they took it themselves', () => {
    expect(notificationsOfReview({ action: 'reassign', before: claim({}), after: claim({ assigneeId: 5 }), actorId: 2, note: null }, [])).toEqual([{ userId: 5, kind: 'claim_assigned', note: null }]);
    expect(notificationsOfReview({ action: 'take', before: claim({}), after: claim({ assigneeId: 5 }), actorId: 5, note: null }, [])).toEqual([]);
  });

  it('tells the editors but the author of a verdict, and the author of an approval or a reopen', () => {
    expect(notificationsOfReview({ action: 'verdict', before: claim({}), after: claim({ verdictById: 5, verdictRationale: 'why' }), actorId: 5, note: null }, [5, 8, 9]).map((d) => d.userId)).toEqual([8, 9]);
    expect(notificationsOfReview({ action: 'approve', before: claim({ verdictById: 5 }), after: claim({ verdictById: 5 }), actorId: 8, note: null }, [])).toEqual([{ userId: 5, kind: 'verdict_approved', note: null }]);
    expect(notificationsOfReview({ action: 'reopen', before: claim({ verdictById: 5 }), after: claim({}), actorId: 8, note: 'new facts' }, [])).toEqual([{ userId: 5, kind: 'claim_reopened', note: 'new facts' }]);
  });
});
