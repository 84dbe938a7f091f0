import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { claimListQuery } from '../src/claims/claim-queries';
import { claimFromRow } from '../src/claims/claim.mapper';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { LongReads } from '../src/database/long-reads';
import { DeskExport } from '../src/exports/desk-export';
import { claimCsvHeader, claimCsvLine } from '../src/exports/formats/desk-stream';

/**
 * One export in a fresh process, so that its peak resident memory is its own:
 * `node export-memory-child.js FILE streamed|in-memory`; prints {"idleRssMb" (loaded, before the export), "maxRssMb", "bytes"}.
 */
async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2);
  const dataSource = new DataSource({ ...buildDataSourceOptions({ type: 'sqlite', path: file }), migrationsRun: false });
  await dataSource.initialize();
  const idleRssMb = Math.round(process.memoryUsage().rss / 1048576);
  let bytes = 0;
  if (mode === 'streamed') {
    const out = createWriteStream('/dev/null');
    const stream = new DeskExport(new LongReads(dataSource)).stream({}, 'csv');
    stream.on('data', (chunk: Buffer | string) => (bytes += Buffer.byteLength(chunk)));
    await pipeline(stream, out);
  } else {
    // The naive way: every claim loaded, then one string built and written.
    const rows = await claimListQuery(dataSource.manager, {}, null, 10_000_000).getRawMany<Record<string, unknown>>();
    const claims = rows.map(claimFromRow);
    const names = new Map<number, string[]>();
    const attributionRows: { claimId: number; name: string }[] = await dataSource.query('SELECT a.claim_id AS "claimId", s.name AS name FROM attributions a JOIN sources s ON s.id = a.source_id');
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
  await dataSource.destroy();
  console.log(JSON.stringify({ idleRssMb, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes }));
}

void main();
