import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthorizedError } from '../common/problem/domain-error';
import { AuthService } from './auth.service';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from '../common/http/authenticated.decorator';
import { Actor, hasRole, Role } from '../common/vocabulary';
import { isCsrfSafe, readSessionCookie, WEB_CLIENT_HEADER, WEB_CLIENT_VALUE } from './session-cookie';

/** One guard enforces every route's declared role; services can trust the actor they are given. */
@Injectable()
export class TokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? 'viewer';
    const request = context.switchToHttp().getRequest<{ method: string; headers: Record<string, string | undefined>; actor?: Actor; token?: string; tokenExpiresAt?: string }>();
    const token = this.bearerToken(request) ?? this.cookieToken(request);
    if (!token) throw new UnauthorizedError('Sign in first: send Authorization: Bearer <token> from POST /api/auth/login.');
    const session = await this.auth.authenticate(token);
    if (!session) throw new UnauthorizedError('The token is unknown, expired or revoked: sign in again.');
    const { expiresAt, ...actor } = session;
    if (!hasRole(actor.role, required)) throw new ForbiddenError(`This needs the ${required} role; you are ${actor.role}.`);
    request.actor = actor;
    request.token = token;
    request.tokenExpiresAt = expiresAt;
    return true;
  }

  private bearerToken(request: { headers: Record<string, string | undefined> }): string | null {
    return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? null;
  }

  /**
   * The web desk's session cookie, used only when no Authorization header was sent (the bearer path
   * is unchanged). Unsafe methods need the web client header too: the cookie alone proves nothing
   * about which site sent the request (CSRF).
   */
  private cookieToken(request: { method: string; headers: Record<string, string | undefined> }): string | null {
    if (request.headers.authorization) return null;
    const token = readSessionCookie(request.headers.cookie);
    if (!token) return null;
    if (!isCsrfSafe(request.method, request.headers)) {
      throw new ForbiddenError(`Requests signed in by the session cookie must send the header ${WEB_CLIENT_HEADER}: ${WEB_CLIENT_VALUE}.`);
    }
    return token;
  }
}
