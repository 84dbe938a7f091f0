import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ForbiddenError } from '../common/problem/domain-error';
import { AuthService } from './auth.service';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './authenticated.decorator';
import { Actor, hasRole, Role } from './roles';

export class UnauthorizedError extends DomainError {
  constructor(message: string) {
    super(401, 'Unauthorized', message);
  }
}

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
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedError('Sign in first: send Authorization: Bearer <token> from POST /api/auth/login.');
    const actor = await this.auth.authenticate(match[1]);
    if (!actor) throw new UnauthorizedError('The token is unknown, expired or revoked: sign in again.');
    if (!hasRole(actor.role, required)) throw new ForbiddenError(`This needs the ${required} role; you are ${actor.role}.`);
    request.actor = actor;
    return true;
  }
}
