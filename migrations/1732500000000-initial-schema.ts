import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

/**
 * Written once with TypeORM's schema builder so that it runs unchanged on SQLite and PostgreSQL.
 * Only portable column types are used; timestamps are ISO 8601 strings (see src/common/time.ts).
 */
const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false, default: false });
const timestamp = (name: string, nullable = false): TableColumnOptions => str(name, 32, nullable);
const ref = (column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'RESTRICT'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});
const index = (name: string, columnNames: string[], extra: Partial<TableIndexOptions> = {}): TableIndexOptions => ({ name, columnNames, ...extra });

export class InitialSchema1732500000000 implements MigrationInterface {
  name = 'InitialSchema1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [id, str('email', 320), str('display_name', 200), str('role', 16), str('password_hash', 256), bool('disabled'), timestamp('created_at')],
        indices: [index('uq_users_email', ['email'], { isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'auth_tokens',
        columns: [id, str('token_hash', 64), int('user_id'), timestamp('created_at'), timestamp('expires_at'), timestamp('revoked_at', true)],
        foreignKeys: [ref('user_id', 'users', 'CASCADE')],
        indices: [index('uq_auth_tokens_hash', ['token_hash'], { isUnique: true }), index('ix_auth_tokens_user', ['user_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'articles',
        columns: [
          id, str('title', 1000), str('title_key', 1000), text('body'), str('language', 35), str('outlet', 200, true), str('url', 2000, true),
          timestamp('published_at', true), str('byline', 500, true), text('wire_agencies'), str('content_hash', 64), int('revision'),
          int('created_by_id', true), timestamp('created_at'), timestamp('updated_at'), timestamp('deleted_at', true),
        ],
        foreignKeys: [ref('created_by_id', 'users', 'SET NULL')],
        indices: [
          // Duplicate detection: one live article per body; a deleted article's body may come back.
          index('uq_articles_live_content', ['content_hash'], { isUnique: true, where: 'deleted_at IS NULL' }),
          index('ix_articles_published', ['published_at']),
          index('ix_articles_outlet', ['outlet']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'article_revisions',
        columns: [id, int('article_id'), int('revision'), text('body'), str('content_hash', 64), int('created_by_id', true), timestamp('created_at')],
        foreignKeys: [ref('article_id', 'articles', 'CASCADE'), ref('created_by_id', 'users', 'SET NULL')],
        indices: [index('uq_article_revisions', ['article_id', 'revision'], { isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sources',
        columns: [id, str('name', 300), str('name_key', 300), str('type', 32), str('country', 2, true), int('affiliation_id', true), int('merged_into_id', true), timestamp('created_at'), timestamp('updated_at')],
        foreignKeys: [ref('affiliation_id', 'sources', 'SET NULL'), ref('merged_into_id', 'sources', 'SET NULL')],
        indices: [index('ix_sources_name_key', ['name_key']), index('ix_sources_affiliation', ['affiliation_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'source_aliases',
        columns: [id, int('source_id'), str('alias', 300), str('alias_key', 300)],
        foreignKeys: [ref('source_id', 'sources', 'CASCADE')],
        indices: [index('ix_source_aliases_key', ['alias_key']), index('ix_source_aliases_source', ['source_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'source_merges',
        columns: [id, int('from_source_id'), int('into_source_id'), str('from_name', 300), int('actor_id'), int('moved_attributions'), int('moved_evidence'), timestamp('created_at')],
        foreignKeys: [ref('from_source_id', 'sources'), ref('into_source_id', 'sources'), ref('actor_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'claims',
        columns: [
          id, int('article_id'), text('text'), str('kind', 16), str('status', 16), str('origin', 16), int('version'), int('assignee_id', true),
          text('quote_exact'), text('quote_prefix'), text('quote_suffix'), int('quote_start'), int('quote_end'), bool('orphaned'),
          { name: 'confidence', type: 'real', isNullable: true }, bool('hedged'),
          text('verdict_rationale', true), int('verdict_by_id', true), timestamp('verdict_at', true), int('approved_by_id', true), timestamp('approved_at', true),
          int('created_by_id', true), timestamp('created_at'), timestamp('updated_at'),
        ],
        foreignKeys: [
          ref('article_id', 'articles', 'CASCADE'), ref('assignee_id', 'users', 'SET NULL'), ref('verdict_by_id', 'users', 'SET NULL'),
          ref('approved_by_id', 'users', 'SET NULL'), ref('created_by_id', 'users', 'SET NULL'),
        ],
        // Every list filter leads with its column and ends with id, so each page is one index seek (keyset).
        indices: [
          index('ix_claims_status', ['status', 'id']),
          index('ix_claims_article', ['article_id', 'id']),
          index('ix_claims_assignee', ['assignee_id', 'id']),
          index('ix_claims_kind', ['kind', 'id']),
          index('ix_claims_open_age', ['status', 'created_at']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attributions',
        columns: [id, int('claim_id'), int('source_id'), str('role', 16), str('cue', 200, true), timestamp('created_at')],
        foreignKeys: [ref('claim_id', 'claims', 'CASCADE'), ref('source_id', 'sources')],
        indices: [
          index('uq_attributions', ['claim_id', 'source_id', 'role'], { isUnique: true }),
          index('ix_attributions_source', ['source_id', 'claim_id']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'evidence',
        columns: [id, int('claim_id'), str('stance', 16), str('url', 2000, true), text('note', true), int('linked_claim_id', true), int('source_id', true), int('created_by_id'), timestamp('created_at')],
        foreignKeys: [ref('claim_id', 'claims', 'CASCADE'), ref('linked_claim_id', 'claims', 'SET NULL'), ref('source_id', 'sources'), ref('created_by_id', 'users')],
        indices: [index('ix_evidence_claim', ['claim_id']), index('ix_evidence_source', ['source_id']), index('ix_evidence_linked', ['linked_claim_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_events',
        columns: [
          id, int('claim_id'), int('sequence'), str('action', 32), int('actor_id'), str('from_status', 16, true), str('to_status', 16, true),
          int('from_assignee_id', true), int('to_assignee_id', true), text('note', true), text('details'), timestamp('created_at'),
          str('prev_hash', 64, true), str('hash', 64),
        ],
        foreignKeys: [ref('claim_id', 'claims', 'CASCADE'), ref('actor_id', 'users')],
        // One event per (claim, sequence): two writers racing on one claim cannot both append.
        indices: [index('uq_review_events_sequence', ['claim_id', 'sequence'], { isUnique: true }), index('ix_review_events_created', ['created_at'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['review_events', 'evidence', 'attributions', 'claims', 'source_merges', 'source_aliases', 'sources', 'article_revisions', 'articles', 'auth_tokens', 'users']) {
      await queryRunner.dropTable(table);
    }
  }
}
