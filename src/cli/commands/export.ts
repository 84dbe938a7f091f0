import 'reflect-metadata';
import { writeFileSync } from 'fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadAppConfig } from '../../config/app-config';
import { appConfigModule } from '../../config/app-config.module';
import { DomainError } from '../../common/problem/domain-error';
import { DatabaseModule } from '../../database/database.module';
import { ExportsModule } from '../../exports/exports.module';
import { ExportsService } from '../../exports/exports.service';
import { EXPORT_FORMAT_NAMES, isExportFormatName } from '../../exports/formats';
import { parseArgs, UsageError } from '../usage-error';

export const exportUsage = `export ARTICLE_ID --format ${EXPORT_FORMAT_NAMES.join('|')} [--rows claims|attributions] [--out FILE]`;

/** Only what an export needs: configuration, the database and the exporters; no HTTP, no start-up seeding. */
@Module({})
class ExportCliModule {
  static register() {
    const config = loadAppConfig();
    return {
      module: ExportCliModule,
      imports: [appConfigModule(config), DatabaseModule, ExportsModule],
    };
  }
}

/** `export ARTICLE_ID --format F`: the same document as GET /api/articles/:id/export, from the database in DATABASE_URL. */
export async function runExport(args: readonly string[], out: (s: string) => void): Promise<number> {
  const { positional, options } = parseArgs(args, ['format', 'rows', 'out']);
  if (positional.length !== 1 || !/^[1-9]\d*$/.test(positional[0])) throw new UsageError(`expected one ARTICLE_ID (a positive integer)\nusage: ${exportUsage}`);
  const format = options.get('format');
  if (!isExportFormatName(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  const rows = options.get('rows') ?? 'claims';
  if (rows !== 'claims' && rows !== 'attributions') throw new UsageError('--rows must be claims or attributions');
  const app = await NestFactory.createApplicationContext(ExportCliModule.register(), { logger: false });
  try {
    const document = await app.get(ExportsService).exportArticle(Number(positional[0]), format, rows);
    const file = options.get('out');
    if (file) {
      writeFileSync(file, document.body);
      out(`wrote ${document.fileName} to ${file}`);
    } else {
      process.stdout.write(document.body);
    }
    return 0;
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message);
    throw error;
  } finally {
    await app.close();
  }
}
