import type { AddressInfo } from 'node:net';
import type { Role } from '../../src/common/vocabulary';
import { ADMIN, TestApp } from '../support/test-app';
import { CheckResult, checkDatabase, CountRow, countRows } from './checks';
import { FuzzRequest, Generator, RouteKey, ROUTES } from './generator';
import { RawAnswer, RawClient } from './http-client';
import { Ledger } from './ledger';
import { Prng } from './prng';
import { Session, World } from './world';

export interface FuzzOptions {
  requests: number;
  seed: number;
  /** Requests in flight at once (default 4). With 1 the run is exactly reproducible from its seed. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface Finding {
  index: number;
  route: RouteKey;
  label: string;
  method: string;
  path: string;
  status: number;
  problem: string;
  /** Enough to send it again: headers and the first 2,000 characters of the body. */
  request: { headers: Record<string, string>; body?: string };
  answer: string;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  concurrency: number;
  dialect: 'sqlite' | 'postgres';
  seconds: number;
  byStatus: Record<string, number>;
  byRoute: Record<string, Record<string, number>>;
  /** Status histogram per kind of mutation (`type`, `id`, `auth:none`, `ctype:json-charset-utf16`, `valid`, …). */
  byMutation: Record<string, Record<string, number>>;
  /** Share of requests that were sent as generated from a valid plan (no mutation at all). */
  valid: number;
  serverErrors: Finding[];
  /** Answers that broke a rule the generator knew in advance (e.g. a body with a NUL answered 2xx, no token answered 200). */
  oracleViolations: Finding[];
  counts: CountRow[];
  checks: CheckResult[];
  integrity: string;
  ok: boolean;
}

/**
 * How the app under fuzz is started: with the demo desk (claims, sources and attributions to work
 * on from the first request), behind a trusted proxy on the same host as README asks for sign-in
 * throttling, so each request can name its client in X-Forwarded-For.
 */
export const FUZZ_APP = { seedDemo: true, config: { trustProxy: 'loopback' } } as const;

/** The run's own accounts: two of each role above viewer, so four eyes and reassignments have someone to go to. */
const OWN_ACCOUNTS: { role: Role; name: string }[] = [
  { role: 'admin', name: 'fuzz-admin2' },
  { role: 'editor', name: 'fuzz-editor1' },
  { role: 'editor', name: 'fuzz-editor2' },
  { role: 'checker', name: 'fuzz-checker1' },
  { role: 'checker', name: 'fuzz-checker2' },
  { role: 'viewer', name: 'fuzz-viewer1' },
];

/**
 * Sends `requests` generated requests over every writing route of the app under test (hostile ones
 * and a share of valid ones, as the run's own accounts of every role and as nobody), then checks the
 * database itself against what the answers acknowledged. The app must be fresh (TestApp.start).
 */
export async function runFuzz(t: TestApp, options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const log = options.log ?? (() => undefined);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const client = new RawClient('127.0.0.1', port, concurrency + 1);
  try {
    const world = new World();
    await setUp(t, client, world);
    const admin = world.ownSession('admin');
    const read = (path: string) => client.send({ method: 'GET', path, headers: { authorization: `Bearer ${admin.token}` } });
    const initial = await countRows(t.db);
    const ledger = new Ledger(initial, world, read);
    const generator = new Generator(new Prng(options.seed), world);

    const byStatus: Record<string, number> = {};
    const byRoute: Record<string, Record<string, number>> = Object.fromEntries(ROUTES.map((r) => [r, {}]));
    const byMutation: Record<string, Record<string, number>> = {};
    const serverErrors: Finding[] = [];
    const oracleViolations: Finding[] = [];
    let valid = 0;
    let sent = 0;
    let batch = 0;
    let held: FuzzRequest | null = null;
    let lastLog = Date.now();
    while (sent < options.requests) {
      const requests: FuzzRequest[] = [];
      if (held) {
        held.batch = batch;
        requests.push(held);
        held = null;
      }
      // Exclusive requests (imports, revisions, re-extractions) run alone: what they made is read right after.
      while (requests.length < concurrency && sent + requests.length < options.requests && !requests[0]?.exclusive) {
        const next = generator.next(batch);
        if (next.exclusive && requests.length > 0) {
          held = next;
          break;
        }
        requests.push(next);
      }
      const answers = await Promise.all(requests.map((r) => client.send({ method: r.method, path: r.path, headers: r.headers, body: r.body })));
      for (let i = 0; i < requests.length; i++) {
        const request = requests[i];
        const answer = answers[i];
        const status = answer.status === 0 ? 'no answer' : String(answer.status);
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        byRoute[request.route][status] = (byRoute[request.route][status] ?? 0) + 1;
        if (request.label === 'valid') valid++;
        for (const kind of mutationKinds(request.label)) (byMutation[kind] ??= {})[status] = (byMutation[kind][status] ?? 0) + 1;
        if (answer.status >= 500 || answer.status === 0) serverErrors.push(finding(request, answer, answer.error ?? 'server error'));
        const violation = judge(request, answer);
        if (violation) oracleViolations.push(finding(request, answer, violation));
        await ledger.apply(request, answer);
      }
      sent += requests.length;
      batch++;
      if (Date.now() - lastLog > 5_000) {
        lastLog = Date.now();
        log(`  ${sent}/${options.requests} requests, ${serverErrors.length} 5xx, ${oracleViolations.length} oracle violations`);
      }
    }
    log(`  ${sent} requests sent; checking the database`);
    const { counts, checks, integrity } = await checkDatabase(t.db, world, ledger, initial, read);
    const ok = serverErrors.length === 0 && oracleViolations.length === 0 && checks.every((c) => c.ok);
    return {
      seed: options.seed, requests: sent, concurrency, dialect: t.db.dialect, seconds: Math.round((Date.now() - started) / 100) / 10,
      byStatus, byRoute, byMutation, valid, serverErrors, oracleViolations, counts, checks, integrity, ok,
    };
  } finally {
    client.close();
  }
}

/** What the generator knew the answer had to be, checked against the answer. Null when it holds. */
export function judge(request: FuzzRequest, answer: RawAnswer): string | null {
  const { status } = answer;
  if (status === 0 || status >= 500) return null; // reported as server errors
  const o = request.oracle;
  const is4xx = status >= 400 && status < 500;
  if (is4xx && !/^application\/problem\+json/.test(String(answer.headers['content-type'] ?? ''))) return `a ${status} that is not problem+json (${answer.headers['content-type']})`;
  if (o.routerRefuses) return status === 400 || status === 414 ? null : `the router should have refused the path (400/414), got ${status}`;
  if (o.parserRefuses) return [400, 413, 415].includes(status) ? null : `the body parser should have refused it (400/413/415), got ${status}`;
  if (o.auth) return status === o.auth ? null : `the guard should have answered ${o.auth}, got ${status}`;
  if (o.authUncertain && (status === 401 || status === 403)) return null;
  if (o.badPathId) return status === 400 || status === 414 ? null : `an id that is not plain decimal digits should get 400 (414 when longer than the router takes), got ${status}`;
  if (o.mustRefuse) return is4xx ? null : `an invalid request should get 4xx, got ${status}`;
  if (o.webWithoutHeader) return status === 403 ? null : `the web sign-in without its CSRF header should get 403, got ${status}`;
  return null;
}

/** `type:version+auth:none` → `type`, `auth:none`: the kinds of mutation a request carried. */
function mutationKinds(label: string): string[] {
  return label.split('+').map((part) => {
    const [kind, detail] = part.split(':');
    return ['auth', 'ctype', 'body', 'stray-body', 'web', 'duplicate'].includes(kind) ? `${kind}:${kind === 'duplicate' ? part.split(':')[2] : detail}` : kind;
  });
}

function finding(request: FuzzRequest, answer: RawAnswer, problem: string): Finding {
  const body = request.body === undefined ? undefined : (Buffer.isBuffer(request.body) ? request.body.toString('utf8') : request.body).slice(0, 2000);
  return {
    index: request.index, route: request.route, label: request.label, method: request.method, path: request.path, status: answer.status, problem,
    request: { headers: request.headers, body }, answer: answer.text.slice(0, 600),
  };
}

/** The run's own accounts, signed in, and what is on the desk before the first request (read from the database). */
async function setUp(t: TestApp, client: RawClient, world: World): Promise<void> {
  const json = async (method: string, path: string, body: unknown, token?: string): Promise<any> => {
    const answer = await client.send({ method, path, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    if (answer.status >= 300) throw new Error(`setting up: ${method} ${path} answered ${answer.status}: ${answer.text}`);
    return answer.json;
  };
  const signIn = async (email: string, password: string, role: Role): Promise<Session> => {
    const answer = await json('POST', '/api/auth/login', { email, password });
    return { token: answer.token, role, userId: Number(answer.user.id), email, own: true, batch: -1 };
  };
  const admin = await signIn(ADMIN.email, ADMIN.password, 'admin');
  const accounts = [{ role: 'admin' as Role, email: ADMIN.email, password: ADMIN.password, id: admin.userId }];
  for (const { role, name } of OWN_ACCOUNTS) {
    const email = `${name}@desk.test`;
    const password = `${name}-password`;
    const created = await json('POST', '/api/users', { email, password, role, displayName: name }, admin.token);
    accounts.push({ role, email, password, id: Number(created.id) });
  }
  for (const account of accounts) {
    const session = account.email === ADMIN.email ? admin : await signIn(account.email, account.password, account.role);
    world.own.set(account.role, [...(world.own.get(account.role) ?? []), session]);
    world.users.set(account.id, { id: account.id, email: account.email, password: account.password, role: account.role, disabled: false, own: true });
  }

  const db = t.db;
  for (const a of await db.query<any>('SELECT id, title, body, language, deleted_at FROM articles')) {
    world.articles.set(Number(a.id), { id: Number(a.id), title: a.title, body: a.body, language: a.language, deleted: a.deleted_at !== null });
    world.bodies.push(a.body);
  }
  for (const s of await db.query<any>('SELECT id, name, merged_into_id FROM sources')) {
    world.sources.set(Number(s.id), { id: Number(s.id), name: s.name, mergedInto: s.merged_into_id === null ? null : Number(s.merged_into_id) });
  }
  for (const c of await db.query<any>('SELECT id, article_id, version, status, assignee_id, verdict_by_id, approved_at, orphaned FROM claims')) {
    world.claims.set(Number(c.id), {
      id: Number(c.id), articleId: Number(c.article_id), version: Number(c.version), status: c.status, assigneeId: c.assignee_id === null ? null : Number(c.assignee_id),
      verdictById: c.verdict_by_id === null ? null : Number(c.verdict_by_id), approved: c.approved_at !== null, orphaned: Boolean(c.orphaned),
      attributions: new Map(), evidence: new Set(), initialVersion: Number(c.version), initialStatus: c.status, reviewed: 0, lastReview: null,
    });
  }
  for (const a of await db.query<any>('SELECT id, claim_id, source_id, role FROM attributions')) world.claims.get(Number(a.claim_id))?.attributions.set(Number(a.id), { sourceId: Number(a.source_id), role: a.role });
  for (const e of await db.query<any>('SELECT id, claim_id FROM evidence')) world.claims.get(Number(e.claim_id))?.evidence.add(Number(e.id));
}

/** The report as a person reads it: status histogram overall and per route, findings, the database check. */
export function formatReport(report: FuzzReport): string {
  const lines: string[] = [];
  const statuses = Object.keys(report.byStatus).sort();
  lines.push(`Fuzz run: ${report.requests} requests, seed ${report.seed}, concurrency ${report.concurrency}, ${report.dialect}, ${report.seconds} s; ${report.valid} sent unmutated`);
  lines.push('');
  lines.push(`overall: ${statuses.map((s) => `${s}×${report.byStatus[s]}`).join('  ')}`);
  lines.push('');
  const width = Math.max(...ROUTES.map((r) => r.length));
  const columns = [...new Set(Object.values(report.byRoute).flatMap((h) => Object.keys(h)))].sort();
  lines.push(`${'route'.padEnd(width)}  ${columns.map((c) => c.padStart(5)).join(' ')}  total`);
  for (const route of ROUTES) {
    const h = report.byRoute[route];
    const total = Object.values(h).reduce((a, b) => a + b, 0);
    lines.push(`${route.padEnd(width)}  ${columns.map((c) => String(h[c] ?? '·').padStart(5)).join(' ')}  ${String(total).padStart(5)}`);
  }
  lines.push('');
  const fivexx = Object.entries(report.byStatus).filter(([s]) => s === 'no answer' || Number(s) >= 500).reduce((sum, [, n]) => sum + n, 0);
  lines.push('by kind of mutation (a request may carry several):');
  for (const kind of Object.keys(report.byMutation).sort()) {
    const h = report.byMutation[kind];
    lines.push(`  ${kind.padEnd(34)} ${Object.keys(h).sort().map((s) => `${s}×${h[s]}`).join('  ')}`);
  }
  lines.push('');
  lines.push(`5xx (and no answer): ${fivexx}`);
  for (const f of report.serverErrors.slice(0, 10)) lines.push(`  #${f.index} ${f.method} ${f.path} [${f.label}] -> ${f.status} ${f.problem}\n    body: ${f.request.body?.slice(0, 300)}\n    answer: ${f.answer.slice(0, 300)}`);
  lines.push(`oracle violations: ${report.oracleViolations.length}`);
  for (const f of report.oracleViolations.slice(0, 15)) lines.push(`  #${f.index} ${f.method} ${f.path} [${f.label}] -> ${f.status}: ${f.problem}\n    body: ${f.request.body?.slice(0, 300)}\n    answer: ${f.answer.slice(0, 300)}`);
  lines.push('');
  lines.push(`${'table'.padEnd(18)} ${'initial'.padStart(8)} ${'expected'.padStart(9)} ${'actual'.padStart(8)}`);
  for (const c of report.counts) lines.push(`${c.table.padEnd(18)} ${String(c.initial).padStart(8)} ${String(c.expected).padStart(9)} ${String(c.actual).padStart(8)}${c.expected === c.actual ? '' : '   MISMATCH'}`);
  lines.push('');
  for (const check of report.checks) lines.push(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
  lines.push(`integrity: ${report.integrity}`);
  lines.push('');
  lines.push(report.ok ? 'RESULT: ok' : 'RESULT: FAILED');
  return lines.join('\n');
}
