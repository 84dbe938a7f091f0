import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('articles')
export class ArticleEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 1000 }) title: string;
  /** Lower-cased, accent-free title for text search. */
  @Column({ name: 'title_key', type: 'varchar', length: 1000 }) titleKey: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'varchar', length: 35 }) language: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) outlet: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url: string | null;
  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true }) publishedAt: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) byline: string | null;
  /** JSON array of agency names, e.g. ["AFP","dpa","AP"]. */
  @Column({ name: 'wire_agencies', type: 'text' }) wireAgencies: string;
  @Column({ name: 'content_hash', type: 'varchar', length: 64 }) contentHash: string;
  @Column({ type: 'integer' }) revision: number;
  @Column({ name: 'created_by_id', type: 'integer', nullable: true }) createdById: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
  @Column({ name: 'deleted_at', type: 'varchar', length: 32, nullable: true }) deletedAt: string | null;
}
