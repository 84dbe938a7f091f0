import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import type { CreateArticleDto } from '../../articles/article.dto';
import { ArticlesModule } from '../../articles/articles.module';
import { ArticlesService } from '../../articles/articles.service';
import { loadAppConfig } from '../../config/app-config';
import { appConfigModule } from '../../config/app-config.module';
import { DatabaseModule } from '../../database/database.module';
import { articleFromText, checkArticle, parseArticleLine, splitJsonLines } from '../../imports/import-input';
import { importOne } from '../../imports/import-outcome';
import { UsersModule } from '../../users/users.module';
import { UsersService } from '../../users/users.service';
import { parseArgs, UsageError } from '../usage-error';

export const importUsage = 'import PATH|- [--as EMAIL] [--concurrency N]   (.txt file, folder of .txt, .jsonl file, or JSON Lines on standard input)';

/** Only what importing needs: configuration, the database, users and the articles feature (with its extractor); no HTTP, no background workers. */
@Module({})
class ImportCliModule {
  static register() {
    return { module: ImportCliModule, imports: [appConfigModule({ ...loadAppConfig(), seedDemo: false }), DatabaseModule, UsersModule, ArticlesModule] };
  }
}

/** One article to import, or why the input is not one, with where it came from. */
interface Unit {
  where: string;
  article?: CreateArticleDto;
  reason?: string;
}

/** The inputs in a stable order (so a rerun after an interruption walks them the same way). */
async function* unitsOf(path: string, stdin: () => Promise<string>): AsyncGenerator<Unit> {
  if (path === '-') {
    for (const line of splitJsonLines(await stdin())) yield { where: `stdin:${line.position}`, ...(await parseArticleLine(line.text)) };
    return;
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const files = stat.isDirectory() ? readdirSync(path).filter((name) => /\.(txt|jsonl|ndjson)$/i.test(name)).sort().map((name) => join(path, name)) : [path];
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    if (/\.(jsonl|ndjson)$/i.test(file)) {
      for (const line of splitJsonLines(content)) yield { where: `${basename(file)}:${line.position}`, ...(await parseArticleLine(line.text)) };
    } else if (extname(file).toLowerCase() === '.txt' || !stat.isDirectory()) {
      const text = articleFromText(content);
      yield { where: basename(file), ...('reason' in text ? text : await checkArticle(text)) };
    }
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text)).on('error', reject);
  });
}

/** Progress on a terminal: a bar with count, rate and ETA (cli-progress); elsewhere a plain line every few seconds. */
function progressReporter(total: number, err: NodeJS.WriteStream): { tick: (done: number, imported: number) => void; stop: () => void } {
  const started = Date.now();
  if (err.isTTY) {
    const bar = new SingleBar({ format: 'importing [{bar}] {value}/{total} articles · {rate}/s · ETA {eta_formatted}', stream: err, hideCursor: true, etaBuffer: 200 });
    bar.start(total, 0, { rate: '0' });
    return {
      tick: (done) => bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    tick: (done, imported) => {
      if (Date.now() - last < 2000 && done !== total) return;
      last = Date.now();
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      err.write(`import: ${done}/${total} processed, ${imported} imported, ${rate.toFixed(0)}/s, ETA ${eta} s\n`);
    },
    stop: () => undefined,
  };
}

/**
 * `import PATH`: articles from a .txt file (title on the first line), a folder of them, a JSON Lines
 * file (the API's fields) or `-` (JSON Lines on standard input), each imported in its own
 * transaction with its extracted claims. Idempotent: a body already on the desk is reported and
 * skipped, so a run that was interrupted is resumed by running it again. Exit code 0 when nothing
 * was refused, 1 when something was (the summary lists why), 2 for bad usage.
 */
export async function runImport(args: readonly string[], out: (s: string) => void): Promise<number> {
  const { positional, options } = parseArgs(args, ['as', 'concurrency']);
  if (positional.length !== 1) throw new UsageError(`expected one PATH (or - for standard input)\nusage: ${importUsage}`);
  const concurrency = Number(options.get('concurrency') ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new UsageError('--concurrency must be an integer from 1 to 32');
  const units: Unit[] = [];
  for await (const unit of unitsOf(positional[0], readStdin)) units.push(unit);

  const app = await NestFactory.createApplicationContext(ImportCliModule.register(), { logger: ['error', 'warn'] });
  try {
    const users = app.get(UsersService);
    const email = options.get('as');
    const person = email ? (await users.list()).find((u) => u.email === email.toLowerCase()) : await users.oldestAdmin();
    if (!person) throw new UsageError(`no user ${email}`);
    const actor = { id: person.id, role: person.role, displayName: person.displayName };
    const articles = app.get(ArticlesService);
    const summary = { imported: 0, duplicates: 0, refused: [] as { where: string; reason: string }[], claims: 0 };
    const progress = progressReporter(units.length, process.stderr);
    let next = 0;
    let done = 0;
    const lanes = Array.from({ length: Math.min(concurrency, units.length) }, async () => {
      while (next < units.length) {
        const unit = units[next++];
        const outcome = unit.article ? await importOne(articles, unit.article, actor) : { outcome: 'refused' as const, reason: unit.reason ?? 'not an article' };
        if (outcome.outcome === 'imported') {
          summary.imported++;
          summary.claims += outcome.claims;
        } else if (outcome.outcome === 'duplicate') summary.duplicates++;
        else summary.refused.push({ where: unit.where, reason: outcome.reason });
        progress.tick(++done, summary.imported);
      }
    });
    await Promise.all(lanes);
    progress.stop();
    out(`imported: ${summary.imported} (${summary.claims} claims extracted)`);
    out(`duplicates (already on the desk, skipped): ${summary.duplicates}`);
    out(`refused: ${summary.refused.length}`);
    for (const refusal of summary.refused) out(`  ${refusal.where}: ${refusal.reason}`);
    return summary.refused.length > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}
