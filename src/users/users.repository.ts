import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Database } from '../database/database';
import type { WriteTx } from '../database/write-tx';
import type { Role } from '../common/vocabulary';
import { UserEntity } from './user.entity';

export type NewUser = Omit<UserEntity, 'id' | 'language' | 'timeZone'> & Partial<Pick<UserEntity, 'language' | 'timeZone'>>;

/** The only code that reads or writes the users table. */
@Injectable()
export class UsersRepository {
  constructor(private readonly db: Database) {}

  findById(id: number, tx?: WriteTx): Promise<UserEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(UserEntity).findOneBy({ id }));
  }

  /** Of these users, the ones who may sign in (they exist and are not disabled). */
  async activeAmong(ids: readonly number[]): Promise<Set<number>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const rows = await this.db.read((m) => m.getRepository(UserEntity).find({ where: { id: In(unique), disabled: false }, select: { id: true } }));
    return new Set(rows.map((u) => u.id));
  }

  /** Who a session stands for, on every request: one indexed row, no hydration. */
  async sessionUser(id: number): Promise<Pick<UserEntity, 'id' | 'role' | 'displayName' | 'disabled'> | null> {
    const [row] = await this.db.named<{ id: number; role: UserEntity['role']; display_name: string; disabled: boolean | number }>('SELECT id, role, display_name, disabled FROM users WHERE id = :id', { id });
    return row ? { id: Number(row.id), role: row.role, displayName: row.display_name, disabled: Boolean(row.disabled) } : null;
  }

  findByEmail(email: string, tx?: WriteTx): Promise<UserEntity | null> {
    return this.db.reading(tx, (m) => m.getRepository(UserEntity).findOneBy({ email }));
  }

  list(): Promise<UserEntity[]> {
    return this.db.read((m) => m.getRepository(UserEntity).find({ order: { id: 'ASC' } }));
  }

  activeWithRoles(roles: readonly Role[]): Promise<UserEntity[]> {
    return this.db.read((m) => m.getRepository(UserEntity).find({ where: { disabled: false, role: In([...roles]) }, order: { id: 'ASC' } }));
  }

  /** Display names by id, for histories, reports and the activity feed. */
  async displayNames(ids: readonly number[], tx?: WriteTx): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.reading(tx, (m) => m.getRepository(UserEntity).find({ where: { id: In(unique) }, select: { id: true, displayName: true } }));
    return new Map(rows.map((u) => [u.id, u.displayName]));
  }

  count(tx: WriteTx): Promise<number> {
    return tx.manager.getRepository(UserEntity).count();
  }

  oldestAdmin(): Promise<UserEntity | null> {
    return this.db.read((m) => m.getRepository(UserEntity).findOne({ where: { role: 'admin' }, order: { id: 'ASC' } }));
  }

  /**
   * The ids of the admins who can sign in, locked until COMMIT on PostgreSQL: two requests demoting
   * the last two admins at once then run one after the other, and the second sees the first's change.
   */
  async lockActiveAdmins(tx: WriteTx): Promise<number[]> {
    const query = tx.manager.getRepository(UserEntity).createQueryBuilder('u').select('u.id', 'id').where("u.role = 'admin' AND u.disabled = :disabled", { disabled: false }).orderBy('u.id');
    const rows = await tx.forUpdate(query).getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }

  insert(tx: WriteTx, user: NewUser): Promise<UserEntity> {
    return tx.manager.getRepository(UserEntity).save(tx.manager.getRepository(UserEntity).create(user));
  }

  async update(tx: WriteTx, id: number, changes: Partial<NewUser>): Promise<void> {
    await tx.manager.getRepository(UserEntity).update({ id }, changes);
  }
}
