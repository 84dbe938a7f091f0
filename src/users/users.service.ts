import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ConflictError, NotFoundError } from '../common/problem/domain-error';
import { isoNow } from '../common/time';
import { ASSIGNABLE_ROLES, CreateUserDto, UpdateUserDto } from './user.dto';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);
  private readonly config: AppConfig;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly auth: AuthService,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG);
  }

  private firstAdmin?: Promise<void>;

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
    return this.users.findOneOrFail({ where: { role: 'admin' }, order: { id: 'ASC' } });
  }

  private async createFirstAdmin(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const email = this.config.adminEmail ?? 'admin@claimtrack.local';
    const generated = !this.config.adminPassword;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    try {
      await this.create({ email, password, role: 'admin', displayName: 'Administrator' });
    } catch (error) {
      if (error instanceof ConflictError) return; // another instance created it first
      throw error;
    }
    if (generated) this.logger.warn(`Created the first admin ${email} with password ${password} — shown once; change it.`);
    else this.logger.log(`Created the first admin ${email} from ADMIN_EMAIL/ADMIN_PASSWORD`);
  }

  async create(input: CreateUserDto): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) throw new ConflictError(`A user with the email ${email} already exists.`);
    const user = this.users.create({
      email, displayName: input.displayName.trim(), role: input.role, passwordHash: await hashPassword(input.password), disabled: false, createdAt: isoNow(),
    });
    return this.users.save(user);
  }

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { id: 'ASC' } });
  }

  /** The people a claim can be assigned to: active checkers, editors and admins, by name. */
  async assignable(): Promise<UserEntity[]> {
    const people = await this.users.find({ where: { disabled: false, role: In(ASSIGNABLE_ROLES) }, order: { id: 'ASC' } });
    // A desk has dozens of people, not thousands: sort as a reader would, whatever the database's collation.
    return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async get(id: number): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  async update(id: number, input: UpdateUserDto): Promise<UserEntity> {
    const user = await this.get(id);
    if (input.role !== undefined) user.role = input.role;
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.disabled !== undefined) user.disabled = input.disabled;
    if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
    const saved = await this.users.save(user);
    if (input.disabled || input.password !== undefined || input.role !== undefined) await this.auth.revokeAllFor(id);
    return saved;
  }
}
