import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Each sign-in attempt for an email and from an address, so that guessing is slowed down on every instance alike. */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 320 }) email: string;
  /** The client's address as the service sees it (behind a trusted proxy, the forwarded one). */
  @Column({ type: 'varchar', length: 64, nullable: true }) client: string | null;
  @Column({ type: 'boolean' }) succeeded: boolean;
  /** When its password was checked; null while it is being checked (counted against the account meanwhile). */
  @Column({ name: 'checked_at', type: 'varchar', length: 32, nullable: true }) checkedAt: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}
