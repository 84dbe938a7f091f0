import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../auth/auth.service';
import type { Actor } from '../common/vocabulary';
import { readSessionCookie } from '../auth/session-cookie';
import { Html } from './html';

/** Only same-site paths are followed after sign-in: `next` must not send the reader to another site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Browsers get pages, not problem+json: a page without a valid session sends the reader to sign in. */
@Injectable()
export class PageSession {
  constructor(private readonly auth: AuthService) {}

  async actorOf(request: FastifyRequest): Promise<Actor | null> {
    const token = readSessionCookie(request.headers.cookie);
    return token ? this.auth.authenticate(token) : null;
  }

  /** The signed-in reader, or null after answering with a redirect to /login?next=<this page>. */
  async require(request: FastifyRequest, reply: FastifyReply): Promise<Actor | null> {
    const actor = await this.actorOf(request);
    if (!actor) {
      void reply.code(303).header('location', `/login?next=${encodeURIComponent(safeNext(request.url))}`).header('cache-control', 'no-store').send();
    }
    return actor;
  }
}

/**
 * Pages are rendered per reader and role: never cached. Scripts and styles come only from this origin,
 * so even a value that escaped escaping could not run (defence in depth).
 */
export function sendPage(reply: FastifyReply, page: Html, status = 200): void {
  void reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .send(page.value);
}
