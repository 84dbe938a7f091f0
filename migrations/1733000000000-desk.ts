import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * The desk as the whole working surface:
 * - a claim can be withdrawn (extracted by mistake) with a reason, and restored: it then leaves every
 *   list, count and export as a deleted article's claims do, kept for the record;
 * - tags on claims, a notes thread per claim, saved queue filters, and each user's language and time zone;
 * - the full-text index of claims (claim text, quote and article title, stemmed for German and
 *   English by the service): an FTS5 table on SQLite, a tsvector with a GIN index on PostgreSQL.
 *   Existing claims are indexed by the service on its first start (the stemmer is service code,
 *   which a migration does not import).
 * A snapshot: it uses no code of the service.
 */
export class Desk1733000000000 implements MigrationInterface {
  name = 'Desk1733000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    await queryRunner.addColumns('claims', [
      new TableColumn({ name: 'withdrawn_at', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'withdrawn_by_id', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'withdrawal_reason', type: 'text', isNullable: true }),
    ]);
    // Verdicts awaiting approval are few among a million claims: the queue's filter walks them alone.
    await queryRunner.createIndex('claims', new TableIndex({ name: 'ix_claims_awaiting', columnNames: ['id'], where: 'verdict_at IS NOT NULL AND approved_at IS NULL' }));
    await queryRunner.createIndex('claims', new TableIndex({ name: 'ix_claims_withdrawn', columnNames: ['id'], where: 'withdrawn_at IS NOT NULL' }));

    await queryRunner.createTable(new Table({
      name: 'claim_tags',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'claim_id', type: 'integer' },
        { name: 'tag', type: 'varchar', length: '60' },
        { name: 'tag_key', type: 'varchar', length: '60' },
        { name: 'created_at', type: 'varchar', length: '32' },
      ],
      foreignKeys: [{ columnNames: ['claim_id'], referencedTableName: 'claims', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      indices: [
        { name: 'uq_claim_tags', columnNames: ['claim_id', 'tag_key'], isUnique: true },
        { name: 'ix_claim_tags_key', columnNames: ['tag_key', 'claim_id'] },
      ],
    }));

    await queryRunner.createTable(new Table({
      name: 'notes',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'claim_id', type: 'integer' },
        { name: 'author_id', type: 'integer' },
        { name: 'body', type: 'text' },
        { name: 'mentions', type: 'text' },
        { name: 'created_at', type: 'varchar', length: '32' },
      ],
      foreignKeys: [
        { columnNames: ['claim_id'], referencedTableName: 'claims', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        { columnNames: ['author_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
      ],
      indices: [{ name: 'ix_notes_claim', columnNames: ['claim_id', 'id'] }],
    }));

    await queryRunner.createTable(new Table({
      name: 'saved_filters',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'owner_id', type: 'integer' },
        { name: 'name', type: 'varchar', length: '100' },
        { name: 'query', type: 'varchar', length: '2000' },
        { name: 'shared', type: 'boolean', default: false },
        { name: 'created_at', type: 'varchar', length: '32' },
      ],
      foreignKeys: [{ columnNames: ['owner_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      indices: [{ name: 'ix_saved_filters_owner', columnNames: ['owner_id', 'id'] }, { name: 'ix_saved_filters_shared', columnNames: ['shared', 'id'] }],
    }));

    await queryRunner.addColumns('users', [
      new TableColumn({ name: 'language', type: 'varchar', length: '8', isNullable: true }),
      new TableColumn({ name: 'time_zone', type: 'varchar', length: '64', isNullable: true }),
    ]);

    if (postgres) {
      // 'simple': the service hands in words already folded and stemmed, identical to what SQLite indexes.
      await queryRunner.query(`CREATE TABLE claim_search (
        claim_id integer PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        terms text NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED
      )`);
      await queryRunner.query('CREATE INDEX ix_claim_search_document ON claim_search USING GIN (document)');
    } else {
      // rowid is the claim's id; the index holds the terms only (contentless tables cannot be updated in place).
      await queryRunner.query("CREATE VIRTUAL TABLE claim_search USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2')");
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE claim_search');
    await queryRunner.dropColumn('users', 'time_zone');
    await queryRunner.dropColumn('users', 'language');
    await queryRunner.dropTable('saved_filters');
    await queryRunner.dropTable('notes');
    await queryRunner.dropTable('claim_tags');
    await queryRunner.dropIndex('claims', 'ix_claims_withdrawn');
    await queryRunner.dropIndex('claims', 'ix_claims_awaiting');
    for (const column of ['withdrawal_reason', 'withdrawn_by_id', 'withdrawn_at']) await queryRunner.dropColumn('claims', column);
  }
}
