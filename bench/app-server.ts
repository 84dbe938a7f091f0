import 'reflect-metadata';
import { createApp } from '../src/app.factory';
import { loadAppConfig } from '../src/config/app-config';

/** The real service on the benchmark's desk, in its own process: `node app-server.js FILE PORT`. */
async function main(): Promise<void> {
  const [file, port] = process.argv.slice(2);
  const config = { ...loadAppConfig({}), database: { type: 'sqlite' as const, path: file }, port: Number(port), seedDemo: false };
  const app = await createApp({ config, requestLog: false, logLevels: ['error'] });
  await app.listen(config.port, '127.0.0.1');
  process.send?.('ready');
}

void main();
