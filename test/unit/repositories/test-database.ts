import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, loadAppConfig } from '../../../src/config/app-config';
import { Database } from '../../../src/database/database';

/** A real SQLite file with every migration applied, for one repository suite; removed afterwards. */
export async function openTestDatabase(): Promise<{ db: Database; config: ConfigService; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrack-repo-'));
  const database = { type: 'sqlite' as const, path: join(dir, 'desk.sqlite') };
  const db = await Database.open(database);
  const config = new ConfigService({ [APP_CONFIG]: { ...loadAppConfig({}), database, historyKey: null, historyKeyFile: join(dir, 'history.key') } });
  return { db, config, close: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
}
