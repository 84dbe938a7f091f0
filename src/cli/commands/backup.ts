import { loadAppConfig } from '../../config/app-config';
import { backupSqlite } from '../../database/backup';
import { parseArgs, UsageError } from '../usage-error';

export const backupUsage = 'backup FILE   (a consistent copy of the SQLite database in DATABASE_URL, safe while the service runs)';

/** `backup FILE`: SQLite's VACUUM INTO, online. On PostgreSQL it says to use pg_dump instead. */
export async function runBackup(args: readonly string[], out: (s: string) => void): Promise<number> {
  const { positional } = parseArgs(args, []);
  if (positional.length !== 1) throw new UsageError(`expected one FILE\nusage: ${backupUsage}`);
  const { database, historyKey } = loadAppConfig();
  if (database.type !== 'sqlite') throw new UsageError('DATABASE_URL is PostgreSQL: back it up with pg_dump -Fc (see docs/operations.md); this command copies SQLite files');
  try {
    const { bytes } = await backupSqlite(database, positional[0]);
    out(`backed up ${database.path} to ${positional[0]} (${bytes} bytes)`);
    if (!historyKey) out('keep the history key (history.key beside the database, or HISTORY_KEY) with the backup: without it the history cannot be verified');
    return 0;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
