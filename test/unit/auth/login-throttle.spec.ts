import { ACCOUNT_FREE, CLIENT_FREE, PAIR_FREE, secondsToWait, SignInAttempt, WINDOW_MINUTES } from '../../../src/auth/login-throttle';

const now = new Date('2024-10-24T12:00:00.000Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000).toISOString();
const failures = (n: number, email: string, client: string, atSecondsAgo = 1): SignInAttempt[] =>
  Array.from({ length: n }, () => ({ email, client, succeeded: false, pending: false, at: secondsAgo(atSecondsAgo) }));

describe('sign-in throttle', () => {
  it('lets a few wrong passwords through, then makes the same address wait, doubling with each failure', () => {
    const record = (n: number) => ({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent: failures(n, 'owner@desk', '10.0.0.1', 0) });
    expect(secondsToWait(record(PAIR_FREE - 1), now)).toBe(0);
    expect(secondsToWait(record(PAIR_FREE), now)).toBe(2);
    expect(secondsToWait(record(PAIR_FREE + 1), now)).toBe(4);
    expect(secondsToWait(record(PAIR_FREE + 3), now)).toBe(16);
  });

  it('counts the wait from the last failure, and forgets failures older than the window', () => {
    const recent = failures(PAIR_FREE, 'owner@desk', '10.0.0.1', 1);
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent }, now)).toBe(1);
    const old = failures(PAIR_FREE + 5, 'owner@desk', '10.0.0.1', WINDOW_MINUTES * 60 + 1);
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent: old }, now)).toBe(0);
  });

  it('lets a success clear the account\'s streak', () => {
    const recent = [...failures(PAIR_FREE + 2, 'owner@desk', '10.0.0.1', 30), { email: 'owner@desk', client: '10.0.0.1', succeeded: true, pending: false, at: secondsAgo(20) }];
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent }, now)).toBe(0);
  });

  it('does not hold up the owner\'s known address when others guess at the account from many addresses', () => {
    const guesses = Array.from({ length: 30 }, (_, i) => failures(1, 'owner@desk', `203.0.113.${i}`, 0)).flat();
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent: guesses }, now)).toBe(0);
    // A new address on that account waits: the account is under attack.
    expect(secondsToWait({ email: 'owner@desk', client: '198.51.100.7', knownClient: false, recent: guesses }, now)).toBeGreaterThan(0);
    expect(30).toBeGreaterThanOrEqual(ACCOUNT_FREE);
  });

  it('slows down one address spraying many accounts with one password each', () => {
    const spray = Array.from({ length: CLIENT_FREE }, (_, i) => failures(1, `user${i}@desk`, '203.0.113.9', 0)).flat();
    expect(secondsToWait({ email: 'next@desk', client: '203.0.113.9', knownClient: false, recent: spray }, now)).toBe(2);
    expect(secondsToWait({ email: 'next@desk', client: '10.0.0.1', knownClient: false, recent: spray.map((a) => ({ ...a, email: 'other' })) }, now)).toBe(0);
  });

  it('counts attempts still being checked against the account, but not against a shared address', () => {
    const inFlight = Array.from({ length: PAIR_FREE }, () => ({ email: 'owner@desk', client: '10.0.0.1', succeeded: false, pending: true, at: secondsAgo(0) }));
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent: inFlight }, now)).toBeGreaterThan(0);
    const office = Array.from({ length: CLIENT_FREE + 5 }, (_, i) => ({ email: `colleague${i}@desk`, client: '10.0.0.1', succeeded: false, pending: true, at: secondsAgo(0) }));
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent: office }, now)).toBe(0);
    // Unchecked for minutes: the process died while checking it, and it counts as the failure it most likely was.
    const stale = office.map((a) => ({ ...a, at: secondsAgo(61) }));
    expect(secondsToWait({ email: 'owner@desk', client: '10.0.0.1', knownClient: true, recent: stale }, now)).toBeGreaterThan(0);
  });
});
