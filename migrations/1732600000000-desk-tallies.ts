import { MigrationInterface, QueryRunner, Table } from 'typeorm';

const count = (name: string) => ({ name, type: 'integer', isNullable: false, default: 0 });

/** The counts as this migration first filled them (a snapshot: later migrations recount with their own rules). */
const COUNTS = `COUNT(*),
  SUM(CASE WHEN c.status = 'unverified' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'in_review' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'corroborated' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'disputed' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'inconclusive' THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status IN ('unverified', 'in_review') THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.verdict_at IS NOT NULL AND c.approved_at IS NULL THEN 1 ELSE 0 END)`;
const COLUMNS = 'scope, scope_id, claims, unverified, in_review, corroborated, disputed, inconclusive, open, awaiting_approval';

/** Running counts for the dashboard (see src/claims/desk-tally.entity.ts), filled from the claims already there. */
export class DeskTallies1732600000000 implements MigrationInterface {
  name = 'DeskTallies1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'desk_tallies',
        columns: [
          { name: 'scope', type: 'varchar', length: '8', isPrimary: true },
          { name: 'scope_id', type: 'integer', isPrimary: true },
          ...['claims', 'unverified', 'in_review', 'corroborated', 'disputed', 'inconclusive', 'open', 'awaiting_approval'].map(count),
        ],
        // "Most cited sources" and "articles with the most open claims" read these in order.
        indices: [
          { name: 'ix_desk_tallies_claims', columnNames: ['scope', 'claims'] },
          { name: 'ix_desk_tallies_open', columnNames: ['scope', 'open'] },
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'desk', 0, ${COUNTS} FROM claims c HAVING COUNT(*) > 0`);
    await queryRunner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'article', c.article_id, ${COUNTS} FROM claims c GROUP BY c.article_id`);
    await queryRunner.query(`INSERT INTO desk_tallies (${COLUMNS}) SELECT 'source', a.source_id, ${COUNTS} FROM attributions a JOIN claims c ON c.id = a.claim_id GROUP BY a.source_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('desk_tallies');
  }
}
