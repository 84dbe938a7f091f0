import '../src/thread-pool';
import 'reflect-metadata';
import { createApp } from '../src/app.factory';
import { loadAppConfig } from '../src/config/app-config';

/**
 * The real service on the benchmark's desk, in its own process: `node app-server.js DATABASE_URL PORT`
 * (sqlite:FILE or postgres://…); DATABASE_READ_CONNECTIONS and DATABASE_POOL_SIZE as for the service.
 */
async function main(): Promise<void> {
  const [databaseUrl, port] = process.argv.slice(2);
  const config = { ...loadAppConfig({ ...process.env, DATABASE_URL: databaseUrl, PORT: port }), seedDemo: false };
  const app = await createApp({ config, requestLog: false, logLevels: ['error'] });
  await app.listen(config.port, '127.0.0.1');
  process.send?.('ready');
}

void main();
