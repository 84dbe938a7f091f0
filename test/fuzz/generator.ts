import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as formEncode } from 'node:querystring';
import { findUpwards } from '../../src/common/files/find-upwards';
import { findUnsafeInput } from '../../src/common/http/safe-input';
import { MAX_INT, parseId } from '../../src/common/http/ids';
import { ATTRIBUTION_ROLES, CLAIM_KINDS, EVIDENCE_STANCES, hasRole, isVerdictStatus, Role, ROLES, SOURCE_TYPES } from '../../src/common/vocabulary';
import { JsonEntries, RawJson, toJsonText } from './json-text';
import { Prng } from './prng';
import * as Specs from './specs';
import type { DtoSpec, FieldSpec } from './specs';
import { CONTENT_TYPES, DROPPED_KEYS, EXTRA_KEYS, ID_SPELLINGS, MALFORMED_JSON, NUMBER_EDGES, UNICODE_EDGES } from './values';
import type { ArticleInfo, ClaimInfo, Session, World } from './world';

/** Every route that writes, as the controllers declare them (src/**\/*.controller.ts). */
export const ROUTES = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /session',
  'POST /session/logout',
  'POST /api/users',
  'PATCH /api/users/:id',
  'POST /api/articles',
  'PATCH /api/articles/:id',
  'DELETE /api/articles/:id',
  'POST /api/articles/:id/extract',
  'POST /api/articles/:id/restore',
  'POST /api/claims',
  'POST /api/claims/:id/attributions',
  'DELETE /api/claims/:id/attributions/:attributionId',
  'POST /api/claims/:id/evidence',
  'DELETE /api/claims/:id/evidence/:evidenceId',
  'POST /api/claims/:id/review',
  'POST /api/sources',
  'PATCH /api/sources/:id',
  'POST /api/sources/:id/merge',
] as const;
export type RouteKey = (typeof ROUTES)[number];

/** How often each route is drawn (relative). Claim work dominates, as on a real desk. */
const ROUTE_WEIGHTS: Record<RouteKey, number> = {
  'POST /api/auth/login': 5,
  'POST /api/auth/logout': 3,
  'POST /session': 4,
  'POST /session/logout': 3,
  'POST /api/users': 4,
  'PATCH /api/users/:id': 4,
  'POST /api/articles': 6,
  'PATCH /api/articles/:id': 4,
  'DELETE /api/articles/:id': 2,
  'POST /api/articles/:id/extract': 3,
  'POST /api/articles/:id/restore': 2,
  'POST /api/claims': 7,
  'POST /api/claims/:id/attributions': 8,
  'DELETE /api/claims/:id/attributions/:attributionId': 4,
  'POST /api/claims/:id/evidence': 8,
  'DELETE /api/claims/:id/evidence/:evidenceId': 3,
  'POST /api/claims/:id/review': 13,
  'POST /api/sources': 6,
  'PATCH /api/sources/:id': 4,
  'POST /api/sources/:id/merge': 4,
};

/** Routes whose 2xx the run acknowledges with a read of what they made (claims, attributions, sources): they run alone. */
const ACKNOWLEDGED_BY_READING: RouteKey[] = ['POST /api/articles', 'PATCH /api/articles/:id', 'POST /api/articles/:id/extract'];


/** Ids that exist nowhere (the run never gets near a billion rows), yet are valid ids. */
const MISSING_ID_BASE = 1_000_000_000;

type PathPart = string | { param: string; id: number };

interface Plan {
  route: RouteKey;
  parts: PathPart[];
  query?: Record<string, string>;
  /** The valid body (undefined: the route reads no body). */
  body?: Record<string, unknown>;
  spec?: DtoSpec;
  /** Who the plan would send it as; null: nobody signed in (the sign-in routes). */
  session: Session | null;
  /** The role the route's guard asks for; null for public routes. */
  requiredRole: Role | null;
  /** The web session routes: the CSRF header, and the session cookie to sign out. */
  web?: { header: boolean; cookie?: string };
  ctx: Record<string, unknown>;
}

export interface Oracle {
  /** The body parser must refuse it (malformed, other charset, too deep, NUL, lone surrogate, __proto__): 400, 413 or 415. */
  parserRefuses: boolean;
  /** Not a valid request: any 4xx, never 2xx. */
  mustRefuse: boolean;
  /** The guard must answer this (no or unknown token: 401; too low a role, cookie without the CSRF header: 403). */
  auth: 401 | 403 | null;
  /** An id in the path that is not plain decimal digits in range: 400 (after the guard). */
  badPathId: boolean;
  /** A path the router itself refuses before any hook (percent-encoding that is not UTF-8, a parameter over 100 characters): 400 or 414. */
  routerRefuses: boolean;
  /** Sent with a throwaway session whose user may have been demoted or disabled since: the guard may answer 401 or 403 first. */
  authUncertain: boolean;
  /** The web sign-in without the CSRF header: 403 once the body is valid. */
  webWithoutHeader: boolean;
}

export interface FuzzRequest {
  index: number;
  batch: number;
  route: RouteKey;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** What was done to it, e.g. `valid`, `type:version`, `id:0x10+auth:none`. */
  label: string;
  exclusive: boolean;
  oracle: Oracle;
  /** Path ids as the service reads them (null: not an id). */
  ids: Record<string, number | null>;
  /** The body as the service sees it after parsing (last duplicate key wins); undefined when not JSON/form. */
  sent: Record<string, unknown> | undefined;
  session: Session | null;
  ctx: Record<string, unknown>;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

export class Generator {
  private index = 0;
  private readonly sentences: { de: string[]; en: string[] };
  private readonly exclusive: ReadonlySet<RouteKey>;

  constructor(
    private readonly rng: Prng,
    private readonly world: World,
  ) {
    this.sentences = loadSentences();
    this.exclusive = new Set(ACKNOWLEDGED_BY_READING);
  }

  next(batch: number): FuzzRequest {
    const route = this.rng.weighted(ROUTE_WEIGHTS);
    const plan = this.plan(route);
    return this.dress(plan, batch);
  }

  // ---------------------------------------------------------------- plans: valid requests from what the world knows

  private plan(route: RouteKey): Plan {
    switch (route) {
      case 'POST /api/auth/login':
        return this.signIn(route, false);
      case 'POST /session':
        return this.signIn(route, true);
      case 'POST /api/auth/logout': {
        const session = this.takeThrowaway() ?? this.world.ownSession(this.rng.pick(ROLES));
        // An own session is never really signed out: it is sent without its token instead (401).
        return { route, parts: ['/api/auth/logout'], session, requiredRole: 'viewer', ctx: { ownSessionAsked: session.own } };
      }
      case 'POST /session/logout': {
        const session = this.takeThrowaway();
        const cookie = session ? session.token : this.rng.pick(['', 'not-a-token', 'A'.repeat(300), this.rng.hex(43)]);
        return { route, parts: ['/session/logout'], session: null, requiredRole: null, web: { header: true, cookie }, ctx: { cookieSession: session } };
      }
      case 'POST /api/users':
        return this.createUser(route);
      case 'PATCH /api/users/:id':
        return this.updateUser(route);
      case 'POST /api/articles':
        return this.importArticle(route);
      case 'PATCH /api/articles/:id':
        return this.reviseArticle(route);
      case 'DELETE /api/articles/:id': {
        const article = this.pickArticle(this.rng.chance(0.8) ? 'live' : 'deleted');
        return { route, parts: ['/api/articles/', { param: 'id', id: article?.id ?? this.missingId() }], session: this.world.ownSession('admin'), requiredRole: 'admin', ctx: {} };
      }
      case 'POST /api/articles/:id/extract': {
        const article = this.pickArticle(this.rng.chance(0.9) ? 'live' : 'deleted');
        return { route, parts: ['/api/articles/', { param: 'id', id: article?.id ?? this.missingId() }, '/extract'], session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
      }
      case 'POST /api/articles/:id/restore': {
        const article = this.pickArticle(this.rng.chance(0.75) ? 'deleted' : 'live');
        return { route, parts: ['/api/articles/', { param: 'id', id: article?.id ?? this.missingId() }, '/restore'], session: this.world.ownSession('admin'), requiredRole: 'admin', ctx: {} };
      }
      case 'POST /api/claims':
        return this.markClaim(route);
      case 'POST /api/claims/:id/attributions':
        return this.attribute(route);
      case 'DELETE /api/claims/:id/attributions/:attributionId':
        return this.removeAttribution(route);
      case 'POST /api/claims/:id/evidence':
        return this.addEvidence(route);
      case 'DELETE /api/claims/:id/evidence/:evidenceId':
        return this.removeEvidence(route);
      case 'POST /api/claims/:id/review':
        return this.review(route);
      case 'POST /api/sources':
        return this.createSource(route);
      case 'PATCH /api/sources/:id':
        return this.updateSource(route);
      case 'POST /api/sources/:id/merge':
        return this.merge(route);
    }
  }

  private signIn(route: RouteKey, web: boolean): Plan {
    const users = [...this.world.users.values()];
    const user = this.rng.pick(users);
    // Wrong passwords only for accounts the run made: the run's own accounts must not be slowed down by guessing.
    const kind = user.own ? this.rng.weighted({ right: 85, caps: 15 }) : this.rng.weighted({ right: 55, wrong: 25, unknown: 12, caps: 8 });
    const body =
      kind === 'right' ? { email: user.email, password: user.password }
      : kind === 'wrong' ? { email: user.email, password: `${user.password}-nope` }
      : kind === 'caps' ? { email: user.email.toUpperCase(), password: user.password }
      : { email: `nobody-${this.rng.hex(6)}@desk.test`, password: 'whatever-password' };
    return {
      route, parts: [web ? '/session' : '/api/auth/login'], body, spec: Specs.LOGIN, session: null, requiredRole: null,
      web: web ? { header: this.rng.chance(0.9) } : undefined, ctx: { userId: user.id },
    };
  }

  private createUser(route: RouteKey): Plan {
    const existing = this.rng.chance(0.06) ? this.rng.pick([...this.world.users.values()]).email.toUpperCase() : null;
    const password = this.rng.pick(['password', 'correct horse battery staple', 'ü'.repeat(8), `pw-${this.rng.hex(12)}`, '        ', '🔑🔑🔑🔑🔑🔑🔑🔑']);
    const body = {
      email: existing ?? this.rng.pick([`fz-${this.rng.hex(8)}@desk.test`, `fz.${this.rng.hex(6)}@newsroom`, `Fz+${this.rng.hex(6)}@Desk.Test`, `fz-${this.rng.hex(4)}@xn--bcher-kva.example`]),
      password,
      role: this.rng.pick(ROLES),
      displayName: this.rng.pick([`Fuzz ${this.rng.hex(4)}`, 'Jürgen Müller', 'محمد', 'José 🚀', `  padded ${this.rng.hex(3)}  `]),
    };
    return { route, parts: ['/api/users'], body, spec: Specs.CREATE_USER, session: this.world.ownSession('admin', this.rng.int(0, 1)), requiredRole: 'admin', ctx: { password } };
  }

  private updateUser(route: RouteKey): Plan {
    const users = [...this.world.users.values()];
    const theirs = users.filter((u) => !u.own);
    const target = theirs.length && this.rng.chance(0.85) ? this.rng.pick(theirs) : this.rng.chance(0.5) ? this.rng.pick(users) : null;
    const id = target?.id ?? this.missingId();
    let body: Record<string, unknown>;
    if (target?.own) {
      // The run's own accounts keep their role, password and access: only their display name changes.
      body = { displayName: `Own ${this.rng.hex(4)}` };
    } else {
      const changes = this.rng.weighted({ role: 30, disabled: 25, displayName: 15, password: 15, several: 10, none: 5 });
      body =
        changes === 'role' ? { role: this.rng.pick(ROLES) }
        : changes === 'disabled' ? { disabled: this.rng.chance(0.6) }
        : changes === 'displayName' ? { displayName: `Renamed ${this.rng.hex(4)}` }
        : changes === 'password' ? { password: `new-pw-${this.rng.hex(8)}` }
        : changes === 'several' ? { role: this.rng.pick(ROLES), disabled: this.rng.chance(0.3), displayName: 'Several' }
        : {};
    }
    return { route, parts: ['/api/users/', { param: 'id', id }], body, spec: Specs.UPDATE_USER, session: this.world.ownSession('admin', this.rng.int(0, 1)), requiredRole: 'admin', ctx: { own: target?.own ?? false } };
  }

  private importArticle(route: RouteKey): Plan {
    const language = this.rng.chance(0.55) ? 'de' : 'en';
    const duplicate = this.world.bodies.length > 0 && this.rng.chance(0.07);
    const body = duplicate ? this.rng.pick(this.world.bodies) : this.articleBody(language);
    const dto: Record<string, unknown> = { title: this.rng.pick(['Nordkorea: Soldaten in Russland', 'Missile launch', 'Live: Ukraine', `Meldung ${this.rng.hex(4)}`, 'Überschrift mit Ümlaut 🚀']), body };
    if (this.rng.chance(0.7)) dto.language = this.rng.chance(0.9) ? language : this.rng.pick(['de-DE', 'en-GB', 'fr', 'zh-Hant']);
    if (this.rng.chance(0.4)) dto.outlet = this.rng.pick(['ntv.de', 'Reuters', 'Yonhap', '  spaced  ']);
    if (this.rng.chance(0.3)) dto.url = `https://news.example/${this.rng.hex(8)}`;
    if (this.rng.chance(0.3)) dto.publishedAt = this.rng.pick(['2024-10-24T14:17:00+02:00', '2024-10-24', '2024-02-29T23:59:59Z', '1970-01-01T00:00:00Z']);
    if (this.rng.chance(0.2)) dto.byline = 'AFP/dpa';
    if (this.rng.chance(0.3)) dto.wireAgencies = this.rng.pick([['AFP', 'dpa', 'AP'], [], ['Yonhap']]);
    // Extraction on most imports: claims, attributions and sources then come from the extractor.
    if (this.rng.chance(0.35)) dto.extract = this.rng.chance(0.3);
    return { route, parts: ['/api/articles'], body: dto, spec: Specs.CREATE_ARTICLE, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private reviseArticle(route: RouteKey): Plan {
    const article = this.pickArticle(this.rng.chance(0.9) ? 'live' : 'deleted');
    const body: Record<string, unknown> = {};
    if (article && this.rng.chance(0.7)) body.body = this.revisedBody(article);
    if (this.rng.chance(0.4) || Object.keys(body).length === 0) body.title = `Revised ${this.rng.hex(4)}`;
    if (this.rng.chance(0.15)) body.outlet = this.rng.pick(['', 'ntv.de']);
    if (this.rng.chance(0.1)) body.publishedAt = '2024-10-25T08:00:00Z';
    if (this.rng.chance(0.1)) body.wireAgencies = ['dpa'];
    if (this.rng.chance(0.05)) body.language = article?.language === 'de' ? 'en' : 'de';
    return { route, parts: ['/api/articles/', { param: 'id', id: article?.id ?? this.missingId() }], body, spec: Specs.UPDATE_ARTICLE, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private markClaim(route: RouteKey): Plan {
    const article = this.pickArticle(this.rng.chance(0.92) ? 'live' : 'deleted');
    const span = article ? this.spanIn(article.body) : { start: 0, end: 10 };
    const body: Record<string, unknown> = { articleId: article?.id ?? this.missingId(), ...span };
    if (this.rng.chance(0.3)) body.text = this.rng.pick(['Soldaten in Russland', 'A checker’s phrasing 🚀', '  spaced  ']);
    if (this.rng.chance(0.4)) body.kind = this.rng.pick(CLAIM_KINDS);
    return { route, parts: ['/api/claims'], body, spec: Specs.CREATE_CLAIM, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private attribute(route: RouteKey): Plan {
    const claim = this.pickClaim((c) => !isVerdictStatus(c.status), 0.85);
    const source = this.pickSourceId();
    const body: Record<string, unknown> = { sourceId: source, role: this.rng.pick(ATTRIBUTION_ROLES) };
    if (this.rng.chance(0.5)) body.cue = this.rng.pick(['sagte', 'laut', 'nach Angaben', 'according to', '  ']);
    if (claim && this.rng.chance(0.4)) body.version = this.version(claim);
    return { route, parts: ['/api/claims/', { param: 'id', id: claim?.id ?? this.missingId() }, '/attributions'], body, spec: Specs.CREATE_ATTRIBUTION, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private removeAttribution(route: RouteKey): Plan {
    const claim = this.pickClaim((c) => c.attributions.size > 0 && !isVerdictStatus(c.status), 0.85);
    const own = claim ? [...claim.attributions.keys()] : [];
    const other = this.pickClaim((c) => c.attributions.size > 0 && c.id !== claim?.id, 1);
    const attributionId = own.length && this.rng.chance(0.85) ? this.rng.pick(own) : other && this.rng.chance(0.5) ? [...other.attributions.keys()][0] : this.missingId();
    const query: Record<string, string> = {};
    if (claim && this.rng.chance(0.4)) query.version = String(this.version(claim));
    return {
      route, parts: ['/api/claims/', { param: 'id', id: claim?.id ?? this.missingId() }, '/attributions/', { param: 'attributionId', id: attributionId }], query,
      session: this.caller('checker'), requiredRole: 'checker', ctx: {},
    };
  }

  private addEvidence(route: RouteKey): Plan {
    const claim = this.pickClaim((c) => !isVerdictStatus(c.status), 0.85);
    const body: Record<string, unknown> = { stance: this.rng.weighted({ supports: 45, refutes: 30, context: 25 }) };
    const content = this.rng.weighted({ url: 35, note: 30, claim: 25, none: 5, self: 5 });
    if (content === 'url') body.url = this.rng.pick(['https://en.yna.co.kr/view/AEN20241023', `https://evidence.example/${this.rng.hex(6)}?q=1#x`, 'http://localhost/x']);
    if (content === 'note' || this.rng.chance(0.2)) body.note = this.rng.pick(['NSC: at least 3000', 'Satellitenbilder zeigen Truppenbewegungen.', 'كذّب']);
    if (content === 'claim') body.claimId = this.rng.chance(0.85) ? this.pickClaim(() => true, 1)?.id ?? 1 : this.missingId();
    if (content === 'self' && claim) body.claimId = claim.id;
    if (this.rng.chance(0.7)) body.sourceId = this.pickSourceId();
    if (claim && this.rng.chance(0.3)) body.version = this.version(claim);
    return { route, parts: ['/api/claims/', { param: 'id', id: claim?.id ?? this.missingId() }, '/evidence'], body, spec: Specs.CREATE_EVIDENCE, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private removeEvidence(route: RouteKey): Plan {
    const claim = this.pickClaim((c) => c.evidence.size > 0 && !isVerdictStatus(c.status), 0.85);
    const own = claim ? [...claim.evidence] : [];
    const evidenceId = own.length && this.rng.chance(0.85) ? this.rng.pick(own) : this.missingId();
    const query: Record<string, string> = {};
    if (claim && this.rng.chance(0.4)) query.version = String(this.version(claim));
    return {
      route, parts: ['/api/claims/', { param: 'id', id: claim?.id ?? this.missingId() }, '/evidence/', { param: 'evidenceId', id: evidenceId }], query,
      session: this.caller('checker'), requiredRole: 'checker', ctx: {},
    };
  }

  private review(route: RouteKey): Plan {
    const claim = this.pickClaim(() => true, 1);
    const parts: PathPart[] = ['/api/claims/', { param: 'id', id: claim?.id ?? this.missingId() }, '/review'];
    if (!claim) return { route, parts, body: { action: 'take', version: 1 }, spec: Specs.REVIEW, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
    const version = this.version(claim);
    const editor = () => this.world.ownSession('editor', this.rng.int(0, 1));
    const assignee = this.world.ownSessionOf(claim.assigneeId);
    let body: Record<string, unknown>;
    let session: Session;
    const checkers = [...(this.world.own.get('checker') ?? []), ...(this.world.own.get('editor') ?? [])];
    if (claim.status === 'unverified') {
      if (this.rng.chance(0.75)) {
        session = assignee ?? this.rng.pick(checkers);
        body = { action: 'take', version };
      } else {
        session = editor();
        body = { action: 'reassign', version, assigneeId: this.rng.chance(0.8) ? this.rng.pick(checkers).userId : null };
      }
    } else if (claim.status === 'in_review') {
      const step = this.rng.weighted({ verdict: 65, reassign: 25, take: 10 });
      session = step === 'verdict' ? (assignee && this.rng.chance(0.7) ? assignee : editor()) : step === 'reassign' ? (assignee ?? editor()) : this.rng.pick(checkers);
      body =
        step === 'verdict' ? { action: 'verdict', version, verdict: this.rng.weighted({ corroborated: 40, disputed: 30, inconclusive: 30 }), rationale: this.rng.pick(['Independent confirmation.', 'Widerlegt durch Satellitenbilder.', '  ']) }
        : step === 'reassign' ? { action: 'reassign', version, assigneeId: this.rng.chance(0.8) ? this.rng.pick(checkers).userId : null, note: 'handover' }
        : { action: 'take', version };
    } else {
      const step = claim.approved ? this.rng.weighted({ reopen: 80, approve: 20 }) : this.rng.weighted({ approve: 65, reopen: 35 });
      const editors = [...(this.world.own.get('editor') ?? []), ...(this.world.own.get('admin') ?? [])];
      const others = editors.filter((s) => s.userId !== claim.verdictById);
      session = step === 'approve' ? (others.length && this.rng.chance(0.85) ? this.rng.pick(others) : this.rng.pick(editors)) : this.rng.pick(editors);
      body = step === 'approve' ? { action: 'approve', version } : { action: 'reopen', version, note: this.rng.pick(['New facts from the Pentagon.', '']) };
    }
    return { route, parts, body, spec: Specs.REVIEW, session, requiredRole: 'checker', ctx: { claimId: claim.id } };
  }

  private createSource(route: RouteKey): Plan {
    const live = this.world.liveSources();
    const existing = live.length && this.rng.chance(0.08) ? this.rng.pick(live).name.toLowerCase() : null;
    const body: Record<string, unknown> = {
      name: existing ?? this.rng.pick([`Quelle ${this.rng.hex(6)}`, `Ministry ${this.rng.hex(5)}`, `Sprecherin ${this.rng.hex(4)} 🚀`, `وزارة ${this.rng.hex(4)}`, 'Reuters', 'Yonhap', 'NATO']),
    };
    if (this.rng.chance(0.6)) body.type = this.rng.pick(SOURCE_TYPES);
    if (this.rng.chance(0.4)) body.country = this.rng.pick(['KR', 'KP', 'US', 'RU', 'DE', 'UA']);
    if (this.rng.chance(0.3)) body.aliases = this.rng.pick([['NIS'], [`Alias ${this.rng.hex(4)}`, `alias ${this.rng.hex(4)}`], [], ['Same', 'same', 'SAME']]);
    if (live.length && this.rng.chance(0.2)) {
      const affiliation = this.rng.pick(live).id;
      if (this.rng.chance(0.5)) body.affiliationId = affiliation;
      else body.affiliation = this.rng.chance(0.5) ? affiliation : { id: affiliation, name: 'echoed back' };
    }
    return { route, parts: ['/api/sources'], body, spec: Specs.CREATE_SOURCE, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private updateSource(route: RouteKey): Plan {
    const live = this.world.liveSources();
    const target = live.length && this.rng.chance(0.85) ? this.rng.pick(live) : this.world.mergedSources()[0] ?? null;
    const body: Record<string, unknown> = {};
    const fields = this.rng.weighted({ name: 20, type: 20, country: 20, aliases: 20, affiliation: 20 });
    if (fields === 'name') body.name = this.rng.chance(0.85) ? `Renamed ${this.rng.hex(6)}` : live.length ? this.rng.pick(live).name : 'x';
    if (fields === 'type') body.type = this.rng.pick(SOURCE_TYPES);
    if (fields === 'country') body.country = this.rng.chance(0.3) ? null : this.rng.pick(['KR', 'US']);
    if (fields === 'aliases') body.aliases = [`Alias ${this.rng.hex(4)}`];
    if (fields === 'affiliation') {
      const other = live.length ? this.rng.pick(live).id : 1;
      const value = this.rng.chance(0.2) ? null : other;
      if (this.rng.chance(0.5)) body.affiliationId = value;
      else body.affiliation = value !== null && this.rng.chance(0.5) ? { id: value } : value;
    }
    return { route, parts: ['/api/sources/', { param: 'id', id: target?.id ?? this.missingId() }], body, spec: Specs.UPDATE_SOURCE, session: this.caller('checker'), requiredRole: 'checker', ctx: {} };
  }

  private merge(route: RouteKey): Plan {
    const live = this.world.liveSources();
    const kind = this.rng.weighted({ live: 80, merged: 8, self: 6, missing: 6 });
    let from = live.length ? this.rng.pick(live).id : this.missingId();
    let into = live.length ? this.rng.pick(live).id : this.missingId();
    if (kind === 'live' && live.length > 1) while (into === from) into = this.rng.pick(live).id;
    if (kind === 'merged') {
      const merged = this.world.mergedSources();
      if (merged.length) this.rng.chance(0.5) ? (from = this.rng.pick(merged).id) : (into = this.rng.pick(merged).id);
    }
    if (kind === 'self') into = from;
    if (kind === 'missing') this.rng.chance(0.5) ? (from = this.missingId()) : (into = this.missingId());
    return {
      route, parts: ['/api/sources/', { param: 'id', id: from }, '/merge'], body: { intoId: into }, spec: Specs.MERGE_SOURCE,
      session: this.rng.chance(0.8) ? this.world.ownSession('editor', this.rng.int(0, 1)) : this.world.ownSession('admin'), requiredRole: 'editor', ctx: {},
    };
  }

  // ---------------------------------------------------------------- dressing: the hostile part

  private dress(plan: Plan, batch: number): FuzzRequest {
    const labels: string[] = [];
    const oracle: Oracle = { parserRefuses: false, mustRefuse: false, auth: null, badPathId: false, routerRefuses: false, authUncertain: false, webWithoutHeader: false };
    const headers: Record<string, string> = {};
    const method = plan.route.split(' ')[0];
    const required = plan.spec ? Specs.hasRequired(plan.spec) : false;

    // Path: one id spelled the way a fuzzer spells it.
    const ids: Record<string, number | null> = {};
    const params = plan.parts.filter((p): p is { param: string; id: number } => typeof p !== 'string');
    const respelled = params.length && this.rng.chance(0.1) ? this.rng.pick(params).param : null;
    let path = '';
    for (const part of plan.parts) {
      if (typeof part === 'string') {
        path += part;
        continue;
      }
      let spelling = String(part.id);
      if (part.param === respelled) {
        // On the users route a spelling that still names a user (`01`, `%31`) could change one of the run's own accounts.
        spelling = this.rng.pick(plan.route === 'PATCH /api/users/:id' ? ID_SPELLINGS.filter((x) => readPathId(x) === null) : ID_SPELLINGS);
        labels.push(`id:${spelling}`);
      }
      const id = readPathId(spelling);
      ids[part.param] = id;
      if (id === null) oracle.badPathId = true;
      if (spelling.length > 100 || !decodes(spelling)) oracle.routerRefuses = true;
      path += spelling;
    }
    const query = { ...plan.query };
    if (query.version !== undefined && this.rng.chance(0.15)) {
      query.version = this.rng.pick(['0x10', '1e1', '-1', '0', '1.5', '99999999999', '%2010', '', 'abc']);
      labels.push(`query-version:${query.version}`);
      if (!/^\d+$/.test(query.version) || Number(query.version) < 1 || Number(query.version) > MAX_INT) oracle.mustRefuse = true;
    }
    const queryText = Object.entries(query).map(([k, v]) => `${k}=${v}`).join('&');
    if (queryText) path += `?${queryText}`;

    // Body: valid, or mutated field by field, or replaced whole.
    let value: unknown = plan.body;
    let text: string | Buffer | undefined;
    let contentType: string | null = 'application/json';
    if (plan.spec && plan.body) {
      const draw = this.rng.next();
      if (draw < 0.42) {
        // The run's own accounts keep their role, password and access: only their display name is mutated.
        const spec = plan.ctx.own ? { displayName: plan.spec.displayName } : plan.spec;
        const mutation = this.mutateField(plan.body, spec);
        value = mutation.value;
        labels.push(mutation.label);
        oracle.mustRefuse ||= mutation.mustRefuse;
        oracle.parserRefuses ||= mutation.parserRefuses;
      } else if (draw < 0.5) {
        const whole = this.mutateWhole(plan.body, required);
        value = whole.value;
        text = whole.text;
        labels.push(whole.label);
        oracle.mustRefuse ||= whole.mustRefuse;
        oracle.parserRefuses ||= whole.parserRefuses;
      }
    } else if (this.rng.chance(0.15)) {
      // A body where none is read: harmless if it is JSON, refused by the parser if it is not.
      const malformed = this.rng.chance(0.5);
      text = malformed ? this.rng.pick(MALFORMED_JSON) : toJsonText({ stray: 'field', __proto__x: 1 });
      labels.push(malformed ? 'stray-body:malformed' : 'stray-body:json');
      oracle.parserRefuses ||= malformed;
    }
    if (text === undefined && value !== undefined) text = toJsonText(value);

    // Content type: JSON as it should be, or something else.
    if (text !== undefined && this.rng.chance(0.06)) {
      const choice = this.rng.pick(CONTENT_TYPES);
      contentType = choice.value;
      labels.push(`ctype:${choice.label}`);
      let formValues: Record<string, unknown> | null = null;
      if (choice.label === 'form' && value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof JsonEntries)) {
        try {
          text = formEncode(value as Record<string, string>);
          formValues = Object.fromEntries(new URLSearchParams(text));
        } catch {
          // A lone surrogate cannot be percent-encoded: the JSON text goes out as a form body instead.
        }
      }
      if (choice.parserRefuses) oracle.parserRefuses = true;
      else if (!/json/i.test(choice.value ?? '')) {
        // No longer JSON: what the JSON-level mutations promised no longer holds, but a body too large, or bytes
        // that are not UTF-8, are refused by every text parser; the form parser checks for NUL and lone surrogates too.
        oracle.parserRefuses = labels.some((l) => l.includes('beyond-body-limit') || l === 'body:invalid-utf8-bytes') || (formValues !== null && findUnsafeInput(formValues) !== null);
        oracle.mustRefuse = choice.label === 'text-plain' && required;
      }
    }
    if (contentType !== null && text !== undefined) headers['content-type'] = contentType;

    // Who sends it.
    let session = plan.session;
    const authDraw = this.rng.next();
    let authLabel: string | null = null;
    if (plan.requiredRole !== null) {
      if (authDraw < 0.04) authLabel = 'none';
      else if (authDraw < 0.065) authLabel = 'bogus';
      else if (authDraw < 0.13 && plan.requiredRole !== 'viewer') authLabel = 'lower-role';
      else if (authDraw < 0.16) authLabel = 'cookie';
      else if (authDraw < 0.18) authLabel = 'cookie-no-header';
      else if (authDraw < 0.22 && this.world.throwaway.length) authLabel = 'throwaway';
    }
    if (plan.route === 'POST /api/auth/logout' && session?.own && authLabel !== 'none' && authLabel !== 'bogus') authLabel = 'none';
    if (authLabel === 'none' || authLabel === 'bogus') {
      if (authLabel === 'bogus') headers.authorization = this.rng.pick([`Bearer ${this.rng.hex(43)}`, 'Bearer', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'A'.repeat(5000)}`, 'bearer  x y']);
      session = null;
      oracle.auth = 401;
    } else if (authLabel === 'lower-role') {
      const lower = ROLES.filter((r) => !hasRole(r, plan.requiredRole!));
      session = this.world.ownSession(this.rng.pick(lower));
      oracle.auth = 403;
    } else if (authLabel === 'throwaway') {
      session = this.rng.pick(this.world.throwaway);
      oracle.authUncertain = true;
    }
    if (authLabel === 'cookie' || authLabel === 'cookie-no-header') {
      headers.cookie = `claimtrack_session=${session!.token}`;
      if (authLabel === 'cookie') headers['x-claimtrack-client'] = 'web';
      else oracle.auth = 403;
    } else if (session && plan.requiredRole !== null) {
      headers.authorization = `Bearer ${session.token}`;
    }
    if (authLabel) labels.push(`auth:${authLabel}`);
    if (plan.web) {
      if (plan.web.header) headers['x-claimtrack-client'] = 'web';
      else {
        // The header is checked after the body is validated: the 403 is certain only for an unchanged body.
        oracle.webWithoutHeader = labels.length === 0;
        labels.push('web:no-csrf-header');
      }
      if (plan.web.cookie !== undefined) headers.cookie = `claimtrack_session=${plan.web.cookie}`;
    }

    // The app trusts its loopback proxy: each request names its client, as behind a newsroom's reverse proxy.
    const forwarded = this.rng.weighted({ address: 85, none: 5, hostile: 10 });
    if (forwarded === 'address') headers['x-forwarded-for'] = this.rng.chance(0.9) ? `198.51.100.${this.rng.int(1, 254)}` : `2001:db8::${this.rng.hex(4)}`;
    if (forwarded === 'hostile') {
      headers['x-forwarded-for'] = this.rng.pick(['unknown', `${'9'.repeat(80)}.1`, `203.0.113.7, ${this.rng.hex(90)}`, 'a'.repeat(300), '::ffff:127.0.0.1', '::1', '999.999.999.999', '  ', ',,,', `${'1.2.3.4, '.repeat(30)}5.6.7.8`]);
      labels.push('forwarded-for:hostile');
    }

    const request: FuzzRequest = {
      index: this.index++, batch, route: plan.route, method, path, headers, body: text,
      label: labels.length ? labels.join('+') : 'valid', exclusive: this.exclusive.has(plan.route), oracle, ids,
      sent: serverView(text, headers['content-type']), session, ctx: plan.ctx,
    };
    return request;
  }

  /** One field made hostile: missing, null, the wrong type, just past a limit, odd text, a raw number, an extra key, a key twice. */
  private mutateField(body: Record<string, unknown>, spec: DtoSpec): { value: unknown; label: string; mustRefuse: boolean; parserRefuses: boolean } {
    const names = Object.keys(spec);
    const present = names.filter((n) => hasOwn(body, n));
    const kind = this.rng.weighted({ missing: 10, null: 8, type: 14, limit: 16, text: 14, number: 12, extra: 10, deep: 5, duplicate: 7, enum: 4 });
    const name = this.rng.pick(kind === 'missing' || kind === 'duplicate' ? (present.length ? present : names) : names);
    const field = spec[name];
    const copy: Record<string, unknown> = { ...body };
    const out = (mustRefuse: boolean, label: string, parserRefuses = false) => ({ value: copy, label, mustRefuse, parserRefuses });

    switch (kind) {
      case 'missing':
        delete copy[name];
        return out(Boolean(field.required) && hasOwn(body, name), `missing:${name}`);
      case 'null':
        copy[name] = null;
        return out(!('nullable' in field && field.nullable), `null:${name}`);
      case 'type': {
        const wrong = wrongTypeValues(field);
        copy[name] = this.rng.pick(wrong);
        return out(true, `type:${name}`);
      }
      case 'limit': {
        const limit = this.limitValue(field);
        copy[name] = limit.value;
        return out(limit.mustRefuse, `limit:${name}:${limit.label}`, limit.parserRefuses);
      }
      case 'text': {
        const edge = this.rng.pick(UNICODE_EDGES);
        if (field.kind === 'strings') copy[name] = ['AFP', edge.text];
        else if (field.kind === 'string' && !field.format) copy[name] = this.rng.chance(0.5) ? edge.text : `${String(body[name] ?? 'x')} ${edge.text}`;
        else copy[name] = edge.text;
        // Unsafe text is refused by the parser; other text only where the field is not free text.
        const refuse = field.kind === 'int' || field.kind === 'bool' || field.kind === 'enum' || (field.kind === 'string' && field.format === 'country');
        return out(refuse, `text:${name}:${edge.label}`, Boolean(edge.unsafe));
      }
      case 'number': {
        const edge = this.rng.pick(NUMBER_EDGES);
        copy[name] = edge.value;
        // A number spelled as a string ("1", "0x10") is still a string where text is expected.
        const accepted = acceptsNumber(field, edge.value) || (field.kind === 'string' && !field.format && typeof edge.value === 'string') || (field.kind === 'bool' && typeof edge.value === 'boolean');
        return out(!accepted, `number:${name}:${edge.label}`);
      }
      case 'extra': {
        const key = this.rng.pick(EXTRA_KEYS.filter((k) => !hasOwn(spec, k)));
        if (key === '__proto__' || key === 'constructor') {
          const poison = key === '__proto__' ? { isAdmin: true, role: 'admin' } : { prototype: { isAdmin: true } };
          return { value: new JsonEntries([...Object.entries(copy), [key, poison]]), label: `extra:${key}`, mustRefuse: true, parserRefuses: true };
        }
        copy[key] = this.rng.pick([true, 'admin', 1, null, { nested: 1 }]);
        return out(!DROPPED_KEYS.has(key), `extra:${key}`);
      }
      case 'deep': {
        const depth = this.rng.pick([30, 31, 32, 33, 200, 5000]);
        copy[name] = new RawJson('['.repeat(depth) + ']'.repeat(depth));
        // The body is level 1, so a field holding arrays `depth` deep nests depth + 1.
        return out(true, `deep:${name}:${depth}`, depth + 1 > 32);
      }
      case 'duplicate': {
        const hostile = this.rng.pick(wrongTypeValues(field));
        const lastHostile = this.rng.chance(0.5);
        const entries: [string, unknown][] = Object.entries(copy);
        const at = entries.findIndex(([k]) => k === name);
        const valid = at >= 0 ? entries[at][1] : undefined;
        if (at >= 0) entries.splice(at, 1);
        if (valid === undefined) entries.push([name, hostile], [name, hostile]);
        else entries.push(...((lastHostile ? [[name, valid], [name, hostile]] : [[name, hostile], [name, valid]]) as [string, unknown][]));
        // JSON.parse keeps the last: the request stands or falls with it.
        return { value: new JsonEntries(entries), label: `duplicate:${name}:${lastHostile || valid === undefined ? 'last-hostile' : 'first-hostile'}`, mustRefuse: lastHostile || valid === undefined, parserRefuses: false };
      }
      case 'enum': {
        const values = field.kind === 'enum' ? field.values : ['x'];
        copy[name] = this.rng.pick([String(values[0]).toUpperCase(), ` ${values[0]}`, `${values[0]}\u200b`, 'unknown', '']);
        const refuse = !(field.kind === 'string' && !field.format && (field.min ?? 0) <= 1);
        return out(refuse, `enum-ish:${name}`);
      }
    }
  }

  /** Just inside and just outside a field's limits (lengths, item counts, ranges). */
  private limitValue(field: FieldSpec): { value: unknown; label: string; mustRefuse: boolean; parserRefuses: boolean } {
    switch (field.kind) {
      case 'string': {
        const over = this.rng.chance(0.5);
        if (field.max >= 500_000 && this.rng.chance(0.15)) return { value: 'x'.repeat(2_200_000), label: 'beyond-body-limit', mustRefuse: true, parserRefuses: true };
        const min = field.min ?? 0;
        if (this.rng.chance(0.2)) return { value: min > 0 ? '' : 'x', label: min > 0 ? 'empty' : 'one', mustRefuse: min > 0 || Boolean(field.format), parserRefuses: false };
        const unit = this.rng.pick(['x', 'ü', '🚀']);
        const target = field.max + (over ? 1 : 0);
        const prefix = field.format === 'url' ? 'https://x.example/' : '';
        const suffix = field.format === 'email' ? '@desk.test' : '';
        // MaxLength (validator.js isLength) counts a surrogate pair as one character, as PostgreSQL's varchar does: count code points.
        const value = prefix + unit.repeat(Math.max(1, target - prefix.length - suffix.length)) + suffix;
        const tooLong = [...value].length > field.max;
        return { value, label: `${tooLong ? 'max+1' : 'max'}:${unit}`, mustRefuse: tooLong || field.format === 'country' || field.format === 'bcp47' || field.format === 'iso', parserRefuses: false };
      }
      case 'int': {
        const choice = this.rng.pick([field.min - 1, field.min, field.max, field.max + 1]);
        return { value: choice, label: String(choice), mustRefuse: choice < field.min || choice > field.max, parserRefuses: false };
      }
      case 'strings': {
        const choice = this.rng.pick(['max-items', 'max-items+1', 'item-max+1', 'item-empty']);
        const value =
          choice === 'max-items' ? Array.from({ length: field.maxItems }, (_, i) => `item ${i}`)
          : choice === 'max-items+1' ? Array.from({ length: field.maxItems + 1 }, (_, i) => `item ${i}`)
          : choice === 'item-max+1' ? ['ok', 'y'.repeat(field.itemMax + 1)]
          : ['ok', ''];
        const refuse = choice === 'max-items+1' || choice === 'item-max+1' || (choice === 'item-empty' && (field.itemMin ?? 0) > 0);
        return { value, label: choice, mustRefuse: refuse, parserRefuses: false };
      }
      case 'bool':
        return { value: this.rng.pick([true, false]), label: 'bool', mustRefuse: false, parserRefuses: false };
      case 'enum':
        return { value: this.rng.pick(field.values), label: 'enum', mustRefuse: false, parserRefuses: false };
    }
  }

  /** The whole body replaced: another JSON type, malformed JSON, nothing, or nested far too deep. */
  private mutateWhole(body: Record<string, unknown>, required: boolean): { value: unknown; text?: string | Buffer; label: string; mustRefuse: boolean; parserRefuses: boolean } {
    const kind = this.rng.weighted({ array: 12, string: 8, number: 6, null: 6, bool: 4, wrapped: 6, empty: 6, 'empty-text': 8, malformed: 20, deep: 8, bom: 6, 'invalid-utf8': 10 });
    switch (kind) {
      case 'array':
        return { value: [], label: 'body:array', mustRefuse: true, parserRefuses: false };
      case 'wrapped':
        return { value: [body], label: 'body:array-of-valid', mustRefuse: true, parserRefuses: false };
      case 'string':
        return { value: 'just a string', label: 'body:string', mustRefuse: required, parserRefuses: false };
      case 'number':
        return { value: 42, label: 'body:number', mustRefuse: required, parserRefuses: false };
      case 'bool':
        return { value: true, label: 'body:bool', mustRefuse: required, parserRefuses: false };
      case 'null':
        return { value: null, label: 'body:null', mustRefuse: required, parserRefuses: false };
      case 'empty':
        return { value: {}, label: 'body:{}', mustRefuse: required, parserRefuses: false };
      case 'empty-text':
        return { value: undefined, text: '', label: 'body:empty-text', mustRefuse: true, parserRefuses: true };
      case 'malformed':
        return { value: undefined, text: this.rng.pick(MALFORMED_JSON), label: 'body:malformed', mustRefuse: true, parserRefuses: true };
      case 'deep': {
        const depth = this.rng.pick([33, 1000, 20000]);
        return { value: undefined, text: this.rng.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), label: `body:deep-${depth}`, mustRefuse: true, parserRefuses: true };
      }
      case 'bom':
        return { value: undefined, text: `\ufeff${toJsonText(body)}`, label: 'body:utf8-bom', mustRefuse: false, parserRefuses: false };
      case 'invalid-utf8': {
        // Bytes that are not UTF-8 (a lone 0xff, an overlong form, an encoded surrogate) inside the first string value.
        const json = Buffer.from(toJsonText(body), 'utf8');
        const at = json.indexOf(':"');
        if (at < 0) return { value: body, label: 'body:invalid-utf8-bytes:no-string', mustRefuse: false, parserRefuses: false };
        const bytes = Buffer.concat([json.subarray(0, at + 2), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), json.subarray(at + 2)]);
        // Fastify reads the body as UTF-8 text: each bad byte becomes U+FFFD (three bytes), the length no longer matches Content-Length: 400.
        return { value: undefined, text: bytes, label: 'body:invalid-utf8-bytes', mustRefuse: true, parserRefuses: true };
      }
    }
  }

  // ---------------------------------------------------------------- picking from the world

  /** A caller with at least this role, from the run's own accounts. */
  private caller(role: Role): Session {
    const eligible = ROLES.filter((r) => hasRole(r, role));
    const chosen = this.rng.pick(eligible);
    return this.world.ownSession(chosen, this.rng.int(0, 1));
  }

  private takeThrowaway(): Session | null {
    if (!this.world.throwaway.length || this.rng.chance(0.1)) return null;
    const index = this.rng.int(0, this.world.throwaway.length - 1);
    return this.world.throwaway.splice(index, 1)[0];
  }

  private missingId(): number {
    return MISSING_ID_BASE + this.rng.int(0, 1_000_000);
  }

  private pickArticle(state: 'live' | 'deleted'): ArticleInfo | null {
    const list = state === 'live' ? this.world.liveArticles() : this.world.deletedArticles();
    return list.length ? this.rng.pick(list) : null;
  }

  /** A claim matching `want` with probability p (else any claim): mostly claims the step suits, sometimes one it does not. */
  private pickClaim(want: (claim: ClaimInfo) => boolean, p: number): ClaimInfo | null {
    const all = [...this.world.claims.values()];
    if (all.length === 0) return null;
    const suitable = all.filter(want);
    return suitable.length && this.rng.chance(p) ? this.rng.pick(suitable) : this.rng.pick(all);
  }

  private pickSourceId(): number {
    const draw = this.rng.next();
    const live = this.world.liveSources();
    const merged = this.world.mergedSources();
    if (draw < 0.85 && live.length) return this.rng.pick(live).id;
    if (draw < 0.93 && merged.length) return this.rng.pick(merged).id;
    return this.missingId();
  }

  /** Mostly the version the run last saw; sometimes one behind or ahead (stale). */
  private version(claim: ClaimInfo): number {
    const draw = this.rng.next();
    if (draw < 0.85) return claim.version;
    if (draw < 0.95) return Math.max(1, claim.version - 1);
    return claim.version + 1;
  }

  private articleBody(language: 'de' | 'en'): string {
    const pool = this.sentences[language];
    const count = this.rng.int(2, 7);
    const sentences = Array.from({ length: count }, () => this.rng.pick(pool));
    const spice = this.rng.weighted({ none: 60, emoji: 10, rtl: 6, combining: 6, cjk: 4, crlf: 6, nbsp: 4, long: 4 });
    const marker = language === 'de' ? `Meldung ${this.rng.hex(8)}.` : `Report ${this.rng.hex(8)}.`;
    let body = [marker, ...sentences].join(' ');
    if (spice === 'emoji') body = `🚀🇰🇷 ${body} 👩‍👩‍👧‍👦`;
    if (spice === 'rtl') body = `${body} \u202eتقرير\u202c وكالة الأنباء`;
    if (spice === 'combining') body = body.replace(/u/g, 'u\u0308');
    if (spice === 'cjk') body = `北朝鮮の兵士。${body}`;
    if (spice === 'crlf') body = body.replace(/\. /g, '.\r\n');
    if (spice === 'nbsp') body = body.replace(/ /g, '\u00a0');
    if (spice === 'long') body = `${body} ${Array.from({ length: 40 }, () => this.rng.pick(pool)).join(' ')}`;
    return body;
  }

  /** A revision as editors make them: a figure changed, a sentence added in front, one dropped, a typo fixed, or all new words. */
  private revisedBody(article: ArticleInfo): string {
    const body = article.body;
    const edit = this.rng.weighted({ figure: 25, prepend: 20, drop: 20, typo: 15, rewrite: 10, emoji: 10 });
    if (edit === 'figure') return body.replace(/\d+/, (n) => String(Number(n) + this.rng.int(1, 9))) + (/\d/.test(body) ? '' : ' 42.');
    if (edit === 'prepend') return `${this.rng.pick(this.sentences.de)} ${body}`;
    if (edit === 'drop') {
      const parts = body.split(/(?<=[.!?])\s+/);
      if (parts.length > 1) parts.splice(this.rng.int(0, parts.length - 1), 1);
      return parts.join(' ') || `${body} x`;
    }
    if (edit === 'typo') {
      const at = this.rng.int(0, Math.max(0, body.length - 1));
      return body.slice(0, at) + 'x' + body.slice(at + 1);
    }
    if (edit === 'emoji') return `🚀 ${body}`;
    return this.articleBody(article.language.startsWith('de') ? 'de' : 'en');
  }

  /** A span of words in code points, or one of the edges (empty, past the end, whitespace). */
  private spanIn(body: string): { start: number; end: number } {
    const points = [...body];
    const length = points.length;
    const edge = this.rng.weighted({ words: 70, whole: 6, last: 4, past: 5, empty: 5, whitespace: 5, reversed: 5 });
    if (edge === 'whole') return { start: 0, end: length };
    if (edge === 'last') return { start: Math.max(0, length - 1), end: length };
    if (edge === 'past') return { start: Math.max(0, length - 3), end: length + 1 };
    if (edge === 'empty') {
      const at = this.rng.int(0, Math.max(0, length - 1));
      return { start: at, end: at };
    }
    if (edge === 'whitespace') {
      const at = points.findIndex((c, i) => i > 0 && /\s/.test(c));
      return at > 0 ? { start: at, end: at + 1 } : { start: 0, end: 1 };
    }
    const starts = points.map((c, i) => (i === 0 || /\s/.test(points[i - 1])) && !/\s/.test(c) ? i : -1).filter((i) => i >= 0);
    const start = starts.length ? this.rng.pick(starts) : 0;
    let end = Math.min(length, start + this.rng.int(5, 90));
    while (end < length && !/\s/.test(points[end])) end++;
    if (edge === 'reversed') return { start: end, end: start };
    return { start, end: Math.max(end, start + 1) };
  }
}

function decodes(spelling: string): boolean {
  try {
    decodeURIComponent(spelling);
    return true;
  } catch {
    return false;
  }
}

/** An id as ParseIdPipe reads the path parameter (Fastify decodes it first); null when it is refused. */
export function readPathId(spelling: string): number | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(spelling);
  } catch {
    return null;
  }
  return parseId(decoded);
}

/** What the service's body parser makes of the bytes (JSON: the last of a repeated key wins). */
function serverView(text: string | Buffer | undefined, contentType: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  const raw = Buffer.isBuffer(text) ? text.toString('utf8') : text;
  try {
    if (/json/i.test(contentType ?? '')) {
      const parsed = JSON.parse(raw.replace(/^\ufeff/, '')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    }
    if (/x-www-form-urlencoded/i.test(contentType ?? '')) return Object.fromEntries(new URLSearchParams(raw));
  } catch {
    return undefined;
  }
  return undefined;
}

function wrongTypeValues(field: FieldSpec): unknown[] {
  switch (field.kind) {
    case 'string':
      return [123, true, ['text'], { text: 'x' }, 0];
    case 'int':
      return field.acceptsRef ? ['5', true, [5], 'null', {}] : ['5', true, [5], { id: 5 }, 'null', {}];
    case 'bool':
      return ['true', 1, 0, 'false', ['true'], {}];
    case 'enum':
      return [1, true, [field.values[0]], { value: field.values[0] }];
    case 'strings':
      return ['AFP', 5, { 0: 'AFP' }, [1, 2], [null], [['nested']], true];
  }
}

function acceptsNumber(field: FieldSpec, value: unknown): boolean {
  if (field.kind !== 'int') return false;
  let n: unknown = value;
  if (value instanceof RawJson) n = JSON.parse(value.text);
  return typeof n === 'number' && Number.isInteger(n) && n >= field.min && n <= field.max;
}

/** Sentences of the extraction fixtures (wire copy, live blogs, interviews, press releases) to build articles from. */
function loadSentences(): { de: string[]; en: string[] } {
  const folder = findUpwards(join('fixtures', 'extraction'));
  const out = { de: [] as string[], en: [] as string[] };
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
    const language = file.startsWith('de') ? 'de' : 'en';
    const text = readFileSync(join(folder, file), 'utf8');
    out[language].push(...text.split(/(?<=[.!?"“”])\s+/).map((s) => s.trim()).filter((s) => s.length > 20));
  }
  return out;
}
