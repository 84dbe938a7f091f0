import { lockedForMinutes, MAX_FAILURES } from '../../../src/auth/login-throttle';

const now = new Date('2024-10-24T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('sign-in throttle', () => {
  it('allows sign-in below the limit', () => {
    expect(lockedForMinutes(Array.from({ length: MAX_FAILURES - 1 }, (_, i) => minutesAgo(i)), now)).toBe(0);
  });

  it('pauses sign-in until the oldest counted failure leaves the window', () => {
    const failures = Array.from({ length: MAX_FAILURES }, (_, i) => minutesAgo(10 - i * 0.5));
    expect(lockedForMinutes(failures, now)).toBe(5);
  });

  it('counts only the most recent failures', () => {
    const failures = [minutesAgo(14.9), ...Array.from({ length: MAX_FAILURES }, () => minutesAgo(1))];
    expect(lockedForMinutes(failures, now)).toBe(14);
  });
});
