import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '../../audit/audit.module';
import { AuditService } from '../../audit/audit.service';
import { loadAppConfig } from '../../config/app-config';
import { appConfigModule } from '../../config/app-config.module';
import { DatabaseModule } from '../../database/database.module';
import { parseArgs, UsageError } from '../usage-error';

export const auditUsage = 'audit verify [--json] | audit head';

/** Only what verification needs: configuration (DATABASE_URL, HISTORY_KEY or its file), the database and the ledger. */
@Module({})
class AuditCliModule {
  static register() {
    return { module: AuditCliModule, imports: [appConfigModule(loadAppConfig()), DatabaseModule, AuditModule] };
  }
}

/**
 * `audit verify`: the same verification as GET /api/audit/verify, offline against DATABASE_URL; exits
 * 1 when anything is broken. `audit head`: the current head, to publish or notarise.
 */
export async function runAudit(args: readonly string[], out: (s: string) => void): Promise<number> {
  const json = args.includes('--json');
  const { positional } = parseArgs(args.filter((a) => a !== '--json'), []);
  const [what] = positional;
  if (positional.length !== 1 || (what !== 'verify' && what !== 'head')) throw new UsageError(`expected verify or head\nusage: ${auditUsage}`);
  const app = await NestFactory.createApplicationContext(AuditCliModule.register(), { logger: ['error', 'warn'] });
  try {
    const audit = app.get(AuditService);
    if (what === 'head') {
      out(JSON.stringify(await audit.head()));
      return 0;
    }
    const result = await audit.verify();
    if (json) out(JSON.stringify(result, null, 2));
    else {
      out(`${result.ok ? 'ok' : 'BROKEN'}: ${result.events} events, ${result.claims} claims checked`);
      for (const link of result.broken) out(`  claim ${link.claimId ?? '–'} event ${link.eventId ?? '–'}: ${link.reason}`);
      if (result.brokenCount > result.broken.length) out(`  … ${result.brokenCount - result.broken.length} more`);
    }
    return result.ok ? 0 : 1;
  } finally {
    await app.close();
  }
}
