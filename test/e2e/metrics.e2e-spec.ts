import { loadAppConfig } from '../../src/config/app-config';
import { bearer, TestApp } from '../support/test-app';
import { FAST_INTAKE, importDone, jsonLines, wireArticle } from './support/intake';

/** Prometheus' text format (exposition format 0.0.4), parsed here line by line: `name{labels} value`. */
function parsePrometheus(text: string): { types: Map<string, string>; samples: { name: string; labels: Record<string, string>; value: number }[] } {
  const types = new Map<string, string>();
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) types.set(type[1], type[2]);
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]] = pair[2];
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return { types, samples };
}

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ config: { intake: { ...loadAppConfig({}).intake, ...FAST_INTAKE, metricsToken: 'scrape-secret' } } });
  });
  afterAll(() => t.close());

  it('needs the METRICS_TOKEN when one is set', async () => {
    await t.http.get('/metrics').expect(401);
    await t.http.get('/metrics').set('authorization', 'Bearer wrong').expect(401);
  });

  it('reports requests by route, write waits, import items and claims by status in Prometheus format', async () => {
    const editor = (await t.userWithRole('editor')).token;
    const job = await t.http.post('/api/imports').set(bearer(editor)).set('content-type', 'application/x-ndjson').send(jsonLines([wireArticle(1), wireArticle(1), 'nope'])).expect(202);
    await importDone(t, editor, job.body.id);
    await t.http.get('/api/claims/12345').set(bearer(editor)).expect(404);
    const response = await t.http.get('/metrics').set('authorization', 'Bearer scrape-secret').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const { types, samples } = parsePrometheus(response.text);
    const value = (name: string, labels: Record<string, string> = {}) => samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
    expect(types.get('claimtrack_http_requests_total')).toBe('counter');
    expect(types.get('claimtrack_http_request_duration_seconds')).toBe('histogram');
    expect(value('claimtrack_http_requests_total', { route: '/api/claims/:id', status: '404' })).toBe(1);
    expect(value('claimtrack_http_request_duration_seconds_count', { route: '/api/imports', method: 'POST' })).toBe(1);
    expect(value('claimtrack_db_write_wait_seconds_count')).toBeGreaterThan(0);
    expect(value('claimtrack_import_items_total', { outcome: 'imported' })).toBe(1);
    expect(value('claimtrack_import_items_total', { outcome: 'duplicate' })).toBe(1);
    expect(value('claimtrack_import_items_total', { outcome: 'refused' })).toBe(1);
    expect(value('claimtrack_import_jobs', { state: 'done' })).toBe(1);
    const claims = await t.db.count('claims');
    expect(value('claimtrack_claims', { status: 'unverified' })).toBe(claims);
    expect(value('claimtrack_claims')).toBe(claims);
    expect(samples.some((s) => s.name === 'claimtrack_webhook_deliveries' || types.has('claimtrack_webhook_deliveries_total'))).toBe(true);
  });
});
