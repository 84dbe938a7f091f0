import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginDto } from '../auth/auth.dto';
import { AuthService } from '../auth/auth.service';
import { clientKey } from '../auth/client-address';
import { Public } from '../common/http/authenticated.decorator';
import { clearedSessionCookie, isCsrfSafe, readSessionCookie, sessionCookie, WEB_CLIENT_HEADER } from '../auth/session-cookie';
import { ForbiddenError } from '../common/problem/domain-error';
import { mapUser } from '../users/user.dto';
import { loginPage } from './pages/login.page';
import { anonymousWords, PageSession, safeNext, sendPage } from './page-session';

const isSecure = (request: FastifyRequest) => request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';

function requireWebClient(request: FastifyRequest): void {
  if (!isCsrfSafe(request.method, request.headers)) throw new ForbiddenError(`Send the header ${WEB_CLIENT_HEADER}: web from the desk's own pages.`);
}

/** Signing in and out in the browser: the same tokens as the API, carried in an HttpOnly cookie. */
@ApiExcludeController()
@Controller()
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly session: PageSession,
  ) {}

  @Public()
  @Get('login')
  async loginForm(@Req() request: FastifyRequest<{ Querystring: { next?: string } }>, @Res() reply: FastifyReply): Promise<void> {
    const next = safeNext(request.query.next);
    if (await this.session.actorOf(request)) {
      void reply.code(303).header('location', next).send();
      return;
    }
    sendPage(reply, loginPage(next, anonymousWords(request)));
  }

  @Public()
  @Post('session')
  @HttpCode(200)
  async signIn(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    // A forged cross-site sign-in would put the victim into the attacker's account (login CSRF).
    requireWebClient(request);
    const { token, expiresAt, user } = await this.auth.login(body.email, body.password, clientKey(request.ip));
    void reply.header('set-cookie', sessionCookie(token, expiresAt, isSecure(request))).header('cache-control', 'no-store');
    return { expiresAt, user: mapUser(user) };
  }

  @Public()
  @Post('session/logout')
  @HttpCode(204)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    requireWebClient(request);
    const token = readSessionCookie(request.headers.cookie);
    if (token) await this.auth.logout(token);
    void reply.header('set-cookie', clearedSessionCookie(isSecure(request)));
  }
}
