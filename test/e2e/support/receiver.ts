import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A webhook receiver written from the Standard Webhooks specification (standardwebhooks.com,
 * "Verifying webhook signatures"), not from the service's code: the secret is `whsec_` + base64;
 * the key is its base64-decoded part; the signed content is `id.timestamp.body`; the header lists
 * `v1,<base64 HMAC-SHA256>` signatures separated by spaces; a timestamp more than 5 minutes away
 * from now is refused (replay).
 */
export interface Received {
  id: string;
  timestamp: number;
  type: string;
  data: Record<string, any>;
  verified: boolean;
  body: string;
}

export function verifyStandardWebhook(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const id = String(headers['webhook-id'] ?? '');
  const timestamp = String(headers['webhook-timestamp'] ?? '');
  const signatures = String(headers['webhook-signature'] ?? '');
  if (!id || !/^\d+$/.test(timestamp) || !signatures) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export class Receiver {
  readonly received: Received[] = [];
  status = 204;
  secret = '';
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<Receiver> {
    let receiver: Receiver;
    const server = http.createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const parsed = JSON.parse(body) as { type: string; data: Record<string, any> };
        receiver.received.push({ id: String(request.headers['webhook-id']), timestamp: Number(request.headers['webhook-timestamp']), type: parsed.type, data: parsed.data, verified: verifyStandardWebhook(receiver.secret, request.headers, body), body });
        response.writeHead(receiver.status).end();
      });
    });
    receiver = new Receiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  ofType(type: string): Received[] {
    return this.received.filter((r) => r.type === type);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
