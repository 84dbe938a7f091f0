import { EntityManager } from 'typeorm';
import { ClaimEntity } from '../claims/claim.entity';
import { ReviewEventEntity } from '../review/review-event.entity';
import { UserEntity } from '../users/user.entity';
import { deskTallyQuery } from './stats-queries';

/**
 * The dashboard's history figures, computed by the database from review_events (append-only, one
 * event per change). Timestamps are ISO strings, so a day is their first ten characters and a time
 * range is a text comparison on the created_at index: the same SQL on SQLite and PostgreSQL.
 */
export function latestEventsQuery(manager: EntityManager, limit: number) {
  return manager
    .getRepository(ReviewEventEntity)
    .createQueryBuilder('e')
    .leftJoin(ClaimEntity, 'c', 'c.id = e.claim_id')
    .leftJoin(UserEntity, 'u', 'u.id = e.actor_id')
    .select([
      'e.id AS id', 'e.action AS action', 'e.claim_id AS "claimId"', 'c.article_id AS "articleId"', 'c.text AS "claimText"',
      'e.actor_id AS "actorId"', 'u.display_name AS "actorName"', 'e.from_status AS "fromStatus"', 'e.to_status AS "toStatus"',
      'e.note AS note', 'e.created_at AS "createdAt"',
    ])
    .orderBy('e.id', 'DESC')
    .limit(limit);
}

/** Claims opened (created) and resolved (given a verdict) per UTC day since `since` (an ISO date). */
export function flowQuery(manager: EntityManager, since: string) {
  return manager
    .getRepository(ReviewEventEntity)
    .createQueryBuilder('e')
    .select('substr(e.created_at, 1, 10)', 'day')
    .addSelect("SUM(CASE WHEN e.action = 'created' THEN 1 ELSE 0 END)", 'opened')
    .addSelect("SUM(CASE WHEN e.action = 'verdict' THEN 1 ELSE 0 END)", 'resolved')
    .where('e.created_at >= :since', { since })
    .andWhere("e.action IN ('created', 'verdict')")
    .groupBy('substr(e.created_at, 1, 10)');
}

/**
 * The desk's version: the newest review event (every claim change writes one) and the desk tally
 * (which also moves when claims leave with a deleted article). Two primary-key lookups, cheap enough
 * to ask every second; because it lives in the database, every instance sees every other's changes.
 */
export async function deskVersion(manager: EntityManager): Promise<string> {
  const [event, tally] = await Promise.all([
    manager.getRepository(ReviewEventEntity).createQueryBuilder('e').select('MAX(e.id)', 'id').getRawOne<{ id: number | null }>(),
    deskTallyQuery(manager).getOne(),
  ]);
  const counts = tally ? [tally.claims, tally.unverified, tally.inReview, tally.corroborated, tally.disputed, tally.inconclusive, tally.awaitingApproval] : [];
  return [event?.id ?? 0, ...counts].join('.');
}
