import './thread-pool';
import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadAppConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApp({ config });
  await app.listen(config.port, '0.0.0.0');
}

void main();
