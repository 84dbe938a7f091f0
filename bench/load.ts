import { ChildProcess, fork } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  meanMs: number;
  non2xx: number;
}

/** Runs a server entry point of this folder in its own process and resolves once it listens. */
export function startServer(script: string, args: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => (message === 'ready' ? resolve(child) : reject(new Error(String(message)))));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export async function load(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: options.headers });
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, meanMs: result.latency.mean, non2xx: result.non2xx + result.errors };
}
