import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The server's key for the history (see history-chain.ts): HISTORY_KEY, or a key generated once and
 * kept in a file outside the database. Created atomically, so instances starting together on one
 * machine agree on one key.
 */
@Injectable()
export class HistoryKey {
  private readonly logger = new Logger(HistoryKey.name);
  readonly key: Buffer;

  constructor(@Inject(ConfigService) config: ConfigService) {
    const { historyKey, historyKeyFile } = config.getOrThrow<AppConfig>(APP_CONFIG);
    this.key = Buffer.from(historyKey ?? this.fromFile(resolve(historyKeyFile)), 'utf8');
  }

  private fromFile(path: string): string {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    mkdirSync(dirname(path), { recursive: true });
    const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    try {
      // link() fails if the key exists: whoever links first wins, and everyone reads the winner's key.
      linkSync(draft, path);
      this.logger.warn(`Generated the history key in ${path}: keep it with your backups and outside the database; without it the history cannot be verified.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    return readFileSync(path, 'utf8').trim();
  }
}
