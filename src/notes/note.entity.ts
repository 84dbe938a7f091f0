import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A comment in a claim's discussion thread on the desk; `mentions`: JSON array of the user ids it @mentions. */
@Entity('notes')
export class NoteEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'claim_id', type: 'integer' }) claimId: number;
  @Column({ name: 'author_id', type: 'integer' }) authorId: number;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) mentions: string;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}
