import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every body an article ever had, so that an anchor can always be traced to the words it was made on. */
@Entity('article_revisions')
export class ArticleRevisionEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'article_id', type: 'integer' }) articleId: number;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'content_hash', type: 'varchar', length: 64 }) contentHash: string;
  @Column({ name: 'created_by_id', type: 'integer', nullable: true }) createdById: number | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}
