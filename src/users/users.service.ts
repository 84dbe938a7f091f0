import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BadRequestError, ConflictError, NotFoundError, RuleViolationError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { Database } from '../database/database';
import { TransactionEvents } from '../database/tx-events';
import type { WriteTx } from '../database/write-tx';
import { hashPassword } from './password';
import { ASSIGNABLE_ROLES, CreateUserDto, isTimeZone, UpdateMySettingsDto, UpdateUserDto } from './user.dto';
import { UserEntity } from './user.entity';
import { UserAccessChanged } from './user-events';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);
  private readonly config: AppConfig;
  private firstAdmin?: Promise<void>;

  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly events: TransactionEvents,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.ensureFirstAdmin();
  }

  /** A fresh install has no one who could create users: make the first admin (once, however often asked). */
  ensureFirstAdmin(): Promise<void> {
    this.firstAdmin ??= this.createFirstAdmin();
    return this.firstAdmin;
  }

  /** The account the demo import and other system work are recorded under. */
  async oldestAdmin(): Promise<UserEntity> {
    await this.ensureFirstAdmin();
    const admin = await this.users.oldestAdmin();
    if (!admin) throw new Error('No admin exists');
    return admin;
  }

  private async createFirstAdmin(): Promise<void> {
    const email = this.config.adminEmail ?? 'admin@claimtrack.local';
    const generated = !this.config.adminPassword;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(password);
    const created = await this.db.write(async (tx) => {
      // Instances starting together on one PostgreSQL: one makes the admin, the others then see it.
      await tx.lock('first-admin', 'exclusive');
      if ((await this.users.count(tx)) > 0) return false;
      await this.insert(tx, { email, role: 'admin', displayName: 'Administrator' }, passwordHash);
      return true;
    }).catch((error: unknown) => {
      if (error instanceof ConflictError) return false; // another instance created it first
      throw error;
    });
    if (!created) return;
    if (generated) this.logger.warn(`Created the first admin ${email} with password ${password} — shown once; change it.`);
    else this.logger.log(`Created the first admin ${email} from ADMIN_EMAIL/ADMIN_PASSWORD`);
  }

  async create(input: CreateUserDto): Promise<UserEntity> {
    // Hashing takes tens of milliseconds: done before the transaction, so the writer never waits for it.
    const passwordHash = await hashPassword(input.password);
    return this.db.write((tx) => this.insert(tx, input, passwordHash));
  }

  private async insert(tx: WriteTx, input: Pick<CreateUserDto, 'email' | 'role' | 'displayName'>, passwordHash: string): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.findByEmail(email, tx)) throw new ConflictError(`A user with the email ${email} already exists.`);
    return this.users.insert(tx, { email, displayName: input.displayName.trim(), role: input.role, passwordHash, disabled: false, createdAt: isoNow(), language: null, timeZone: null });
  }

  list(): Promise<UserEntity[]> {
    return this.users.list();
  }

  /** The people a claim can be assigned to: active checkers, editors and admins, by name. */
  async assignable(): Promise<UserEntity[]> {
    const people = await this.users.activeWithRoles(ASSIGNABLE_ROLES);
    // A desk has dozens of people, not thousands: sort as a reader would, whatever the database's collation.
    return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async get(id: number, tx?: WriteTx): Promise<UserEntity> {
    const user = await this.users.findById(id, tx);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  /** A user's own settings: language and time zone (checked against the runtime's zones), display name. */
  async updateSettings(id: number, input: UpdateMySettingsDto): Promise<UserEntity> {
    if (input.timeZone && !isTimeZone(input.timeZone)) {
      throw new BadRequestError(`${input.timeZone} is not a time zone: use an IANA name such as Europe/Berlin.`, { errors: [{ path: 'timeZone', message: 'timeZone must be an IANA time zone' }] });
    }
    return this.db.write(async (tx) => {
      const user = await this.get(id, tx);
      const changes: Partial<UserEntity> = {};
      if (input.language !== undefined) changes.language = input.language;
      if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
      if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
      if (Object.keys(changes).length) await this.users.update(tx, id, changes);
      return { ...user, ...changes };
    });
  }

  /** Disabling, a new password or a new role ends the user's sessions in the same transaction. */
  async update(id: number, input: UpdateUserDto): Promise<UserEntity> {
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
    return this.db.write(async (tx) => {
      const admins = await this.users.lockActiveAdmins(tx);
      const user = await this.get(id, tx);
      const changes: Partial<UserEntity> = {};
      if (input.role !== undefined) changes.role = input.role;
      if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
      if (input.disabled !== undefined) changes.disabled = input.disabled;
      if (passwordHash !== undefined) changes.passwordHash = passwordHash;
      const after = { ...user, ...changes };
      const stillAdmin = after.role === 'admin' && !after.disabled;
      if (admins.includes(id) && !stillAdmin && admins.length === 1) {
        throw new RuleViolationError('keep-one-admin', 'This is the last admin who can sign in: make another user admin before demoting or disabling this one.', 'conflict');
      }
      if (Object.keys(changes).length > 0) await this.users.update(tx, id, changes);
      const accessChanged = (input.disabled === true && !user.disabled) || passwordHash !== undefined || (input.role !== undefined && input.role !== user.role);
      if (accessChanged) await this.events.publish(tx, UserAccessChanged, { userId: id });
      return after;
    });
  }
}
