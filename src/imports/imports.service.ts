import { Injectable } from '@nestjs/common';
import { extractFrom } from '../articles/article-extraction';
import { ArticlesService } from '../articles/articles.service';
import { decodeCursor, Page, toPage } from '../common/pagination/cursor';
import { BadRequestError, NotFoundError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import type { Actor } from '../common/vocabulary';
import { Database } from '../database/database';
import { detectLanguage } from '../extraction';
import { Meters } from '../metrics/meters';
import type { ImportJobCreatedDto, ImportJobDto, ImportPreviewDto, ListImportsQueryDto, PreviewArticleDto } from './import.dto';
import type { ImportJobEntity } from './import-job.entity';
import type { ImportLine } from './import-input';
import { ImportWorker } from './import-worker';
import { ImportsRepository, ItemCounts } from './imports.repository';

/** At most this many articles in one upload: a bigger archive is several jobs (or the command line). */
export const MAX_IMPORT_ARTICLES = 100_000;
const REPORT_LINES = 500;

function mapJob(job: ImportJobEntity, counts: ItemCounts): ImportJobDto {
  return {
    id: job.id, state: job.state, origin: job.origin, total: job.total,
    done: counts.imported + counts.duplicate + counts.refused, imported: counts.imported, duplicates: counts.duplicate, refused: counts.refused,
    createdAt: job.createdAt, startedAt: job.startedAt, finishedAt: job.finishedAt,
  };
}

/** Bulk imports through the API: a job per upload, its articles imported in the background by ImportWorker. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly db: Database,
    private readonly imports: ImportsRepository,
    private readonly worker: ImportWorker,
    private readonly articles: ArticlesService,
    meters: Meters,
  ) {
    meters.gaugeFromDatabase('claimtrack_import_jobs', 'Import jobs by state (queued, running, done)', ['state'], async () =>
      (await this.imports.jobsByState()).map((row) => ({ labels: { state: row.state }, value: row.n })));
  }

  /** Stores the upload's lines as the job's items, in one transaction, and wakes the worker. Lines are checked as they are imported. */
  async createJob(lines: ImportLine[], origin: string, actor: Actor): Promise<ImportJobCreatedDto> {
    if (lines.length === 0) throw new BadRequestError('The upload holds no articles: send one JSON object per line (JSON Lines).', { errors: [{ path: 'body', message: 'no non-blank lines' }] });
    if (lines.length > MAX_IMPORT_ARTICLES) throw new BadRequestError(`One import takes at most ${MAX_IMPORT_ARTICLES} articles; this upload has ${lines.length}. Split it.`);
    const job = await this.db.write(async (tx) => {
      const job = await this.imports.insertJob(tx, { state: 'queued', origin: origin.slice(0, 300), total: lines.length, createdById: actor.id, createdAt: isoNow(), startedAt: null, finishedAt: null });
      await this.imports.insertItems(tx, job.id, lines.map((line) => ({ position: line.position, payload: line.text })));
      return job;
    });
    this.worker.kick();
    return { id: job.id, state: job.state, total: job.total };
  }

  async getJob(id: number, withReport = true): Promise<ImportJobDto> {
    const job = await this.imports.findJob(id);
    if (!job) throw new NotFoundError('Import', id);
    const dto = mapJob(job, (await this.imports.counts([id])).get(id)!);
    if (!withReport) return dto;
    const report = await this.imports.notImported(id, REPORT_LINES);
    return { ...dto, report: report.map((item) => ({ line: item.position, outcome: item.state as 'duplicate' | 'refused', articleId: item.articleId, reason: item.reason })) };
  }

  async listJobs(query: ListImportsQueryDto): Promise<Page<ImportJobDto>> {
    const limit = query.limit ?? 20;
    const jobs = await this.imports.listJobs({ state: query.state, afterId: decodeCursor(query.cursor), rows: limit + 1 });
    const counts = await this.imports.counts(jobs.slice(0, limit).map((job) => job.id));
    return toPage(jobs, limit, (job) => mapJob(job, counts.get(job.id)!));
  }

  /** What an import of this text would put on the desk, without saving anything: the desk's "Preview". */
  async preview(input: PreviewArticleDto): Promise<ImportPreviewDto> {
    const detectedLanguage = detectLanguage(input.body);
    const language = input.language ?? detectedLanguage;
    const result = extractFrom({ body: input.body, language, title: input.title ?? '' });
    const duplicate = await this.articles.duplicateOf(input.body);
    return {
      language,
      detectedLanguage,
      claims: result.claims.map((claim) => ({
        text: claim.text, kind: claim.kind, start: claim.quote.start, end: claim.quote.end, exact: claim.quote.exact, hedged: claim.hedged,
        attributions: claim.attributions.map((a) => ({ role: a.role, cue: a.cue, sourceName: a.source.name, sourceType: a.source.type })),
      })),
      duplicateOf: duplicate ? { id: duplicate.id, title: duplicate.title, url: `/articles/${duplicate.id}` } : null,
      headline: result.headline ? { statesAsFact: result.headline.statesAsFact, note: result.headline.note } : null,
    };
  }
}
