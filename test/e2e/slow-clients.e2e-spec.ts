import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { bearer, TestApp } from '../support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `head`, then drips `drip` one byte every `everyMs` until the server closes the connection or
 * `giveUpMs` passes. Resolves with whether the server closed it and what it answered.
 */
function drip(port: number, head: string, dripped: string, everyMs: number, giveUpMs: number): Promise<{ closedByServer: boolean; answer: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let closed = false;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      resolve({ closedByServer: false, answer });
    }, giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ closedByServer: true, answer });
    });
    socket.on('connect', () => {
      socket.write(head);
      let sent = 0;
      timer = setInterval(() => {
        if (sent < dripped.length && !socket.destroyed) socket.write(dripped[sent++]);
      }, everyMs);
    });
  });
}

describe('slow clients', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    // Short timeouts so the test needs seconds, not minutes; production defaults are in the README.
    t = await TestApp.start({ config: { requestTimeoutMs: 1000, headersTimeoutMs: 1000 } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('closes a connection whose body is dripped slower than the request timeout allows', async () => {
    const body = JSON.stringify({ email: 'admin@desk.test', password: 'x'.repeat(60) });
    const head = `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    const result = await drip(port, head, body, 250, 15_000);
    expect(result.closedByServer).toBe(true);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
  }, 30_000);

  it('closes a connection whose headers are dripped (slowloris)', async () => {
    const result = await drip(port, 'GET /health HTTP/1.1\r\n', 'Host: 127.0.0.1\r\nX-Slow: ' + 'x'.repeat(100), 250, 15_000);
    expect(result.closedByServer).toBe(true);
  }, 30_000);

  it('keeps the live stream open past the request timeout: it limits receiving the request, not the response', async () => {
    const token = await t.adminToken();
    const events: string[] = [];
    const request = http.get({ host: '127.0.0.1', port, path: '/api/stats/stream', headers: { ...bearer(token), accept: 'text/event-stream' } });
    const response = await new Promise<http.IncomingMessage>((resolve) => request.on('response', resolve));
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => events.push(...chunk.split('\n\n').filter((e) => e.includes('event: desk'))));
    while (events.length === 0) await sleep(50);
    // Well past the request and headers timeouts (and the server's checks for them).
    await sleep(3000);
    const before = events.length;
    await t.http.post('/api/articles').set(bearer(token)).send({ title: 'Neu', body: 'Seoul meldet 3000 Soldaten, sagte ein Sprecher.', language: 'de' }).expect(201);
    while (events.length === before && !response.destroyed) await sleep(50);
    expect(response.destroyed).toBe(false);
    expect(events.length).toBeGreaterThan(before);
    request.destroy();
  }, 30_000);
});
