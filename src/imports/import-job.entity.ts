import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_JOB_STATES = ['queued', 'running', 'done'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** A bulk import running in the background: its items are the articles, each imported in its own transaction. */
@Entity('import_jobs')
export class ImportJobEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 16 }) state: ImportJobState;
  /** Where the articles came from: `api`, or the uploaded file's name. */
  @Column({ type: 'varchar', length: 300 }) origin: string;
  @Column({ type: 'integer', default: 0 }) total: number;
  @Column({ name: 'created_by_id', type: 'integer', nullable: true }) createdById: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'started_at', type: 'varchar', length: 32, nullable: true }) startedAt: string | null;
  @Column({ name: 'finished_at', type: 'varchar', length: 32, nullable: true }) finishedAt: string | null;
}
