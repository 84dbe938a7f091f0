import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role, UserLanguage } from '../common/vocabulary';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 320 }) email: string;
  @Column({ name: 'display_name', type: 'varchar', length: 200 }) displayName: string;
  @Column({ type: 'varchar', length: 16 }) role: Role;
  @Column({ name: 'password_hash', type: 'varchar', length: 256 }) passwordHash: string;
  @Column({ type: 'boolean', default: false }) disabled: boolean;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  /** The desk's language for this user (`de`, `en`); null: the browser's Accept-Language decides. */
  @Column({ type: 'varchar', length: 8, nullable: true }) language: UserLanguage | null;
  /** IANA time zone the desk shows times in; null: the browser's own. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true }) timeZone: string | null;
}
