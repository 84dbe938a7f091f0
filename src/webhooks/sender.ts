import { lookup, LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { hostOf, isSpecialAddress, refuseTarget } from './target-address';

export interface DeliveryResult {
  /** The receiver's HTTP status, or null when there was no answer (refused, timed out, unreachable). */
  status: number | null;
  error: string | null;
  responseMs: number;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves as dns.lookup does, refusing special addresses for hosts not on the allow list: the check is made on the address actually connected to. */
function guardedLookup(allowed: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowed ? undefined : addresses.find((a) => isSpecialAddress(a.address));
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.address}, a private, loopback or reserved address`), { code: 'EPRIVATEADDRESS' }), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * One delivery attempt: POST the body with the given headers, no redirects followed, within
 * `timeoutMs` for the whole exchange. Any 2xx is success; the response body is read (to free the
 * connection) and dropped.
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowHosts: readonly string[] }): Promise<DeliveryResult> {
  const started = process.hrtime.bigint();
  const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const refused = refuseTarget(url, options.allowHosts);
  if (refused) return Promise.resolve({ status: null, error: `refused: ${refused}`, responseMs: 0 });
  const target = new URL(url);
  const allowed = options.allowHosts.includes(hostOf(target));
  if (!allowed && isIP(hostOf(target)) !== 0 && isSpecialAddress(hostOf(target))) return Promise.resolve({ status: null, error: 'refused: private address', responseMs: 0 });
  return new Promise((resolve) => {
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Claimtrack-Webhooks/1', 'content-length': String(Buffer.byteLength(body)), ...headers },
      lookup: guardedLookup(allowed) as never,
      signal: AbortSignal.timeout(options.timeoutMs),
    }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve({ status: response.statusCode ?? null, error: null, responseMs: elapsed() }));
      response.on('error', (error) => resolve({ status: response.statusCode ?? null, error: error.message, responseMs: elapsed() }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve({ status: null, error: timedOut ? `no answer within ${options.timeoutMs} ms` : error.message, responseMs: elapsed() });
    });
    request.end(body);
  });
}
