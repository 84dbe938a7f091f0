import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Bearer tokens are stored only as their SHA-256 hash: a leaked database does not leak sessions. */
@Entity('auth_tokens')
export class AuthTokenEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ name: 'user_id', type: 'integer' }) userId: number;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'expires_at', type: 'varchar', length: 32 }) expiresAt: string;
  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true }) revokedAt: string | null;
}
