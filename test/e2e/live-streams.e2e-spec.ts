import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_STREAMS_PER_USER } from '../../src/dashboard/live-streams';
import { bearer, TestApp } from '../support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface OpenedStream {
  status: number;
  events: string[];
  ended: Promise<void>;
  close: () => void;
}

/** Opens the live dashboard stream and collects its `desk` events until it ends. */
function openStream(port: number, token: string): Promise<OpenedStream> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/stats/stream', headers: { ...bearer(token), accept: 'text/event-stream' } }, (response) => {
      const events: string[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => events.push(...chunk.split('\n\n').filter((e) => e.includes('event: desk'))));
      const ended = new Promise<void>((done) => response.on('end', () => done()).on('close', () => done()));
      resolve({ status: response.statusCode ?? 0, events, ended, close: () => request.destroy() });
    });
  });
}

async function endsWithin(stream: OpenedStream, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([stream.ended.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('live streams end with their session', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('ends an open stream when its token is signed out', async () => {
    const viewer = await t.userWithRole('viewer');
    const stream = await openStream(port, viewer.token);
    expect(stream.status).toBe(200);
    while (stream.events.length === 0) await sleep(50);
    await t.http.post('/api/auth/logout').set(bearer(viewer.token)).expect(204);
    expect(await endsWithin(stream, 8000)).toBe(true);
  }, 20_000);

  it('ends the streams of a user who is disabled', async () => {
    const viewer = await t.userWithRole('viewer');
    const stream = await openStream(port, viewer.token);
    while (stream.events.length === 0) await sleep(50);
    await t.http.patch(`/api/users/${viewer.id}`).set(bearer(await t.adminToken())).send({ disabled: true }).expect(200);
    expect(await endsWithin(stream, 8000)).toBe(true);
  }, 20_000);

  it('caps the streams one user holds open, and frees a place when one closes', async () => {
    const viewer = await t.userWithRole('viewer');
    const streams = await Promise.all(Array.from({ length: MAX_STREAMS_PER_USER }, () => openStream(port, viewer.token)));
    expect(streams.map((s) => s.status)).toEqual(Array(MAX_STREAMS_PER_USER).fill(200));
    const refused = await openStream(port, viewer.token);
    expect(refused.status).toBe(429);
    // Another user is not affected.
    const other = await openStream(port, (await t.userWithRole('viewer')).token);
    expect(other.status).toBe(200);
    other.close();
    streams[0].close();
    await streams[0].ended;
    await sleep(200);
    const again = await openStream(port, viewer.token);
    expect(again.status).toBe(200);
    for (const s of [...streams, again]) s.close();
  }, 20_000);
});

describe('live streams end when the token expires', () => {
  it('closes the stream at the token\'s expiry', async () => {
    // Tokens that last 4 seconds.
    const t = await TestApp.start({ config: { tokenTtlHours: 4 / 3600 } });
    try {
      await t.app.listen(0, '127.0.0.1');
      const port = (t.app.getHttpServer().address() as AddressInfo).port;
      const stream = await openStream(port, await t.adminToken());
      expect(stream.status).toBe(200);
      expect(await endsWithin(stream, 10_000)).toBe(true);
    } finally {
      await t.close();
    }
  }, 30_000);
});
