import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse } from '@nestjs/swagger';
import type { Actor, Role } from '../vocabulary';

export const REQUIRED_ROLE = 'claimtrack:required-role';
export const PUBLIC_ROUTE = 'claimtrack:public';

/** Who may call a route, declared next to the route. Every /api route without @Public() needs at least a viewer. */
export function Authenticated(role: Role = 'viewer') {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    // Its 401 and 403 are documented as problem+json for every such route by api-docs.ts, which keeps this description.
    ApiBearerAuth('bearer'),
    ApiForbiddenResponse({ description: `Needs the ${role} role or higher` }),
  );
}

export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The authenticated caller, set by the TokenGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});

/** The token the request was authenticated with, bearer or session cookie alike (sign-out revokes it). */
export const CurrentToken = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  return context.switchToHttp().getRequest<{ token: string }>().token;
});

/** The signed-in session: its token and when it expires (a live stream ends with it). */
export interface CurrentSessionInfo {
  token: string;
  expiresAt: string;
}

export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentSessionInfo => {
  const request = context.switchToHttp().getRequest<{ token: string; tokenExpiresAt: string }>();
  return { token: request.token, expiresAt: request.tokenExpiresAt };
});
