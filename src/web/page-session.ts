import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../auth/auth.service';
import type { Actor } from '../common/vocabulary';
import { readSessionCookie } from '../auth/session-cookie';
import { Html } from './html';
import { UsersService } from '../users/users.service';
import type { UserLanguage } from '../common/vocabulary';
import { chooseLanguage, Messages, messagesFor } from './i18n';

/** Only same-site paths are followed after sign-in: `next` must not send the reader to another site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Who reads a page, and how the desk speaks to them: their language's words and their time zone (null: the browser's, filled in by desk.js). */
export interface Reader {
  actor: Actor;
  language: UserLanguage;
  m: Messages;
  timeZone: string | null;
}

/** The words for someone not signed in: as their browser asks. */
export function anonymousWords(request: FastifyRequest): { language: UserLanguage; m: Messages } {
  const language = chooseLanguage(null, request.headers['accept-language']);
  return { language, m: messagesFor(language) };
}

/** Browsers get pages, not problem+json: a page without a valid session sends the reader to sign in. */
@Injectable()
export class PageSession {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  async actorOf(request: FastifyRequest): Promise<Actor | null> {
    const token = readSessionCookie(request.headers.cookie);
    return token ? this.auth.authenticate(token) : null;
  }

  /** The reader of a page: their settings, else their browser's language. */
  async readerOf(request: FastifyRequest): Promise<Reader | null> {
    const actor = await this.actorOf(request);
    if (!actor) return null;
    const user = await this.users.get(actor.id);
    const language = chooseLanguage(user.language, request.headers['accept-language']);
    return { actor, language, m: messagesFor(language), timeZone: user.timeZone };
  }

  /** The signed-in reader, or null after answering with a redirect to /login?next=<this page>. */
  async require(request: FastifyRequest, reply: FastifyReply): Promise<Reader | null> {
    const reader = await this.readerOf(request);
    if (!reader) {
      void reply.code(303).header('location', `/login?next=${encodeURIComponent(safeNext(request.url))}`).header('cache-control', 'no-store').send();
    }
    return reader;
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
