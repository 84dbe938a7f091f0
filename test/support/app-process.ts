import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { loadAppConfig } from '../../src/config/app-config';

/**
 * The service in a process of its own, for tests that kill it (kill -9 mid-write):
 * `node -r test/support/ts-register.js test/support/app-process.ts` with the service's environment
 * (DATABASE_URL, PORT, HISTORY_KEY or HISTORY_KEY_FILE, ADMIN_EMAIL, ADMIN_PASSWORD). Says "ready" when listening.
 */
async function main(): Promise<void> {
  const config = { ...loadAppConfig(), seedDemo: false };
  const app = await createApp({ config, requestLog: false, logLevels: ['error'] });
  await app.listen(config.port, '127.0.0.1');
  process.send?.('ready');
}

void main();
