import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { claimListStatement } from '../src/claims/claims.repository';
import { claimFromRow } from '../src/claims/claim.mapper';
import { loadAppConfig } from '../src/config/app-config';
import { appConfigModule } from '../src/config/app-config.module';
import { Database } from '../src/database/database';
import { runNamed } from '../src/database/named-sql';
import { DatabaseModule } from '../src/database/database.module';
import { DeskExport } from '../src/exports/desk-export';
import { ExportsModule } from '../src/exports/exports.module';
import { claimCsvHeader, claimCsvLine } from '../src/exports/formats/desk-stream';

/**
 * One export in a fresh process, so that its peak resident memory is its own:
 * `node export-memory-child.js FILE streamed|in-memory`; prints {"idleRssMb" (loaded, before the export), "maxRssMb", "bytes"}.
 */
async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2);
  const config = { ...loadAppConfig({}), database: { type: 'sqlite' as const, path: file } };
  @Module({ imports: [appConfigModule(config), DatabaseModule, ExportsModule] })
  class ExportChildModule {}
  const app = await NestFactory.createApplicationContext(ExportChildModule, { logger: false });
  const idleRssMb = Math.round(process.memoryUsage().rss / 1048576);
  let bytes = 0;
  if (mode === 'streamed') {
    const out = createWriteStream('/dev/null');
    const stream = app.get(DeskExport).stream({}, 'csv');
    stream.on('data', (chunk: Buffer | string) => (bytes += Buffer.byteLength(chunk)));
    await pipeline(stream, out);
  } else {
    // The naive way: every claim loaded, then one string built and written.
    const { claims, attributionRows } = await app.get(Database).read(async (m) => ({
      claims: (await runNamed<Record<string, unknown>>(m, 'sqlite', claimListStatement({}, null, 10_000_000).text, claimListStatement({}, null, 10_000_000).params)).map(claimFromRow),
      attributionRows: (await m.query('SELECT a.claim_id AS "claimId", s.name AS name FROM attributions a JOIN sources s ON s.id = a.source_id')) as { claimId: number; name: string }[],
    }));
    const names = new Map<number, string[]>();
    for (const row of attributionRows) {
      const list = names.get(row.claimId);
      if (list) list.push(row.name);
      else names.set(row.claimId, [row.name]);
    }
    let csv = claimCsvHeader();
    for (const claim of claims) {
      csv += claimCsvLine({
        id: claim.id, articleId: claim.articleId, articleTitle: '', text: claim.text, kind: claim.kind, status: claim.status, origin: claim.origin,
        exact: claim.quoteExact, start: claim.quoteStart, end: claim.quoteEnd, sources: (names.get(claim.id) ?? []).join('; '),
        assigneeId: claim.assigneeId, updatedAt: claim.updatedAt,
      });
    }
    bytes = Buffer.byteLength(csv);
  }
  await app.close();
  console.log(JSON.stringify({ idleRssMb, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes }));
}

void main();
