import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_ITEM_STATES = ['pending', 'imported', 'duplicate', 'refused'] as const;
export type ImportItemState = (typeof IMPORT_ITEM_STATES)[number];

/** One article of an import job: its line as sent, and what became of it. */
@Entity('import_items')
export class ImportItemEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'job_id', type: 'integer' }) jobId: number;
  /** Its line number in the upload (1-based), for the report. */
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) payload: string;
  @Column({ type: 'varchar', length: 16 }) state: ImportItemState;
  /** The article it became, or for a duplicate the article it repeats. */
  @Column({ name: 'article_id', type: 'integer', nullable: true }) articleId: number | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  /** Which instance took it last and when: a hint that keeps others off it while that one works (the import's own transaction decides). */
  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true }) claimedBy: string | null;
  @Column({ name: 'claimed_at', type: 'varchar', length: 32, nullable: true }) claimedAt: string | null;
  @Column({ name: 'processed_by', type: 'varchar', length: 64, nullable: true }) processedBy: string | null;
  @Column({ name: 'processed_at', type: 'varchar', length: 32, nullable: true }) processedAt: string | null;
}
