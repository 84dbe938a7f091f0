/**
 * The browser's session: the same opaque token POST /api/auth/login hands out, kept in an HttpOnly,
 * SameSite=Strict cookie so page scripts never see it. Cookies are sent by the browser on its own,
 * so a request that changes state and is authenticated only by the cookie must also carry
 * WEB_CLIENT_HEADER: a cross-site form cannot set custom headers, and a cross-site script would need
 * a CORS preflight this service never grants.
 */
export const SESSION_COOKIE = 'claimtrack_session';
export const WEB_CLIENT_HEADER = 'x-claimtrack-client';
export const WEB_CLIENT_VALUE = 'web';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE) {
      const value = part.slice(separator + 1).trim();
      return /^[\w-]{16,256}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** A state-changing request riding on the cookie alone must prove it comes from our own pages. */
export function isCsrfSafe(method: string, headers: Record<string, string | string[] | undefined>): boolean {
  return SAFE_METHODS.has(method.toUpperCase()) || headers[WEB_CLIENT_HEADER] === WEB_CLIENT_VALUE;
}

export function sessionCookie(token: string, expiresAt: string, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
