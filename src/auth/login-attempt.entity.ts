import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Each sign-in attempt for an email, so that guessing is slowed down on every instance alike. */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 320 }) email: string;
  @Column({ type: 'boolean' }) succeeded: boolean;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
}
