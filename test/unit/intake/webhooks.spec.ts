import { createHmac } from 'node:crypto';
import type { ClaimEntity } from '../../../src/claims/claim.entity';
import { retryDelayMs, retrySchedule } from '../../../src/webhooks/retry-schedule';
import { generateSecret, isValidSecret, signature, verifySignature } from '../../../src/webhooks/signing';
import { isSpecialAddress, refuseTarget } from '../../../src/webhooks/target-address';
import { eventsOfReview } from '../../../src/webhooks/webhook-events';

describe('Standard Webhooks signatures', () => {
  // The example of the Standard Webhooks specification's reference libraries (their test vector).
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs id.timestamp.body with HMAC-SHA256 under the base64-decoded key, as v1,<base64>', () => {
    expect(signature(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const key = Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64');
    expect(signature(secret, id, timestamp, body)).toBe(`v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`);
  });

  it('verifies any of several signatures and refuses a changed body, id or timestamp', () => {
    const header = `v1,bm9wZQ== ${signature(secret, id, timestamp, body)}`;
    expect(verifySignature(secret, id, timestamp, body, header)).toBe(true);
    expect(verifySignature(secret, id, timestamp, `${body} `, header)).toBe(false);
    expect(verifySignature(secret, 'msg_other', timestamp, body, header)).toBe(false);
    expect(verifySignature(secret, id, timestamp + 1, body, header)).toBe(false);
  });

  it('generates whsec_ secrets of 24 random bytes and checks given ones', () => {
    const generated = generateSecret();
    expect(generated).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(generated).not.toBe(generateSecret());
    expect(isValidSecret(generated)).toBe(true);
    expect(isValidSecret(secret)).toBe(true);
    expect(isValidSecret('whsec_c2hvcnQ=')).toBe(false);
    expect(isValidSecret('whsec_not base64!')).toBe(false);
  });
});

describe('the retry schedule', () => {
  it('doubles from the base and never waits longer than the cap', () => {
    expect(retrySchedule(10, 30_000, 6 * 3_600_000)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_840_000, 7_680_000]);
    expect(retryDelayMs(20, 30_000, 6 * 3_600_000)).toBe(6 * 3_600_000);
    expect(retryDelayMs(0, 30_000, 1000)).toBe(0);
  });
});

describe('webhook targets (SSRF)', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['10.0.0.1', true], ['172.16.0.1', true], ['172.31.255.255', true], ['192.168.1.1', true], ['169.254.169.254', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['::1', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['::ffff:10.0.0.1', true],
    ['93.184.216.34', false], ['172.32.0.1', false], ['2606:4700::1111', false], ['::ffff:93.184.216.34', false],
  ])('%s is special: %s', (address, special) => {
    expect(isSpecialAddress(address)).toBe(special);
  });

  it('allows https to public hosts, and http or private addresses only for listed hosts', () => {
    expect(refuseTarget('https://hooks.example.org/x', [])).toBeNull();
    expect(refuseTarget('http://hooks.example.org/x', [])).toMatch(/plain http/);
    expect(refuseTarget('http://127.0.0.1:9000/x', ['127.0.0.1'])).toBeNull();
    expect(refuseTarget('https://127.0.0.1/x', [])).toMatch(/private, loopback/);
    expect(refuseTarget('https://[::1]/x', [])).toMatch(/private, loopback/);
    expect(refuseTarget('https://localhost/x', [])).toMatch(/localhost/);
    expect(refuseTarget('https://user:pw@example.org/x', [])).toMatch(/credentials/);
    expect(refuseTarget('file:///etc/passwd', [])).not.toBeNull();
    expect(refuseTarget('not a url', [])).toBe('not a URL');
  });
});

describe('events of a review step', () => {
  const claim = (changes: Partial<ClaimEntity>): ClaimEntity => ({ id: 1, articleId: 2, text: 't', kind: 'statement', status: 'unverified', origin: 'extracted', version: 1, assigneeId: null, quoteExact: 'q', quotePrefix: '', quoteSuffix: '', quoteStart: 0, quoteEnd: 1, orphaned: false, confidence: null, hedged: false, verdictRationale: null, verdictById: null, verdictAt: null, approvedById: null, approvedAt: null, articleDeleted: false, withdrawnAt: null, withdrawnById: null, withdrawalReason: null, historyCount: 1, historyHead: null, historySeal: null, createdById: 1, createdAt: '', updatedAt: '', ...changes });

  it('a take changes the status and assigns; a verdict only changes the status', () => {
    expect(eventsOfReview({ action: 'take', before: claim({}), after: claim({ status: 'in_review', assigneeId: 7 }), actorId: 7, note: null }).map((e) => e.type)).toEqual(['claim.status_changed', 'claim.assigned']);
    expect(eventsOfReview({ action: 'verdict', before: claim({ status: 'in_review', assigneeId: 7 }), after: claim({ status: 'disputed', assigneeId: 7 }), actorId: 7, note: 'x' }).map((e) => e.type)).toEqual(['claim.status_changed']);
  });

  it('an approval keeps the status; a reopen carries its reason; an unassign assigns nobody', () => {
    expect(eventsOfReview({ action: 'approve', before: claim({ status: 'disputed' }), after: claim({ status: 'disputed', approvedById: 3 }), actorId: 3, note: null }).map((e) => e.type)).toEqual(['claim.approved']);
    const reopen = eventsOfReview({ action: 'reopen', before: claim({ status: 'disputed' }), after: claim({ status: 'in_review' }), actorId: 3, note: 'new facts' });
    expect(reopen.map((e) => e.type)).toEqual(['claim.status_changed', 'claim.reopened']);
    expect(reopen[1].data).toMatchObject({ reason: 'new facts', previousStatus: 'disputed' });
    expect(eventsOfReview({ action: 'reassign', before: claim({ assigneeId: 7 }), after: claim({ assigneeId: null }), actorId: 3, note: null })).toEqual([]);
  });
});
