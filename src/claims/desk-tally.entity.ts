import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `openhour`: open claims by the hour they were created (scope_id: hours since the epoch), for the backlog's ages. */
export type TallyScope = 'desk' | 'article' | 'source' | 'openhour';

/**
 * Running counts of claims by status for the whole desk, each article and each source, kept in the
 * same transaction as every change that moves them. The dashboard reads a handful of indexed rows
 * instead of aggregating a million claims on every refresh (the benchmark's generated desk is
 * recounted by bench/recount-tallies.ts).
 */
@Entity('desk_tallies')
export class DeskTallyEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 }) scope: TallyScope;
  @PrimaryColumn({ name: 'scope_id', type: 'integer' }) scopeId: number;
  @Column({ type: 'integer' }) claims: number;
  @Column({ type: 'integer' }) unverified: number;
  @Column({ name: 'in_review', type: 'integer' }) inReview: number;
  @Column({ type: 'integer' }) corroborated: number;
  @Column({ type: 'integer' }) disputed: number;
  @Column({ type: 'integer' }) inconclusive: number;
  /** unverified + in_review, stored so that "most open claims" is an index scan. */
  @Column({ type: 'integer' }) open: number;
  /** Verdicts an editor has not approved yet. */
  @Column({ name: 'awaiting_approval', type: 'integer' }) awaitingApproval: number;
}
