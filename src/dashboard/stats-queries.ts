import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { OPEN_STATUSES } from '../common/vocabulary';
import { SourceEntity } from '../sources/source.entity';
import { DeskTallyEntity } from './desk-tally.entity';

/**
 * The dashboard's SQL, one builder per figure. Exported so that the benchmark's bare baseline runs
 * exactly these statements. Counts come from the running tallies; only the backlog's age needs the
 * claims, through the (status, created_at) index.
 */
export const TOP = 20;
const COUNTED = ['t.claims AS claims', 't.open AS open', 't.corroborated AS corroborated', 't.disputed AS disputed', 't.inconclusive AS inconclusive'];

export function deskTallyQuery(manager: EntityManager): SelectQueryBuilder<DeskTallyEntity> {
  return manager.getRepository(DeskTallyEntity).createQueryBuilder('t').where("t.scope = 'desk' AND t.scope_id = 0");
}

export function topSourcesQuery(manager: EntityManager): SelectQueryBuilder<DeskTallyEntity> {
  return manager
    .getRepository(DeskTallyEntity)
    .createQueryBuilder('t')
    .innerJoin(SourceEntity, 's', 's.id = t.scope_id')
    .select(['s.id AS id', 's.name AS name', 's.type AS type', ...COUNTED])
    .where("t.scope = 'source' AND t.claims > 0")
    .orderBy('t.claims', 'DESC')
    .addOrderBy('t.scope_id', 'ASC')
    .limit(TOP);
}

export function topArticlesQuery(manager: EntityManager): SelectQueryBuilder<DeskTallyEntity> {
  return manager
    .getRepository(DeskTallyEntity)
    .createQueryBuilder('t')
    .innerJoin(ArticleEntity, 'ar', 'ar.id = t.scope_id')
    .select(['ar.id AS id', 'ar.title AS title', ...COUNTED])
    .where("t.scope = 'article' AND t.claims > 0 AND ar.deleted_at IS NULL")
    .orderBy('t.open', 'DESC')
    .addOrderBy('t.scope_id', 'DESC')
    .limit(TOP);
}

/** Open claims by age bucket; `now` fixes the bucket edges as ISO strings (timestamps compare as text). */
export function backlogQuery(manager: EntityManager, now: Date): SelectQueryBuilder<ClaimEntity> {
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  return manager
    .getRepository(ClaimEntity)
    .createQueryBuilder('c')
    .select('COUNT(*)', 'open')
    .addSelect('MIN(c.created_at)', 'oldest')
    .addSelect('SUM(CASE WHEN c.created_at >= :day THEN 1 ELSE 0 END)', 'under1')
    .addSelect('SUM(CASE WHEN c.created_at < :day AND c.created_at >= :week THEN 1 ELSE 0 END)', 'under7')
    .addSelect('SUM(CASE WHEN c.created_at < :week AND c.created_at >= :month THEN 1 ELSE 0 END)', 'under30')
    .addSelect('SUM(CASE WHEN c.created_at < :month THEN 1 ELSE 0 END)', 'over30')
    .where('c.status IN (:...open)', { open: OPEN_STATUSES })
    .setParameters({ day: ago(24), week: ago(24 * 7), month: ago(24 * 30) });
}
