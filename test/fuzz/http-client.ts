import { Agent, request } from 'node:http';

export interface RawRequest {
  method: string;
  /** Sent exactly as written (`/api/articles/%2010`), never normalised. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

export interface RawAnswer {
  /** The HTTP status, or 0 when no answer came (the connection failed or was cut). */
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: any;
  /** Why no answer came (status 0). */
  error?: string;
}

/**
 * A plain node:http client for a listening app: the path goes out byte for byte (supertest and
 * fetch would normalise some of the spellings a fuzzer wants to send), bodies can be any bytes.
 */
export class RawClient {
  private readonly agent: Agent;

  constructor(
    private readonly host: string,
    private readonly port: number,
    connections: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  send(raw: RawRequest, timeoutMs = 60_000): Promise<RawAnswer> {
    return new Promise((resolve) => {
      const body = raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body, 'utf8');
      const headers: Record<string, string> = { ...raw.headers };
      if (body !== undefined) headers['content-length'] = String(body.length);
      let settled = false;
      const done = (answer: RawAnswer) => {
        if (!settled) {
          settled = true;
          resolve(answer);
        }
      };
      let req;
      try {
        req = request({ host: this.host, port: this.port, method: raw.method, path: raw.path, headers, agent: this.agent, timeout: timeoutMs }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => done({ status: 0, headers: {}, text: '', json: undefined, error: `response: ${error.message}` }));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown;
            if (/json/.test(String(res.headers['content-type'] ?? ''))) {
              try {
                json = JSON.parse(text);
              } catch {
                json = undefined;
              }
            }
            done({ status: res.statusCode ?? 0, headers: res.headers, text, json });
          });
        });
      } catch (error) {
        // node:http refuses some paths or header values before sending: the generator's own mistake.
        done({ status: 0, headers: {}, text: '', json: undefined, error: `not sent: ${(error as Error).message}` });
        return;
      }
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (error) => done({ status: 0, headers: {}, text: '', json: undefined, error: error.message }));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
