import type { Role } from '../../src/common/vocabulary';
import type { ClaimStatus } from '../../src/common/vocabulary';

/** Someone signed in: one of the run's own accounts (never demoted, disabled or signed out) or a throwaway session. */
export interface Session {
  token: string;
  role: Role;
  userId: number;
  email: string;
  /** A session of the run's own accounts: the fuzzer never ends it, so an answer 401 on it is never expected. */
  own: boolean;
  /** The batch it was handed out in (a change of its user's access in that same batch may or may not have ended it). */
  batch: number;
}

export interface UserInfo {
  id: number;
  email: string;
  password: string;
  role: Role;
  disabled: boolean;
  /** The run's own accounts: only their display name is ever changed. */
  own: boolean;
}

export interface ArticleInfo {
  id: number;
  title: string;
  body: string;
  language: string;
  deleted: boolean;
}

export interface ClaimInfo {
  id: number;
  articleId: number;
  version: number;
  status: ClaimStatus;
  assigneeId: number | null;
  verdictById: number | null;
  approved: boolean;
  orphaned: boolean;
  attributions: Map<number, { sourceId: number; role: string }>;
  /** What the run knows the claim's evidence to be: the initial rows, plus 201s, minus 204s. */
  evidence: Set<number>;
  /** Version and status when the run began. */
  initialVersion: number;
  initialStatus: ClaimStatus;
  /** Review steps answered 200: each moved the version on by one. */
  reviewed: number;
  /** The newest state a 200 review answer reported. */
  lastReview: { version: number; status: ClaimStatus } | null;
}

export interface SourceInfo {
  id: number;
  name: string;
  mergedInto: number | null;
}

/** What the fuzzer believes is on the desk, learnt only from the answers it got. */
export class World {
  readonly users = new Map<number, UserInfo>();
  readonly articles = new Map<number, ArticleInfo>();
  readonly claims = new Map<number, ClaimInfo>();
  readonly sources = new Map<number, SourceInfo>();
  /** Sessions of the run's own accounts by role; the first of each is the main one. */
  readonly own = new Map<Role, Session[]>();
  /** Sessions handed out during the run, for signing out and as extra callers. */
  readonly throwaway: Session[] = [];
  /** Bodies imported so far (a share of imports sends one again: a duplicate). */
  readonly bodies: string[] = [];

  ownSession(role: Role, index = 0): Session {
    const list = this.own.get(role);
    if (!list?.length) throw new Error(`no own ${role} session`);
    return list[index % list.length];
  }

  ownSessionOf(userId: number | null): Session | null {
    if (userId === null) return null;
    for (const list of this.own.values()) for (const session of list) if (session.userId === userId) return session;
    return null;
  }

  liveArticles(): ArticleInfo[] {
    return [...this.articles.values()].filter((a) => !a.deleted);
  }

  deletedArticles(): ArticleInfo[] {
    return [...this.articles.values()].filter((a) => a.deleted);
  }

  liveSources(): SourceInfo[] {
    return [...this.sources.values()].filter((s) => s.mergedInto === null);
  }

  mergedSources(): SourceInfo[] {
    return [...this.sources.values()].filter((s) => s.mergedInto !== null);
  }

  maxSourceId(): number {
    let max = 0;
    for (const id of this.sources.keys()) max = Math.max(max, id);
    return max;
  }

  /** A merge moved every attribution of `from` to `into`, folding repeats of the same role. */
  followMerge(from: number, into: number): void {
    const source = this.sources.get(from);
    if (source) source.mergedInto = into;
    for (const s of this.sources.values()) if (s.mergedInto === from) s.mergedInto = into;
    for (const claim of this.claims.values()) {
      for (const [id, a] of [...claim.attributions]) {
        if (a.sourceId !== from) continue;
        const repeat = [...claim.attributions.values()].some((b) => b.sourceId === into && b.role === a.role);
        if (repeat) claim.attributions.delete(id);
        else a.sourceId = into;
      }
    }
  }
}
