#!/usr/bin/env node
import '../thread-pool';
import { auditUsage, runAudit } from './commands/audit';
import { backupUsage, runBackup } from './commands/backup';
import { exportUsage, runExport } from './commands/export';
import { extractUsage, runExtract } from './commands/extract';
import { importUsage, runImport } from './commands/import';
import { UsageError } from './usage-error';

/**
 * Claimtrack command line. A small dispatcher: each command lives in ./commands and is
 * registered here with its usage line; bad usage exits with code 2.
 */
type Command = { usage: string; run: (args: readonly string[], out: (s: string) => void) => number | Promise<number> };

const COMMANDS: Record<string, Command> = {
  extract: { usage: extractUsage, run: runExtract },
  export: { usage: exportUsage, run: runExport },
  audit: { usage: auditUsage, run: runAudit },
  import: { usage: importUsage, run: runImport },
  backup: { usage: backupUsage, run: runBackup },
};

function usage(): string {
  return ['usage: claimtrack <command> [options]', '', 'commands:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"\n${usage()}`);
    return await command.run(rest, (s) => process.stdout.write(`${s}\n`));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`claimtrack: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`claimtrack: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
