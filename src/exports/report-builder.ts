import { Injectable } from '@nestjs/common';
import { ArticlesRepository } from '../articles/articles.repository';
import { ClaimsRepository } from '../claims/claims.repository';
import { NotFoundError } from '../common/problem/domain-error';
import { CLAIM_STATUSES, ClaimStatus, isVerdictStatus } from '../common/vocabulary';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { HistoryRepository } from '../history/history.repository';
import { SourcesRepository } from '../sources/sources.repository';
import { UsersRepository } from '../users/users.repository';
import { ArticleReport, REPORT_SCHEMA_VERSION, ReportClaim, ReportPerson, ReportSource } from './report.types';

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

/**
 * Reads one article with everything its report shows — claims in reading order, attributions,
 * sources with aliases and affiliations, evidence, verdicts and history — in a fixed number of
 * queries, and hands the exporters a plain model.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly articlesRepository: ArticlesRepository,
    private readonly claimsRepository: ClaimsRepository,
    private readonly evidenceRepository: EvidenceRepository,
    private readonly historyRepository: HistoryRepository,
    private readonly sourcesRepository: SourcesRepository,
    private readonly usersRepository: UsersRepository,
  ) {}

  async buildReport(articleId: number, now = new Date()): Promise<ArticleReport> {
    const article = await this.articlesRepository.findLive(articleId);
    if (!article) throw new NotFoundError('Article', articleId);
    const claims = await this.claimsRepository.liveOfArticle(articleId);
    const claimIds = claims.map((c) => c.id);
    const [byClaim, evidence, events] = await Promise.all([
      this.claimsRepository.attributionsOf(claimIds),
      this.evidenceRepository.ofClaims(claimIds),
      this.historyRepository.eventsOf(claimIds),
    ]);
    const attributions = [...byClaim.values()].flat();
    const linkedIds = evidence.map((e) => e.linkedClaimId).filter((id): id is number => id !== null);
    const linked = byId(await this.claimsRepository.findByIds(linkedIds));
    const sources = await this.loadSources([...attributions.map((a) => a.sourceId), ...evidence.map((e) => e.sourceId).filter((id): id is number => id !== null)]);
    const people = await this.loadPeople([
      ...events.map((e) => e.actorId), ...evidence.map((e) => e.createdById),
      ...claims.flatMap((c) => [c.verdictById, c.approvedById]).filter((id): id is number => id !== null),
    ]);

    const ofClaim = <T extends { claimId: number }>(rows: T[]) => {
      const byClaim = new Map<number, T[]>();
      for (const row of rows) {
        if (!byClaim.has(row.claimId)) byClaim.set(row.claimId, []);
        byClaim.get(row.claimId)!.push(row);
      }
      return (claimId: number) => byClaim.get(claimId) ?? [];
    };
    const [attributionsOf, evidenceOf, eventsOf] = [ofClaim(attributions), ofClaim(evidence), ofClaim(events)];
    const reportClaims: ReportClaim[] = claims.map((claim, index) => ({
      id: claim.id,
      number: index + 1,
      text: claim.text,
      kind: claim.kind,
      status: claim.status,
      origin: claim.origin,
      confidence: claim.confidence,
      orphaned: claim.orphaned,
      quote: { exact: claim.quoteExact, prefix: claim.quotePrefix, suffix: claim.quoteSuffix, start: claim.quoteStart, end: claim.quoteEnd },
      attributions: attributionsOf(claim.id).map((a) => ({ id: a.id, role: a.role, cue: a.cue, source: sources.get(a.sourceId)! })),
      evidence: evidenceOf(claim.id).map((e) => ({
        id: e.id, stance: e.stance, url: e.url, note: e.note,
        linkedClaim: e.linkedClaimId !== null && linked.has(e.linkedClaimId) ? { id: e.linkedClaimId, text: linked.get(e.linkedClaimId)!.text } : null,
        source: e.sourceId !== null ? sources.get(e.sourceId) ?? null : null,
        createdAt: e.createdAt, createdBy: people.get(e.createdById) ?? null,
      })),
      verdict: isVerdictStatus(claim.status) && claim.verdictAt
        ? {
            status: claim.status, rationale: claim.verdictRationale,
            reviewer: claim.verdictById !== null ? people.get(claim.verdictById) ?? null : null, givenAt: claim.verdictAt,
            approvedBy: claim.approvedById !== null ? people.get(claim.approvedById) ?? null : null, approvedAt: claim.approvedAt,
          }
        : null,
      history: eventsOf(claim.id).map((e) => ({
        id: e.id, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, createdAt: e.createdAt,
        actor: people.get(e.actorId) ?? { id: e.actorId, displayName: `user ${e.actorId}` },
      })),
    }));

    const byStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
    for (const claim of claims) byStatus[claim.status]++;
    const cited = [...new Set(attributions.map((a) => a.sourceId))].map((id) => sources.get(id)!).sort((a, b) => a.name.localeCompare(b.name));
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      generatedAt: now.toISOString(),
      article: {
        id: article.id, title: article.title, body: article.body, language: article.language, outlet: article.outlet, url: article.url,
        publishedAt: article.publishedAt, byline: article.byline, wireAgencies: JSON.parse(article.wireAgencies) as string[], revision: article.revision,
      },
      claims: reportClaims,
      sources: cited,
      summary: { total: claims.length, byStatus },
    };
  }

  private async loadSources(ids: number[]): Promise<Map<number, ReportSource>> {
    const rows = await this.sourcesRepository.findByIds(ids);
    const mapped = await this.sourcesRepository.describe(rows);
    return new Map(mapped.map(({ id, name, type, country, aliases, affiliation: a }) => [id, {
      id, name, type, country, aliases, affiliation: a && { id: a.id, name: a.name },
    }]));
  }

  private async loadPeople(ids: number[]): Promise<Map<number, ReportPerson>> {
    const names = await this.usersRepository.displayNames(ids);
    return new Map([...names].map(([id, displayName]) => [id, { id, displayName }]));
  }
}
