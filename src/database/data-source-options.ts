import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '../config/app-config';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { AuthTokenEntity } from '../auth/auth-token.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { AttributionEntity } from '../claims/attribution.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { DeskTallyEntity } from '../dashboard/desk-tally.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { ReviewEventEntity } from '../review/review-event.entity';
import { SourceAliasEntity } from '../sources/source-alias.entity';
import { SourceMergeEntity } from '../sources/source-merge.entity';
import { SourceEntity } from '../sources/source.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  UserEntity, AuthTokenEntity, ArticleEntity, ArticleRevisionEntity, SourceEntity, SourceAliasEntity, SourceMergeEntity,
  ClaimEntity, AttributionEntity, EvidenceEntity, ReviewEventEntity, DeskTallyEntity, LoginAttemptEntity,
];

export function buildDataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: ['error'] as const };
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, logging: ['error'] };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return { ...common, type: 'sqlite', driver: SQLITE_WITHOUT_LONG_STACK_TRACES, database: database.path, enableWAL: true, busyTimeout: 10_000, logging: ['error'] };
}

/**
 * TypeORM switches sqlite3 into verbose mode, which wraps every query in a long-stack-trace helper: an
 * Error and a util.inspect of the SQL and all its parameters, held until the query returns. That costs
 * CPU on every query and promotes about a megabyte per young-generation collection during a long
 * export, which is what grew the old generation. Our errors carry the SQL through TypeORM's
 * QueryFailedError already, so the driver we hand over keeps sqlite3 as it is.
 */
const SQLITE_WITHOUT_LONG_STACK_TRACES = Object.create(sqlite3, { verbose: { value: () => sqlite3 } }) as typeof sqlite3;
