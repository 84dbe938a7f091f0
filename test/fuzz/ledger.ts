import { hashToken } from '../../src/auth/auth.service';
import { readSessionCookie } from '../../src/auth/session-cookie';
import type { ClaimStatus, Role } from '../../src/common/vocabulary';
import type { FuzzRequest } from './generator';
import type { RawAnswer } from './http-client';
import type { ClaimInfo, Session, World } from './world';

/** Row counts the run predicts from the answers alone, and the SQL that counts them in the database. */
export const COUNTED = {
  users: 'SELECT COUNT(*) AS n FROM users',
  articles: 'SELECT COUNT(*) AS n FROM articles',
  articlesDeleted: 'SELECT COUNT(*) AS n FROM articles WHERE deleted_at IS NOT NULL',
  articleRevisions: 'SELECT COUNT(*) AS n FROM article_revisions',
  claims: 'SELECT COUNT(*) AS n FROM claims',
  attributions: 'SELECT COUNT(*) AS n FROM attributions',
  evidence: 'SELECT COUNT(*) AS n FROM evidence',
  sources: 'SELECT COUNT(*) AS n FROM sources',
  sourcesMerged: 'SELECT COUNT(*) AS n FROM sources WHERE merged_into_id IS NOT NULL',
  sourceMerges: 'SELECT COUNT(*) AS n FROM source_merges',
  reviewEvents: 'SELECT COUNT(*) AS n FROM review_events',
  authTokens: 'SELECT COUNT(*) AS n FROM auth_tokens',
  loginAttempts: 'SELECT COUNT(*) AS n FROM login_attempts',
} as const;
export type CountKey = keyof typeof COUNTED;

/** A read the run makes right after an exclusive write, to learn what it made (claims, their attributions, new sources). */
export type Reader = (path: string) => Promise<RawAnswer>;

/**
 * Turns every answer into what it says was written: the expected row counts move only on 2xx
 * answers (and on the sign-in attempts a 401 records), by exactly what the answer acknowledges.
 */
export class Ledger {
  readonly expected: Record<CountKey, number>;
  /** Tokens signed out (204). */
  readonly signedOut = new Set<string>();
  /** The batches in which a user's access changed (role, password, disabled), by user. */
  readonly accessChanged = new Map<number, Set<number>>();
  /** Every token handed out (200 sign-ins), to check that the others still work. */
  readonly issued: Session[] = [];
  /** Answers that contradict what the run learnt (e.g. an import acknowledging 3 claims while the list shows 2). */
  readonly inconsistencies: string[] = [];

  constructor(
    initial: Record<CountKey, number>,
    private readonly world: World,
    private readonly read: Reader,
  ) {
    this.expected = { ...initial };
  }

  /** Applies one answer (the answers of a batch in the order the requests were made). */
  async apply(request: FuzzRequest, answer: RawAnswer): Promise<void> {
    const { status } = answer;
    const body = answer.json as Record<string, any> | undefined;
    const w = this.world;
    const e = this.expected;
    switch (request.route) {
      case 'POST /api/auth/login':
      case 'POST /session': {
        if (status === 200 || status === 401) e.loginAttempts++;
        if (status !== 200) return;
        e.authTokens++;
        const token = request.route === 'POST /session' ? readSessionCookie(String(answer.headers['set-cookie'] ?? '').split(';')[0]) : (body?.token as string);
        if (!token || !body?.user) {
          this.inconsistencies.push(`#${request.index} ${request.route} 200 without a token`);
          return;
        }
        const user = w.users.get(Number(body.user.id));
        const session: Session = { token, role: body.user.role as Role, userId: Number(body.user.id), email: String(body.user.email), own: false, batch: request.batch };
        this.issued.push(session);
        if (user && !user.disabled) w.throwaway.push(session);
        return;
      }
      case 'POST /api/auth/logout':
        if (status === 204 && request.session) this.revoke(request.session);
        return;
      case 'POST /session/logout': {
        const cookieSession = request.ctx.cookieSession as Session | null;
        if (status === 204 && cookieSession) this.revoke(cookieSession);
        return;
      }
      case 'POST /api/users': {
        if (status !== 201 || !body) return;
        e.users++;
        const sent = request.sent ?? {};
        w.users.set(Number(body.id), { id: Number(body.id), email: String(body.email), password: String(sent.password ?? ''), role: body.role, disabled: Boolean(body.disabled), own: false });
        return;
      }
      case 'PATCH /api/users/:id': {
        if (status !== 200 || !body) return;
        const user = w.users.get(Number(body.id));
        if (!user) return;
        const sent = request.sent ?? {};
        const accessChanged = (body.disabled === true && !user.disabled) || typeof sent.password === 'string' || body.role !== user.role;
        if (user.own && accessChanged) this.inconsistencies.push(`#${request.index} changed the access of the run's own account ${user.email}`);
        user.role = body.role;
        user.disabled = Boolean(body.disabled);
        if (typeof sent.password === 'string') user.password = sent.password;
        if (accessChanged) {
          const batches = this.accessChanged.get(user.id) ?? new Set<number>();
          batches.add(request.batch);
          this.accessChanged.set(user.id, batches);
          for (let i = w.throwaway.length - 1; i >= 0; i--) if (w.throwaway[i].userId === user.id) w.throwaway.splice(i, 1);
        }
        return;
      }
      case 'POST /api/articles': {
        if (status !== 201 || !body) return;
        e.articles++;
        e.articleRevisions++;
        const id = Number(body.id);
        w.articles.set(id, { id, title: body.title, body: body.body, language: body.language, deleted: false });
        w.bodies.push(body.body);
        await this.learnExtraction(request, id, Number(body.extractedClaims));
        return;
      }
      case 'POST /api/articles/:id/extract':
        if (status !== 200 || !body) return;
        await this.learnExtraction(request, Number(body.articleId), Number(body.created));
        return;
      case 'PATCH /api/articles/:id': {
        if (status !== 200 || !body) return;
        const id = Number(body.id);
        const article = w.articles.get(id);
        if (article) Object.assign(article, { title: body.title, body: body.body, language: body.language });
        if (body.reanchoring) {
          e.articleRevisions++;
          const orphaned = new Set<number>((body.reanchoring.orphanedClaimIds as number[]).map(Number));
          let newlyOrphaned = 0;
          for (const claim of w.claims.values()) {
            if (claim.articleId !== id) continue;
            if (orphaned.has(claim.id) && !claim.orphaned) newlyOrphaned++;
            claim.orphaned = orphaned.has(claim.id);
          }
          // Each claim moved and each claim newly orphaned gets one history event.
          e.reviewEvents += Number(body.reanchoring.moved) + newlyOrphaned;
        }
        return;
      }
      case 'DELETE /api/articles/:id': {
        if (status !== 204) return;
        e.articlesDeleted++;
        const article = w.articles.get(request.ids.id!);
        if (article?.deleted) this.inconsistencies.push(`#${request.index} deleted article ${article.id} (204), which an earlier answer had already deleted`);
        if (article) article.deleted = true;
        return;
      }
      case 'POST /api/articles/:id/restore': {
        if (status !== 200) return;
        e.articlesDeleted--;
        const article = w.articles.get(request.ids.id!);
        if (article && !article.deleted) this.inconsistencies.push(`#${request.index} restored article ${article.id} (200), which was not deleted`);
        if (article) article.deleted = false;
        return;
      }
      case 'POST /api/claims': {
        if (status !== 201 || !body) return;
        e.claims++;
        e.reviewEvents++;
        this.learnClaim(body);
        return;
      }
      case 'POST /api/claims/:id/attributions': {
        if (status !== 201 || !body) return;
        e.attributions++;
        e.reviewEvents++;
        const claim = w.claims.get(Number(body.id));
        if (claim) claim.attributions = new Map((body.attributions as any[]).map((a) => [Number(a.id), { sourceId: Number(a.source.id), role: String(a.role) }]));
        return;
      }
      case 'DELETE /api/claims/:id/attributions/:attributionId': {
        if (status !== 200 || !body) return;
        e.attributions--;
        e.reviewEvents++;
        const claim = w.claims.get(Number(body.id));
        if (claim) claim.attributions = new Map((body.attributions as any[]).map((a) => [Number(a.id), { sourceId: Number(a.source.id), role: String(a.role) }]));
        return;
      }
      case 'POST /api/claims/:id/evidence': {
        if (status !== 201 || !body) return;
        e.evidence++;
        e.reviewEvents++;
        w.claims.get(Number(body.claimId))?.evidence.add(Number(body.id));
        return;
      }
      case 'DELETE /api/claims/:id/evidence/:evidenceId': {
        if (status !== 204) return;
        e.evidence--;
        e.reviewEvents++;
        const claim = w.claims.get(request.ids.id!);
        if (claim && !claim.evidence.delete(request.ids.evidenceId!)) this.inconsistencies.push(`#${request.index} removed evidence ${request.ids.evidenceId} the run never saw on claim ${claim.id}`);
        return;
      }
      case 'POST /api/claims/:id/review': {
        if (status !== 200 || !body) return;
        e.reviewEvents++;
        const claim = w.claims.get(Number(body.id));
        if (!claim) return;
        claim.reviewed++;
        if (!claim.lastReview || Number(body.version) > claim.lastReview.version) claim.lastReview = { version: Number(body.version), status: body.status as ClaimStatus };
        if (Number(body.version) >= claim.version) this.syncClaim(claim, body);
        return;
      }
      case 'POST /api/sources': {
        if (status !== 201 || !body) return;
        e.sources++;
        w.sources.set(Number(body.id), { id: Number(body.id), name: String(body.name), mergedInto: null });
        return;
      }
      case 'PATCH /api/sources/:id': {
        if (status !== 200 || !body) return;
        const source = w.sources.get(Number(body.id));
        if (source) source.name = String(body.name);
        return;
      }
      case 'POST /api/sources/:id/merge': {
        if (status !== 200 || !body) return;
        e.sourceMerges++;
        e.sourcesMerged++;
        // One history event per claim whose attributions moved; repeats in the same role folded away.
        e.reviewEvents += Number(body.movedAttributions);
        e.attributions -= Number(body.foldedAttributions);
        w.followMerge(request.ids.id!, Number(body.source.id));
        return;
      }
    }
  }

  private revoke(session: Session): void {
    this.signedOut.add(session.token);
    const at = this.world.throwaway.indexOf(session);
    if (at >= 0) this.world.throwaway.splice(at, 1);
  }

  /**
   * What must have become of a token: revoked when signed out or when its user's access changed in a
   * later batch; live when neither; either when its user's access changed in the batch it was issued in.
   */
  fateOf(session: Session): 'revoked' | 'live' | 'either' {
    if (this.signedOut.has(session.token)) return 'revoked';
    const changes = [...(this.accessChanged.get(session.userId) ?? [])];
    if (changes.some((batch) => batch > session.batch)) return 'revoked';
    if (changes.includes(session.batch)) return 'either';
    return 'live';
  }

  private learnClaim(body: Record<string, any>): ClaimInfo {
    const claim: ClaimInfo = {
      id: Number(body.id), articleId: Number(body.articleId), version: Number(body.version), status: body.status, assigneeId: body.assigneeId ?? null,
      verdictById: body.verdict?.givenById ?? null, approved: Boolean(body.verdict?.approvedAt), orphaned: Boolean(body.orphaned),
      attributions: new Map((body.attributions as any[]).map((a) => [Number(a.id), { sourceId: Number(a.source.id), role: String(a.role) }])),
      evidence: new Set(), initialVersion: Number(body.version), initialStatus: body.status, reviewed: 0, lastReview: null,
    };
    this.world.claims.set(claim.id, claim);
    return claim;
  }

  private syncClaim(claim: ClaimInfo, body: Record<string, any>): void {
    claim.version = Number(body.version);
    claim.status = body.status;
    claim.assigneeId = body.assigneeId ?? null;
    claim.verdictById = body.verdict?.givenById ?? null;
    claim.approved = Boolean(body.verdict?.approvedAt);
    claim.attributions = new Map((body.attributions as any[]).map((a) => [Number(a.id), { sourceId: Number(a.source.id), role: String(a.role) }]));
  }

  /**
   * An import or a re-extraction ran alone: its answer says how many claims it made; the claim list
   * of the article says which, with their attributions, and the source list after the newest known
   * source which sources the extractor had to create.
   */
  private async learnExtraction(request: FuzzRequest, articleId: number, created: number): Promise<void> {
    const e = this.expected;
    const claims = await this.readAll(`/api/claims?articleId=${articleId}&limit=200`);
    const fresh = claims.filter((c) => !this.world.claims.has(Number(c.id)));
    if (fresh.length !== created) this.inconsistencies.push(`#${request.index} ${request.route} acknowledged ${created} claims, the article's claim list shows ${fresh.length} new ones`);
    e.claims += created;
    e.reviewEvents += created;
    for (const c of fresh) {
      const claim = this.learnClaim(c);
      e.attributions += claim.attributions.size;
    }
    const sources = await this.readAll(`/api/sources?limit=200&cursor=${Buffer.from(JSON.stringify({ after: this.world.maxSourceId() })).toString('base64url')}`);
    for (const s of sources) {
      e.sources++;
      this.world.sources.set(Number(s.id), { id: Number(s.id), name: String(s.name), mergedInto: null });
    }
  }

  private async readAll(first: string): Promise<Record<string, any>[]> {
    const items: Record<string, any>[] = [];
    let path: string | null = first;
    while (path) {
      const answer = await this.read(path);
      if (answer.status !== 200) throw new Error(`acknowledging read ${path} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      items.push(...(answer.json.items as Record<string, any>[]));
      const next = answer.json.nextCursor as string | null;
      path = next ? `${first.replace(/&cursor=[^&]*/, '')}&cursor=${next}` : null;
    }
    return items;
  }
}

export const tokenHash = hashToken;
