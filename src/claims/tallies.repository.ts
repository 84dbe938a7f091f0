import { Injectable } from '@nestjs/common';
import type { ClaimStatus } from '../common/vocabulary';
import { OPEN_STATUSES } from '../common/vocabulary';
import { Database } from '../database/database';
import { runNamed } from '../database/named-sql';
import type { WriteTx } from '../database/write-tx';
import { DeskTallyEntity, TallyScope } from './desk-tally.entity';

/** What a claim contributes to the tallies it is counted in. */
export interface TallyContribution {
  status: ClaimStatus;
  awaitingApproval: boolean;
  /** ISO 8601: where the claim sits in the backlog's age while it is open. */
  createdAt: string;
}

export type CountedProperty = 'claims' | 'unverified' | 'inReview' | 'corroborated' | 'disputed' | 'inconclusive' | 'open' | 'awaitingApproval';
type Deltas = Partial<Record<CountedProperty, number>>;

const STATUS_PROPERTY: Record<ClaimStatus, CountedProperty> = {
  unverified: 'unverified', in_review: 'inReview', corroborated: 'corroborated', disputed: 'disputed', inconclusive: 'inconclusive',
};
const COUNTED: CountedProperty[] = ['claims', 'unverified', 'inReview', 'corroborated', 'disputed', 'inconclusive', 'open', 'awaitingApproval'];
export const TALLY_COLUMN: Record<CountedProperty, string> = {
  claims: 'claims', unverified: 'unverified', inReview: 'in_review', corroborated: 'corroborated', disputed: 'disputed',
  inconclusive: 'inconclusive', open: 'open', awaitingApproval: 'awaiting_approval',
};

export const contributionOf = (claim: { status: ClaimStatus; verdictAt: string | null; approvedAt: string | null; createdAt: string }): TallyContribution => ({
  status: claim.status,
  awaitingApproval: claim.verdictAt !== null && claim.approvedAt === null,
  createdAt: claim.createdAt,
});

/** The hour (since the epoch) a claim was created in: the backlog's ages are counted per hour. */
export const hourOf = (iso: string): number => Math.floor(Date.parse(iso) / 3_600_000);

const isOpen = (status: ClaimStatus) => OPEN_STATUSES.includes(status);

/** Where a claim is counted: the desk, its article, each source it cites (once per claim), and while open its creation hour. */
export interface ClaimPlace {
  articleId: number;
  sourceIds: readonly number[];
}

const PENDING = Symbol('pending tally deltas');
type Pending = Map<string, { scope: TallyScope; scopeId: number; deltas: Deltas }>;

/**
 * The only code that reads or writes desk_tallies: running counts of claims (see DeskTallyEntity),
 * kept in step with every claim write. Changes are added up for the whole transaction and written once before COMMIT, as relative updates
 * (count = count + n) in a fixed order of rows, so concurrent writers never overwrite each other's
 * counts and never deadlock over them.
 */
@Injectable()
export class TalliesRepository {
  constructor(private readonly db: Database) {}

  /** A claim arrives on the desk, or leaves it (its article deleted), as it stands. */
  claimCounted(tx: WriteTx, place: ClaimPlace, contribution: TallyContribution, sign: 1 | -1): void {
    const deltas = deltasOf(contribution, sign);
    this.add(tx, 'desk', 0, deltas);
    this.add(tx, 'article', place.articleId, deltas);
    for (const sourceId of new Set(place.sourceIds)) this.add(tx, 'source', sourceId, deltas);
    if (isOpen(contribution.status)) this.add(tx, 'openhour', hourOf(contribution.createdAt), { open: sign });
  }

  /** A claim's status or approval changed: taken out as it was, counted in as it is. */
  claimChanged(tx: WriteTx, place: ClaimPlace, before: TallyContribution, after: TallyContribution): void {
    this.claimCounted(tx, place, before, -1);
    this.claimCounted(tx, place, after, 1);
  }

  /** A claim starts (1) or stops (-1) citing a source. */
  sourceCited(tx: WriteTx, sourceId: number, contribution: TallyContribution, sign: 1 | -1): void {
    this.add(tx, 'source', sourceId, deltasOf(contribution, sign));
  }

  private add(tx: WriteTx, scope: TallyScope, scopeId: number, deltas: Deltas): void {
    const pending = tx.scoped<Pending>(PENDING, () => {
      const created: Pending = new Map();
      tx.beforeCommit('tallies', () => this.flush(tx, created));
      return created;
    });
    const key = `${scope}:${scopeId}`;
    const entry = pending.get(key) ?? { scope, scopeId, deltas: {} };
    for (const [property, delta] of Object.entries(deltas) as [CountedProperty, number][]) entry.deltas[property] = (entry.deltas[property] ?? 0) + delta;
    pending.set(key, entry);
  }

  /** One statement for every row the transaction moved: insert it with the deltas, or add them to the row there. */
  private async flush(tx: WriteTx, pending: Pending): Promise<void> {
    const rows = [...pending.values()]
      .filter(({ deltas }) => Object.values(deltas).some((delta) => delta !== 0))
      .sort((a, b) => a.scope.localeCompare(b.scope) || a.scopeId - b.scopeId);
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const params: Record<string, unknown> = {};
      const values = chunk.map(({ scope, scopeId, deltas }, n) => {
        params[`s${n}`] = scope;
        params[`i${n}`] = scopeId;
        return `(:s${n}, :i${n}, ${COUNTED.map((property) => Math.trunc(deltas[property] ?? 0)).join(', ')})`;
      });
      await runNamed(tx.manager, tx.dialect, `INSERT INTO desk_tallies (scope, scope_id, ${COUNTED.map((p) => TALLY_COLUMN[p]).join(', ')}) VALUES ${values.join(', ')}
        ON CONFLICT (scope, scope_id) DO UPDATE SET ${COUNTED.map((p) => `${TALLY_COLUMN[p]} = desk_tallies.${TALLY_COLUMN[p]} + excluded.${TALLY_COLUMN[p]}`).join(', ')}`, params);
    }
  }

  desk(): Promise<DeskTallyEntity | null> {
    return this.db.read((m) => m.getRepository(DeskTallyEntity).findOneBy({ scope: 'desk', scopeId: 0 }));
  }

  /** Tallies of some articles or sources, by id. */
  async of(scope: 'article' | 'source', ids: readonly number[]): Promise<Map<number, DeskTallyEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.read((m) => m.getRepository(DeskTallyEntity).createQueryBuilder('t').where('t.scope = :scope AND t.scope_id IN (:...ids)', { scope, ids: [...new Set(ids)] }).getMany());
    return new Map(rows.map((row) => [row.scopeId, row]));
  }

  /** The most cited sources, or the articles with the most open claims. */
  top(scope: 'article' | 'source', limit: number): Promise<DeskTallyEntity[]> {
    const order = scope === 'source' ? 't.claims' : 't.open';
    return this.db.read((m) => m.getRepository(DeskTallyEntity).createQueryBuilder('t')
      .where('t.scope = :scope AND t.claims > 0', { scope })
      .orderBy(order, 'DESC').addOrderBy('t.scope_id', scope === 'source' ? 'ASC' : 'DESC')
      .limit(limit)
      .getMany());
  }

  /** Open claims per creation hour (only hours that have some). */
  async openHours(): Promise<{ hour: number; open: number }[]> {
    const rows = await this.db.named<{ scope_id: number; open: number }>("SELECT scope_id, open FROM desk_tallies WHERE scope = 'openhour' AND open > 0 ORDER BY scope_id", {});
    return rows.map((row) => ({ hour: Number(row.scope_id), open: Number(row.open) }));
  }
}

function deltasOf(contribution: TallyContribution, sign: 1 | -1): Deltas {
  const deltas: Deltas = { claims: sign, [STATUS_PROPERTY[contribution.status]]: sign };
  if (isOpen(contribution.status)) deltas.open = sign;
  if (contribution.awaitingApproval) deltas.awaitingApproval = sign;
  return deltas;
}
